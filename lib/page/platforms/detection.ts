import { cmisDetectors, hasCmisFingerprint } from './cmis/detect';
import { hasModernGovFingerprint, moderngovDetectors } from './moderngov/detect';
import type { Detection, PageDetector, PlatformId } from './types';

/**
 * Detection only: small enough to run on every page of a council site. Extraction lives
 * in ./index.ts and loads only once a page is known to be one Council Lens reads.
 */
export interface PlatformDetection {
  id: PlatformId;
  /** Whether the document carries the platform's own markup, whatever the host. */
  hasFingerprint(document: Document): boolean;
  detectors: readonly PageDetector[];
}

export const PLATFORM_DETECTION: readonly PlatformDetection[] = [
  { id: 'moderngov', hasFingerprint: hasModernGovFingerprint, detectors: Object.values(moderngovDetectors) },
  { id: 'cmis', hasFingerprint: hasCmisFingerprint, detectors: Object.values(cmisDetectors) },
];

/** Every detector whose URL shape matches, before any look at the document. */
export function detectorsMatchingUrl(url: URL): { platform: PlatformDetection; detector: PageDetector }[] {
  return PLATFORM_DETECTION.flatMap((platform) =>
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

/** Any ModernGov or CMIS page, detected kind or not: what the toolbar button probes for. */
export function portalPlatform(document: Document): PlatformId | null {
  return PLATFORM_DETECTION.find((platform) => platform.hasFingerprint(document))?.id ?? null;
}

/** The kinds that list meetings or decisions, which a person may follow as pages. */
export const LIST_PAGE_KINDS = ['meetingsList', 'calendar', 'decisionsList'] as const;

/** The detector that reads an address as a meetings list, calendar or decisions register, if one does. */
export function listPageDetection(url: URL): Detection | undefined {
  const match = detectorsMatchingUrl(url).find(({ detector }) => (LIST_PAGE_KINDS as readonly string[]).includes(detector.kind));
  return match ? { platform: match.platform.id, kind: match.detector.kind } : undefined;
}

/**
 * A committee's page that indexes its meetings, which a follow reads in place of a web service: CMIS's
 * committee page. (ModernGov's committees are read through `GetMeetings`.)
 */
export function committeeIndexDetection(url: URL): Detection | undefined {
  const match = detectorsMatchingUrl(url).find(({ platform, detector }) => platform.id === 'cmis' && detector.kind === 'committee');
  return match ? { platform: match.platform.id, kind: match.detector.kind } : undefined;
}

/** A page a follow may read for what it lists: a meetings list, calendar or decisions register, or a committee's index of meetings. */
export function followedPageDetection(url: URL): Detection | undefined {
  return listPageDetection(url) ?? committeeIndexDetection(url);
}

/** A meeting's own page (ModernGov or CMIS), which a follow reads for its agenda, papers and attendance. */
export function meetingPageDetection(url: URL): Detection | undefined {
  const match = detectorsMatchingUrl(url).find(({ detector }) => detector.kind === 'meeting');
  return match ? { platform: match.platform.id, kind: match.detector.kind } : undefined;
}
