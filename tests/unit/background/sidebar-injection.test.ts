/**
 * When the sidebar goes into a council page: after the tab reports its load complete (never
 * before, so the page's own load costs nothing), once per page, only on an address the detectors
 * read and a site Council Lens may read; and a page that never finishes loading gets it anyway.
 */
import { describe, expect, it } from 'vitest';
import { FALLBACK_MS, readsAsCouncilPage, SidebarInjector } from '../../../lib/background/sidebar-injection';
import { MEETING_URLS, PAGE_URLS } from '../../support/fixture-sites';

const MEETING = MEETING_URLS.kingston;

function harness(mayRead: (url: string) => boolean = () => true) {
  const injected: [number, string][] = [];
  const givenBack: [number, string][] = [];
  const timers = new Map<number, () => void>();
  let next = 0;
  const injector = new SidebarInjector({
    mayRead: async (url) => mayRead(url),
    inject: async (tabId, url) => void injected.push([tabId, url]),
    giveBackRoom: async (tabId, url) => void givenBack.push([tabId, url]),
    setTimer: (run) => {
      next += 1;
      timers.set(next, run);
      return next;
    },
    clearTimer: (timer) => void timers.delete(timer as number),
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  const fireTimers = async () => {
    for (const run of [...timers.values()]) run();
    timers.clear();
    await settle();
  };
  return { injector, injected, givenBack, timers, settle, fireTimers };
}

describe('putting the sidebar into a council page', () => {
  it('reads only addresses the detectors know: a meeting, a committee, a CMIS page; not a portal’s other pages or other sites', () => {
    expect(readsAsCouncilPage(MEETING)).toBe(true);
    expect(readsAsCouncilPage(PAGE_URLS.kingstonCommittee)).toBe(true);
    expect(readsAsCouncilPage(PAGE_URLS.cmisMeeting)).toBe(true);
    expect(readsAsCouncilPage(PAGE_URLS.kingstonNotRead)).toBe(false);
    expect(readsAsCouncilPage('https://example.org/')).toBe(false);
    expect(readsAsCouncilPage('chrome://settings/')).toBe(false);
    expect(readsAsCouncilPage(undefined)).toBe(false);
  });

  it('an address the room’s stylesheet took that gets no sidebar (a meeting’s page name without its meeting) has its room given back; others are left alone', async () => {
    const { injector, injected, givenBack, settle } = harness();
    const noMeeting = 'https://kingston.moderngov.co.uk/ieListDocuments.aspx';
    expect(readsAsCouncilPage(noMeeting)).toBe(false);
    injector.onUpdated(1, { status: 'complete' }, noMeeting);
    injector.onUpdated(2, { status: 'complete' }, 'https://example.org/news');
    injector.onUpdated(3, { status: 'complete' }, PAGE_URLS.kingstonNotRead);
    injector.onUpdated(4, { status: 'complete' }, MEETING);
    await settle();
    expect(givenBack).toEqual([[1, noMeeting]]);
    expect(injected).toEqual([[4, MEETING]]);
  });

  it('goes in once the tab’s load is complete, once, and not while it loads', async () => {
    const { injector, injected, settle } = harness();
    injector.onUpdated(1, { status: 'loading', url: MEETING }, MEETING);
    await settle();
    expect(injected).toEqual([]);
    injector.onUpdated(1, { status: 'complete' }, MEETING);
    injector.onUpdated(1, { status: 'complete' }, MEETING);
    await settle();
    expect(injected).toEqual([[1, MEETING]]);
  });

  it('a page whose load never completes gets it after the fallback delay; the fallback is dropped once the load completes', async () => {
    const hung = harness();
    hung.injector.onUpdated(2, { status: 'loading', url: MEETING }, MEETING);
    expect(FALLBACK_MS).toBeLessThanOrEqual(2_000);
    await hung.fireTimers();
    expect(hung.injected).toEqual([[2, MEETING]]);

    const loaded = harness();
    loaded.injector.onUpdated(3, { status: 'loading', url: MEETING }, MEETING);
    loaded.injector.onUpdated(3, { status: 'complete' }, MEETING);
    await loaded.settle();
    expect(loaded.timers.size).toBe(0);
    expect(loaded.injected).toEqual([[3, MEETING]]);
  });

  it('nothing on a site Council Lens may not read (a council’s own domain not enabled), nor on pages it does not read', async () => {
    const own = 'https://moderngov.kingston.gov.uk/ieListDocuments.aspx?CId=711&MId=10221';
    const { injector, injected, settle } = harness((url) => !url.includes('kingston.gov.uk'));
    injector.onUpdated(4, { status: 'loading', url: own }, own);
    injector.onUpdated(4, { status: 'complete' }, own);
    injector.onUpdated(5, { status: 'loading', url: 'https://example.org/' }, 'https://example.org/');
    injector.onUpdated(5, { status: 'complete' }, 'https://example.org/');
    await settle();
    expect(injected).toEqual([]);
  });

  it('a tab that moved on, or closed, before its fallback fired gets nothing for the old page', async () => {
    const { injector, injected, fireTimers, settle } = harness();
    injector.onUpdated(6, { status: 'loading', url: MEETING }, MEETING);
    injector.onUpdated(6, { status: 'loading', url: 'https://example.org/' }, 'https://example.org/');
    injector.onUpdated(7, { status: 'loading', url: MEETING }, MEETING);
    injector.onRemoved(7);
    await fireTimers();
    await settle();
    expect(injected).toEqual([]);
  });
});
