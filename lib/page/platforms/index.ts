import { failure } from '../../protocol/failure';
import { cmis } from './cmis';
import { PLATFORM_DETECTION } from './detection';
import { moderngov } from './moderngov';
import type { Detection, ExtractResult, PageKind } from './types';

type Extractor = (url: URL, document: Document) => ExtractResult;

/** Extraction per platform and kind; detection is in ./detection.ts. */
export const EXTRACTORS: Record<Detection['platform'], Partial<Record<PageKind, Extractor>>> = {
  moderngov,
  cmis,
};

/** Detectors and extractors of each platform together, for tests and tools. */
export const PLATFORMS = PLATFORM_DETECTION.map((platform) => ({ ...platform, extractors: EXTRACTORS[platform.id] }));

export function extractPage(detection: Detection, url: URL, document: Document): ExtractResult {
  const extractor = EXTRACTORS[detection.platform][detection.kind];
  if (!extractor) return failure('page_kind_unsupported');
  try {
    return extractor(url, document);
  } catch (error) {
    // Extractors are written not to throw; this guards the council page against one that does.
    return failure('page_unreadable', error instanceof Error ? error.message.slice(0, 200) : 'exception');
  }
}

export { detectPage, detectorsMatchingUrl, portalPlatform } from './detection';
export type { Detection, ExtractResult, PageKind, PlatformId } from './types';
