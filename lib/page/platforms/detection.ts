import { KIND_READINGS } from '../kinds';
import { PLATFORM_FINGERPRINTS } from './fingerprint';
import type { Detection, KindReading, PageDetector, PageKind, PlatformId } from './types';

/**
 * Detection: which kind of page an address (and, in the page, its markup) is, from the detectors
 * the page kinds declare beside their extractors (lib/page/kinds/). The background decides from
 * the address alone whether a tab gets the sidebar; the toolbar's probe needs only ./fingerprint.ts.
 */
export interface PlatformDetection {
  id: PlatformId;
  /** Whether the document carries the platform's own markup, whatever the host. */
  hasFingerprint(document: Document): boolean;
  detectors: readonly PageDetector[];
}

const READINGS: readonly KindReading<PageKind>[] = Object.values(KIND_READINGS);

/** Each platform's fingerprint with its detectors, gathered from the page kinds (lib/page/kinds/). */
export const PLATFORM_DETECTION: readonly PlatformDetection[] = PLATFORM_FINGERPRINTS.map((platform) => ({
  ...platform,
  detectors: READINGS.flatMap((reading) => {
    const onPlatform = reading[platform.id];
    return onPlatform ? [onPlatform.detector] : [];
  }),
}));

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
