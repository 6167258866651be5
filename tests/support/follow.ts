import { followId, type Follow } from '../../lib/background/follow/model';

/** Gloucester's Cabinet, followed: the committee of the real GetMeetings fixture (tests/fixtures/SOURCES.md). */
export const GLOUCESTER = 'https://democracy.gloucester.gov.uk';
export const gloucesterCabinet: Follow = {
  id: followId('committee', GLOUCESTER, '129'),
  kind: 'committee',
  site: GLOUCESTER,
  council: 'Gloucester City Council',
  label: 'Cabinet',
  committeeId: '129',
  createdAt: '2026-01-01T00:00:00Z',
};
