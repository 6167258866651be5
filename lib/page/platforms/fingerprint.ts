import { hasCmisFingerprint } from './cmis/detect';
import { hasModernGovFingerprint } from './moderngov/detect';
import type { PlatformId } from './types';

/**
 * Each platform's own markup, whatever the host. Kept apart from the page kinds' detectors and
 * extractors, so the toolbar button's probe (entrypoints/probe.ts), which asks only "is this a
 * portal page?", carries a few hundred bytes rather than every kind's reading.
 */
export const PLATFORM_FINGERPRINTS: readonly { id: PlatformId; hasFingerprint(document: Document): boolean }[] = [
  { id: 'moderngov', hasFingerprint: hasModernGovFingerprint },
  { id: 'cmis', hasFingerprint: hasCmisFingerprint },
];

/** Any ModernGov or CMIS page, detected kind or not: what the toolbar button probes for. */
export function portalPlatform(document: Document): PlatformId | null {
  return PLATFORM_FINGERPRINTS.find((platform) => platform.hasFingerprint(document))?.id ?? null;
}
