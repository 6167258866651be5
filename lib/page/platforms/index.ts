import { failure } from '../../protocol/failure';
import { cmis } from './cmis';
import { PLATFORM_DETECTION } from './detection';
import { moderngov } from './moderngov';
import type { Detection, Extractor, ExtractResult, PageKind } from './types';

/** Extraction per platform and kind; detection is in ./detection.ts (what the loader carries). */
export const EXTRACTORS = {
  moderngov,
  cmis,
} as const;

/** A platform's extractor for a kind, if it reads that kind (any platform may add kinds, each with its own detector). */
export function extractorFor(detection: Detection): Extractor<PageKind> | undefined {
  const extractors: Partial<Record<PageKind, Extractor<PageKind>>> = EXTRACTORS[detection.platform];
  return extractors[detection.kind];
}

/** Detectors and extractors of each platform together, for tests and tools. */
export const PLATFORMS = PLATFORM_DETECTION.map((platform) => ({ ...platform, extractors: EXTRACTORS[platform.id] }));

export function extractPage(detection: Detection, url: URL, document: Document): ExtractResult {
  const extractor = extractorFor(detection);
  if (!extractor) return failure('page_kind_unsupported');
  try {
    return extractor(url, document);
  } catch (error) {
    // Extractors are written not to throw; this guards the council page against one that does.
    return failure('page_unreadable', error instanceof Error ? error.message.slice(0, 200) : 'exception');
  }
}

export { detectPage, detectorsMatchingUrl, portalPlatform } from './detection';
export type { Detection, ExtractResult, PageKind, PageOf, PlatformId } from './types';
