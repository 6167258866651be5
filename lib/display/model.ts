import { z } from 'zod/mini';

/**
 * The one display model for every summary, whatever produced it (the summary service's
 * markdown, or a summariser on this device). The sidebar renders only this: structured text
 * with citations, never HTML, so nothing a summary says can become markup on the page.
 */

export type Inline =
  | { t: 'text'; v: string }
  | { t: 'em'; c: Inline[] }
  | { t: 'strong'; c: Inline[] }
  | { t: 'code'; v: string }
  | { t: 'link'; href: string; c: Inline[] }
  /** Words a decision added to, or took from, what was recommended. */
  | { t: 'ins'; c: Inline[] }
  | { t: 'del'; c: Inline[] }
  /** A local-government term with its explanation in the glossary (lib/shared/glossary.ts), marked once per view. */
  | { t: 'term'; id: string; c: Inline[] }
  /** A citation: a footnote of this summary. */
  | { t: 'ref'; id: string };

export type Block =
  | { t: 'heading'; level: 2 | 3 | 4; c: Inline[] }
  | { t: 'p'; c: Inline[] }
  | { t: 'list'; ordered: boolean; start?: number; items: Block[][] }
  | { t: 'quote'; c: Block[] }
  /** The rest of a list, behind a "more" disclosure: `summary` is its label ("8 more facts"). */
  | { t: 'more'; summary: Inline[]; c: Block[] };

export const PRODUCERS = ['service', 'extractive', 'chrome-ai', 'llm-endpoint'] as const;
export type Producer = (typeof PRODUCERS)[number];

export interface Footnote {
  id: string;
  /** The number shown to the reader, in order of first citation. */
  label: number;
  blocks: Block[];
  /** For a citation into a document: the page it opens at. */
  href?: string;
}

export interface DisplaySummary {
  producedBy: Producer;
  /** The service's or model's own name for what wrote it. */
  generatedBy?: string;
  generatedAt?: string;
  blocks: Block[];
  footnotes: Footnote[];
}

const httpHref = z.string().check(z.regex(/^https?:\/\/\S+$/i));

// Told apart by `t`, so each node is checked against its own kind alone: tried in turn, as a plain union does, a citation
// or a link failed every kind before its own, and building those failures was most of a summary's check in the sidebar.
export const InlineSchema: z.ZodMiniType<Inline> = z.lazy(() =>
  z.discriminatedUnion('t', [
    z.object({ t: z.literal('text'), v: z.string() }),
    z.object({ t: z.literal('em'), c: z.array(InlineSchema) }),
    z.object({ t: z.literal('strong'), c: z.array(InlineSchema) }),
    z.object({ t: z.literal('code'), v: z.string() }),
    z.object({ t: z.literal('link'), href: httpHref, c: z.array(InlineSchema) }),
    z.object({ t: z.literal('ins'), c: z.array(InlineSchema) }),
    z.object({ t: z.literal('del'), c: z.array(InlineSchema) }),
    z.object({ t: z.literal('term'), id: z.string(), c: z.array(InlineSchema) }),
    z.object({ t: z.literal('ref'), id: z.string() }),
  ]),
);

export const BlockSchema: z.ZodMiniType<Block> = z.lazy(() =>
  z.discriminatedUnion('t', [
    z.object({ t: z.literal('heading'), level: z.union([z.literal(2), z.literal(3), z.literal(4)]), c: z.array(InlineSchema) }),
    z.object({ t: z.literal('p'), c: z.array(InlineSchema) }),
    z.object({ t: z.literal('list'), ordered: z.boolean(), start: z.optional(z.number()), items: z.array(z.array(BlockSchema)) }),
    z.object({ t: z.literal('quote'), c: z.array(BlockSchema) }),
    z.object({ t: z.literal('more'), summary: z.array(InlineSchema), c: z.array(BlockSchema) }),
  ]),
);

export const DisplaySummarySchema = z.lazy(() =>
  z.object({
    producedBy: z.enum(PRODUCERS),
    generatedBy: z.optional(z.string()),
    generatedAt: z.optional(z.string()),
    blocks: z.array(BlockSchema),
    footnotes: z.array(z.object({ id: z.string(), label: z.number(), blocks: z.array(BlockSchema), href: z.optional(httpHref) })),
  }),
);

/** Plain text of inline content, for copying and for accessible names. */
export function inlineText(inlines: readonly Inline[], footnoteLabel?: (id: string) => string): string {
  return inlines
    .map((inline) => {
      switch (inline.t) {
        case 'text':
        case 'code':
          return inline.v;
        case 'ref':
          return footnoteLabel ? footnoteLabel(inline.id) : '';
        default:
          return inlineText(inline.c, footnoteLabel);
      }
    })
    .join('');
}
