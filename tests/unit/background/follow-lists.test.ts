/**
 * Following a list page: a committee's meetings list (the real Kingston page), a CMIS meetings
 * list view (a real Birmingham excerpt) and a decisions register (a real Kirklees excerpt), read
 * with the sidebar's own extractors, checked with the real store, and announced once.
 */
import { describe, expect, it } from 'vitest';
import { checkFollows, readListPage } from '../../../lib/background/follow/checker';
import { listNews } from '../../../lib/background/follow/changes';
import { type Follow, followId } from '../../../lib/background/follow/model';
import { checkPortalRequest } from '../../../lib/background/portal-fetch';
import { fixtureText } from '../../support/fixtures';
import { checkDeps, memoryStore } from '../../support/follow';

const KINGSTON_LIST = 'https://moderngov.kingston.gov.uk/ieListMeetings.aspx?CommitteeId=711';
const CMIS_LIST = 'https://birmingham.cmis.uk.com/birmingham/Meetings/tabid/70/ctl/MeetingCalendarListView/mid/397/Default.aspx';
const KIRKLEES_DECISIONS = 'https://democracy.kirklees.gov.uk/mgDelegatedDecisions.aspx?XXR=0&ACT=Find';
const html = (name: string, wrap = false) => {
  const text = fixtureText(name);
  return new DOMParser().parseFromString(wrap ? `<div id="modgov">${text}</div>` : text, 'text/html');
};
const follow = (url: string, label: string, kind: Follow['kind'] = 'list'): Follow => ({
  id: followId(kind, new URL(url).origin, kind === 'list' ? url : label),
  kind,
  site: new URL(url).origin,
  label,
  ...(kind === 'list' ? { url } : {}),
  createdAt: '2026-01-01T00:00:00Z',
});

describe('reading a followed list page', () => {
  it('the real Kingston meetings list: each meeting with its address and date', () => {
    const read = readListPage(html('moderngov-kingston-meetings-list-CommitteeId711.html'), KINGSTON_LIST);
    if (!read.ok) throw new Error(read.code);
    expect(read.kind).toBe('meetings');
    expect(read.entries.length).toBeGreaterThan(3);
    expect(read.entries.every((entry) => entry.url.startsWith('https://moderngov.kingston.gov.uk/') && /^\d{4}-\d\d-\d\d$/.test(entry.date ?? ''))).toBe(true);
  });

  it('a CMIS meetings list view and a decisions register', () => {
    const cmis = readListPage(html('cmis-excerpt-meetings-listview.html'), CMIS_LIST);
    expect(cmis.ok && cmis.kind).toBe('meetings');
    expect(cmis.ok && cmis.entries.length).toBeGreaterThan(0);
    const decisions = readListPage(html('moderngov-excerpt-delegated-decisions-list.html', true), KIRKLEES_DECISIONS);
    expect(decisions.ok && decisions.entries.map((entry) => entry.url)).toEqual([
      'https://democracy.kirklees.gov.uk/ieDecisionDetails.aspx?ID=13567',
      'https://democracy.kirklees.gov.uk/ieDecisionDetails.aspx?ID=13149',
    ]);
  });

  it('an address that is not a list is refused, by the reader and by the polite fetcher', () => {
    const meetingPage = 'https://moderngov.kingston.gov.uk/ieListDocuments.aspx?CId=711&MId=10221';
    expect(readListPage(html('moderngov-kingston-meetings-list-CommitteeId711.html'), meetingPage)).toMatchObject({ ok: false });
    expect(checkPortalRequest({ url: meetingPage, purpose: 'listPage' }, 'https://moderngov.kingston.gov.uk/')).toMatchObject({ ok: false });
    expect(checkPortalRequest({ url: KINGSTON_LIST, purpose: 'listPage' }, 'https://moderngov.kingston.gov.uk/')).toBeInstanceOf(URL);
    expect(checkPortalRequest({ url: KINGSTON_LIST, purpose: 'listPage' }, 'https://elsewhere.moderngov.co.uk/')).toMatchObject({ ok: false });
  });
});

