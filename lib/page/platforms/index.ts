import { failure } from '../../protocol/failure';
import { KIND_READINGS } from '../kinds';
import type { Detection, Extractor, ExtractResult, KindReading, PageKind } from './types';

/** A platform's extractor for a kind, if the platform has that kind of page (each kind declares its own, beside its detector). */
export function extractorFor(detection: Detection): Extractor<PageKind> | undefined {
  const reading: KindReading<PageKind> = KIND_READINGS[detection.kind];
  return reading[detection.platform]?.extract;
}

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

export { detectPage, detectorsMatchingUrl, PLATFORM_DETECTION } from './detection';
export { portalPlatform } from './fingerprint';
export type { Detection, ExtractResult, PageKind, PageOf, PlatformId } from './types';
