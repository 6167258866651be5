/**
 * A whole check, with the real store (IndexedDB, here fake-indexeddb) and the real web-service
 * reader, against answers the test controls: a council that fails is asked once and then left
 * alone for longer each time, and "Check now" still asks.
 */
import { describe, expect, it } from 'vitest';
import { backoffMs, checkFollows, type CheckDeps, webServiceReader } from '../../../lib/background/follow/checker';
import { followId } from '../../../lib/background/follow/model';
import { FollowStore, type KeyValueArea } from '../../../lib/background/follow/store';
import type { FetchPortalTextResponse } from '../../../lib/protocol/messages';
import { fixtureText } from '../../support/fixtures';
import { GLOUCESTER, gloucesterCabinet } from '../../support/follow';

const SITE = GLOUCESTER;
const cabinet = gloucesterCabinet;

let databases = 0;
function memoryArea(): KeyValueArea {
  const items: Record<string, unknown> = {};
  return { get: async (key) => ({ [key]: items[key] }), set: async (values) => void Object.assign(items, values) };
}

function harness(answer: (url: string) => FetchPortalTextResponse) {
  databases += 1;
  const store = new FollowStore(memoryArea(), `follow-test-${databases}`);
  const asked: string[] = [];
  let now = new Date('2025-11-01T09:00:00Z');
  const deps: CheckDeps = {
    store,
    read: webServiceReader((text, type) => new DOMParser().parseFromString(text, type)),
    mayReach: async () => true,
    now: () => now,
    fetchText: async (_site, url) => {
      asked.push(url);
      return answer(url);
    },
  };
  return { store, asked, deps, later: (hours: number) => (now = new Date(now.getTime() + hours * 60 * 60 * 1000)) };
}

const xml = (text: string): FetchPortalTextResponse => ({ ok: true, text, contentType: 'text/xml', fetchedAt: 0, fromCache: false });

describe('a check', () => {
  it('reads the committee’s meetings and a few meetings’ records, learns them, and announces nothing the first time', async () => {
    const { store, asked, deps } = harness((url) =>
      xml(
        /GetMeetings/.test(url)
          ? fixtureText('gloucester-webservice-GetMeetings-cabinet.xml')
          : fixtureText('moderngov-webservice-GetMeeting-with-minutes.xml'),
      ),
    );
    await store.add(cabinet);
    expect(await checkFollows(deps)).toEqual([]);
    expect(asked[0]).toMatch(
      /^https:\/\/democracy\.gloucester\.gov\.uk\/mgWebService\.asmx\/GetMeetings\?lCommitteeId=129&sFromDate=\d\d\/\d\d\/\d{4}&sToDate=/,
    );
    expect(asked.length).toBeLessThanOrEqual(4);
    expect(await store.state(cabinet.id)).toBeDefined();
    expect(await store.statuses()).toEqual([expect.objectContaining({ site: SITE, failures: 0, lastSucceeded: expect.any(String) })]);
  });

  it('a council that fails is asked once, says why, is left alone by the next scheduled check, and is asked again by "Check now"', async () => {
    const { store, asked, deps, later } = harness(() => ({ ok: false, code: 'site_unreachable' }));
    await store.add(cabinet);
    await checkFollows(deps);
    expect(asked).toHaveLength(1);
    const [status] = await store.statuses();
    expect(status).toMatchObject({ failures: 1, failure: { ok: false, code: 'site_unreachable' }, failingSince: expect.any(String) });
    // An hour later the alarm fires again: still within the wait, so nothing is sent.
    later(1);
    await checkFollows(deps);
    expect(asked).toHaveLength(1);
    await checkFollows(deps, { manual: true });
    expect(asked).toHaveLength(2);
    expect((await store.statuses())[0]).toMatchObject({ failures: 2, failingSince: status!.failingSince });
    expect(backoffMs(1, 6)).toBe(6 * 3_600_000);
    expect(backoffMs(2, 6)).toBe(12 * 3_600_000);
    expect(backoffMs(5, 6)).toBe(24 * 3_600_000);
  });

  it('HTML where XML was expected is a failure that says so', async () => {
    const { store, deps } = harness(() => xml('<html><body>Service Unavailable</body></html>'));
    await store.add(cabinet);
    await checkFollows(deps);
    expect((await store.statuses())[0]?.failure).toEqual({ ok: false, code: 'web_service_not_meeting' });
  });

  it('finds followed words inside papers already read on this device, once, linking to the page', async () => {
    const { store, deps } = harness((url) =>
      xml(
        /GetMeetings/.test(url)
          ? fixtureText('gloucester-webservice-GetMeetings-cabinet.xml')
          : fixtureText('moderngov-webservice-GetMeeting-with-minutes.xml'),
      ),
    );
    const looked: string[] = [];
    deps.findInKept = async (url, words) => (looked.push(url), words === 'zebra crossing' ? { page: 4, text: 'A zebra crossing is proposed.' } : undefined);
    await store.add(cabinet);
    await store.add({ id: followId('words', SITE, 'zebra crossing'), kind: 'words', site: SITE, label: 'zebra crossing', createdAt: '2026-01-01T00:00:00Z' });
    // The first check learns; the words are looked for from the next one on.
    expect(await checkFollows(deps)).toEqual([]);
    const found = await checkFollows(deps, { manual: true });
    expect(looked.length).toBeGreaterThan(0);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((item) => item.kind === 'wordsFound' && item.about === 'zebra crossing' && /#page=4$/.test(item.url))).toBe(true);
    expect(await checkFollows(deps, { manual: true })).toEqual([]);
  });
});
