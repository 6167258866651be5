import { type CheckDeps, webServiceReader } from '../../lib/background/follow/checker';
import { followId, type Follow } from '../../lib/background/follow/model';
import { FollowStore, type KeyValueArea } from '../../lib/background/follow/store';
import { checkPortalRequest } from '../../lib/background/portal-fetch';
import type { PortalPurpose } from '../../lib/protocol/messages';

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

/** The real follow store over an in-memory `storage.local` and a fresh (fake) IndexedDB. */
export function memoryStore(name: string): FollowStore {
  const items: Record<string, unknown> = {};
  const area: KeyValueArea = { get: async (key) => ({ [key]: items[key] }), set: async (values) => void Object.assign(items, values) };
  return new FollowStore(area, name);
}

/**
 * A check's dependencies: the real reader, a fixed clock, and the given answers, recording what was asked. With
 * `politeFor` (the council's site), the polite fetcher's own rule applies first, as in the extension: only addresses of
 * the kinds each purpose allows are answered.
 */
export function checkDeps(
  store: FollowStore,
  now: string,
  answer: (url: string, purpose: string | undefined) => string,
  asked: [string, string | undefined][] = [],
  politeFor?: string,
): CheckDeps {
  return {
    store,
    read: webServiceReader((text, type) => new DOMParser().parseFromString(text, type)),
    mayReach: async () => true,
    now: () => new Date(now),
    fetchText: async (_site, url, purpose) => {
      asked.push([url, purpose]);
      if (politeFor) {
        const allowed = checkPortalRequest({ url, purpose: (purpose ?? 'webService') as PortalPurpose }, `${politeFor}/`);
        if (!(allowed instanceof URL)) return allowed;
      }
      return { ok: true, text: answer(url, purpose), contentType: 'text/html', fetchedAt: 0, fromCache: false };
    },
  };
}
