import type { Failure } from '../../protocol/failure';
import type { PageData } from '../model';
import type { PageKind, PageOf } from '../kinds';

export type { PageKind, PageOf } from '../kinds';
export type PlatformId = 'moderngov' | 'cmis';

/**
 * One page kind on one platform. `matchesUrl` is pure and cheap, so it runs first on
 * every page; the document fingerprint is checked only when the URL already agrees.
 * `examples` are real URLs (see tests/unit/detect.test.ts, which checks each matches
 * this detector and no other).
 */
export interface PageDetector<K extends PageKind = PageKind> {
  kind: K;
  matchesUrl(url: URL): boolean;
  examples: readonly string[];
}

/** `omitted`: how many bad optional fields or list entries of the page were left out (the rest is read). */
export type ExtractResult<T extends PageData = PageData> = { ok: true; data: T; omitted?: number } | Failure;

export interface Detection {
  platform: PlatformId;
  kind: PageKind;
}

/** Reads one kind of page into its model, or says why not. */
export type Extractor<K extends PageKind> = (url: URL, document: Document) => ExtractResult<PageOf<K>>;

/** A platform's detectors, one per kind it reads, keyed by that kind. */
export type Detectors<Kinds extends PageKind> = { [K in Kinds]: PageDetector<K> };

/** A platform's extractors, one for each kind it detects: keyed like its detectors, so neither can exist without the other. */
export type Extractors<Kinds extends PageKind> = { [K in Kinds]: Extractor<K> };