describe('what is new on a followed list', () => {
  const decisions = follow(KIRKLEES_DECISIONS, 'Decisions published');
  const words = follow(KIRKLEES_DECISIONS, 'Network Rail', 'words');
  const read = readListPage(html('moderngov-excerpt-delegated-decisions-list.html', true), KIRKLEES_DECISIONS);
  if (!read.ok) throw new Error(read.code);

  it('learns on the first check, then announces a decision published and followed words in its title', () => {
    const first = listNews(undefined, { follow: decisions, kind: 'decisions', entries: read.entries.slice(1), words: [words] });
    expect(first.news).toEqual([]);
    const second = listNews(first.state, { follow: decisions, kind: 'decisions', entries: read.entries, words: [words] });
    expect(second.news.map(({ kind, followId: id, title, url }) => ({ kind, id, title: title.slice(0, 40), url }))).toEqual([
      {
        kind: 'decisionPublished',
        id: decisions.id,
        title: 'Settlement Agreement with Network Rail I',
        url: 'https://democracy.kirklees.gov.uk/ieDecisionDetails.aspx?ID=13567',
      },
      {
        kind: 'wordsFound',
        id: words.id,
        title: 'Settlement Agreement with Network Rail I',
        url: 'https://democracy.kirklees.gov.uk/ieDecisionDetails.aspx?ID=13567',
      },
    ]);
  });

  it('a meeting moved or cancelled on a meetings list', () => {
    const list = follow(KINGSTON_LIST, 'Kingston meetings');
    const entries = [{ title: 'Committee, 15 Jan', url: 'https://moderngov.kingston.gov.uk/ieListDocuments.aspx?MId=1', date: '2026-01-15' }];
    const { state } = listNews(undefined, { follow: list, kind: 'meetings', entries, words: [] });
    const moved = listNews(state, { follow: list, kind: 'meetings', entries: [{ ...entries[0]!, date: '2026-01-22' }], words: [] });
    expect(moved.news.map((item) => [item.kind, item.detail])).toEqual([['meetingMoved', '2026-01-22']]);
    const cancelled = listNews(state, { follow: list, kind: 'meetings', entries: [{ ...entries[0]!, status: 'cancelled' }], words: [] });
    expect(cancelled.news.map((item) => item.kind)).toEqual(['meetingCancelled']);
  });
});

describe('a whole check of a followed list', () => {
  it('asks the list page once per check, as a list page; announces what was added, once, and stays on the council’s site', async () => {
    const store = memoryStore('follow-lists-test');
    const list = follow(KIRKLEES_DECISIONS, 'Decisions published');
    await store.add(list);
    const asked: [string, string | undefined][] = [];
    let page = `<div id="modgov">${fixtureText('moderngov-excerpt-delegated-decisions-list.html').replace(/<tr[^>]*>(?:(?!<\/tr>)[\s\S])*13567(?:(?!<\/tr>)[\s\S])*<\/tr>/, '')}</div>`;
    const deps = checkDeps(store, '2026-01-10T09:00:00Z', () => page, asked);
    expect(await checkFollows(deps, { manual: true })).toEqual([]);
    page = `<div id="modgov">${fixtureText('moderngov-excerpt-delegated-decisions-list.html')}</div>`;
    const news = await checkFollows(deps, { manual: true });
    expect(news.map((item) => [item.kind, item.url])).toEqual([['decisionPublished', 'https://democracy.kirklees.gov.uk/ieDecisionDetails.aspx?ID=13567']]);
    expect(await checkFollows(deps, { manual: true })).toEqual([]);
    expect(asked).toEqual([
      [KIRKLEES_DECISIONS, 'listPage'],
      [KIRKLEES_DECISIONS, 'listPage'],
      [KIRKLEES_DECISIONS, 'listPage'],
    ]);
  });
});

