import { moderngov } from './moderngov';
import type { Detection, ExtractResult, PageDetector, PlatformAdapter } from './types';

export const PLATFORMS: readonly PlatformAdapter[] = [moderngov];

/** Every detector whose URL shape matches, before any look at the document. */
export function detectorsMatchingUrl(url: URL): { platform: PlatformAdapter; detector: PageDetector }[] {
  return PLATFORMS.flatMap((platform) =>
    platform.detectors.filter((detector) => detector.matchesUrl(url)).map((detector) => ({ platform, detector })),
  );
}

/**
 * Decides what page this is. The URL is checked first because it is free; the document
 * fingerprint only when the URL agrees, so unrelated pages cost one regex or two.
 */
export function detectPage(url: URL, document?: Document): Detection | null {
  for (const { platform, detector } of detectorsMatchingUrl(url)) {
    if (document && !platform.hasFingerprint(document)) continue;
    return { platform: platform.id, kind: detector.kind };
  }
  return null;
}

export function extractPage(detection: Detection, url: URL, document: Document): ExtractResult {
  const platform = PLATFORMS.find((candidate) => candidate.id === detection.platform);
  const extractor = platform?.extractors[detection.kind];
  if (!extractor) return { ok: false, error: 'unreadable', message: 'Council Lens cannot read this kind of page yet.' };
  try {
    return extractor(url, document);
  } catch (error) {
    // Extractors are written not to throw; this guards the council page against one that does.
    return { ok: false, error: 'unreadable', message: `Council Lens could not read this page (${error instanceof Error ? error.message : 'unknown error'}).` };
  }
}

export type { Detection, ExtractResult, PageKind, PlatformId } from './types';
