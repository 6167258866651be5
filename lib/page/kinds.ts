import type { PageData } from './model';

/**
 * The page kinds Council Lens reads. There is one source of truth, the page model's union
 * (lib/page/model.ts); everything else is keyed by it, so the type checker refuses a kind
 * without its detector and extractor (lib/page/platforms/) or its view (components/views/).
 */
export type PageKind = PageData['kind'];

/** The page model of one kind (distributive, so a schema shared by two kinds, like the meetings list and the calendar, counts for both). */
export type PageOf<K extends PageKind> = PageData extends infer Page ? (Page extends { kind: infer Kinds } ? (K extends Kinds ? Page : never) : never) : never;
