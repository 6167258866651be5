import type { Failure } from '../../protocol/failure';
import type { PageData } from '../model';

export const PAGE_KINDS = [
  'meeting',
  'attendance',
  'agendaItem',
  'decision',
  'issueHistory',
  'committee',
  'meetingsList',
  'calendar',
  'councillor',
  'councillorList',
  'decisionsList',
  'forwardPlan',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];
export type PlatformId = 'moderngov' | 'cmis';

/**
 * One page kind on one platform. `matchesUrl` is pure and cheap, so it runs first on
 * every page; the document fingerprint is checked only when the URL already agrees.
 * `examples` are real URLs (see tests/unit/detect.test.ts, which checks each matches
 * this detector and no other).
 */
export interface PageDetector {
  kind: PageKind;
  matchesUrl(url: URL): boolean;
  examples: readonly string[];
}

export type ExtractResult<T extends PageData = PageData> = { ok: true; data: T } | Failure;

export interface Detection {
  platform: PlatformId;
  kind: PageKind;
}
