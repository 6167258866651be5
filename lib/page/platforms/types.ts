import type { Failure } from '../../protocol/failure';
import type { PageData } from '../kinds';
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

/** One page kind on one platform: the detector that knows its addresses, and the extractor that reads its page. */
export interface PlatformReading<K extends PageKind> {
  detector: PageDetector<K>;
  extract: Extractor<K>;
}

/** How one page kind is read (lib/page/kinds/<kind>/index.ts): on ModernGov, which has every kind, and on CMIS where CMIS has the page. */
export interface KindReading<K extends PageKind> {
  moderngov: PlatformReading<K>;
  cmis?: PlatformReading<K>;
}