describe('a followed councillor’s own committees', () => {
  it('reads at most a few of the committees their page lists, and announces a meeting that newly lists them, once', async () => {
    const store = memoryStore('follow-councillor-committees-test');
    const site = 'https://democracy.gloucester.gov.uk';
    const councillor: Follow = {
      id: followId('councillor', site, 'Councillor Basil Curley'),
      kind: 'councillor',
      site,
      label: 'Councillor Basil Curley',
      committees: [
        { id: '129', title: 'Cabinet' },
        { id: '130', title: 'Planning' },
        { id: '131', title: 'Licensing' },
        { id: '132', title: 'Audit' },
      ],
      createdAt: '2026-01-01T00:00:00Z',
    };
    await store.add(councillor);
    const record = fixtureText('moderngov-webservice-GetMeeting-with-minutes.xml');
    let listed = false;
    const asked: [string, string | undefined][] = [];
    const deps = checkDeps(
      store,
      '2025-11-01T09:00:00Z',
      (url) => {
        // The real (trimmed) record, as the meeting asked for; before the council lists the councillor, with no attendees.
        const meeting = record.replace('<meetingid>4967</meetingid>', `<meetingid>${/lMeetingId=(\d+)/.exec(url)?.[1] ?? ''}</meetingid>`);
        if (/GetMeetings/.test(url)) return fixtureText('gloucester-webservice-GetMeetings-cabinet.xml');
        return listed ? meeting : meeting.replace(/<attendee\b[^>]*\/>|<attendee\b[\s\S]*?<\/attendee>/g, '');
      },
      asked,
    );
    expect(await checkFollows(deps, { manual: true })).toEqual([]);
    // Three committees, each its meetings list and one meeting's record: six requests, not the fourth committee.
    expect(asked).toHaveLength(6);
    expect(asked.some(([url]) => /lCommitteeId=132/.test(url))).toBe(false);
    listed = true;
    const news = await checkFollows(deps, { manual: true });
    // The fixture answers every committee with the same meetings, so it is one meeting, announced once.
    expect(news.map((item) => [item.kind, item.followId, item.about, item.url])).toEqual([
      ['councillorListed', councillor.id, 'Councillor Basil Curley', 'https://democracy.gloucester.gov.uk/ieListDocuments.aspx?CId=129&MId=7609'],
    ]);
    expect(await checkFollows(deps, { manual: true })).toEqual([]);
  });
});

describe('decisions a followed councillor took, from a followed register', () => {
  it('a decision maker is the councillor when it names them or is a role their page lists', async () => {
    const { decidedBy } = await import('../../../lib/background/follow/checker');
    const councillor = { label: 'Councillor Jane Smith', roles: ['Portfolio Holder for Community Engagement'] };
    expect(decidedBy('Portfolio Holder for Community Engagement', councillor)).toBe(true);
    expect(decidedBy('Portfolio Holder for Community Engagement (Councillor Smith)', councillor)).toBe(true);
    expect(decidedBy('Councillor Jane Smith, Leader of the Council', councillor)).toBe(true);
    expect(decidedBy('Director of Children’s Services', councillor)).toBe(false);
    expect(decidedBy('Portfolio Holder', councillor)).toBe(false);
    expect(decidedBy('Cabinet', { label: 'Councillor Ann Bell', roles: ['Cabinet'] })).toBe(false);
  });

  it('reads the page of each decision newly published (a few at most) and tells the councillor’s follower', async () => {
    const store = memoryStore('follow-decision-maker-test');
    const site = 'https://democracy.kirklees.gov.uk';
    const register = follow(KIRKLEES_DECISIONS, 'Decisions published');
    const councillor: Follow = {
      id: followId('councillor', site, 'Councillor Jane Smith'),
      kind: 'councillor',
      site,
      label: 'Councillor Jane Smith',
      roles: ['Portfolio Holder for Community Engagement'],
      createdAt: '2026-01-01T00:00:00Z',
    };
    await store.add(register);
    await store.add(councillor);
    const full = `<div id="modgov">${fixtureText('moderngov-excerpt-delegated-decisions-list.html')}</div>`;
    let page = full.replace(/<tr[^>]*>(?:(?!<\/tr>)[\s\S])*13567(?:(?!<\/tr>)[\s\S])*<\/tr>/, '');
    // The real MK decision page, as this council's decision 13567, taken by the councillor's portfolio.
    const decisionPage = fixtureText('handmade-moderngov-decision-1613.html').replace(
      'Director of Children&#39;s Services</p>',
      'Portfolio Holder for Community Engagement</p>',
    );
    const asked: [string, string | undefined][] = [];
    const deps = checkDeps(store, '2026-01-10T09:00:00Z', (_url, purpose) => (purpose === 'decisionPage' ? decisionPage : page), asked);
    expect(await checkFollows(deps, { manual: true })).toEqual([]);
    page = full;
    const news = await checkFollows(deps, { manual: true });
    expect(news.map((item) => [item.kind, item.followId, item.detail])).toEqual([
      ['decisionPublished', register.id, '2025-04-01'],
      ['decisionPublished', councillor.id, 'Portfolio Holder for Community Engagement'],
    ]);
    expect(asked.filter(([, purpose]) => purpose === 'decisionPage')).toEqual([
      ['https://democracy.kirklees.gov.uk/ieDecisionDetails.aspx?ID=13567', 'decisionPage'],
    ]);
  });
});
