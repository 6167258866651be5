/**
 * Following on CMIS, which has no web service: a committee is followed from its own page or its
 * meeting pages, and checked through its page (its index of meetings) and a few meetings' own pages,
 * read with the sidebar's extractors. Also a ward, watched through its councillors. The pages are
 * the hand-made CMIS fixtures (tests/fixtures/SOURCES.md), with dates set round the test's clock.
 */
import { describe, expect, it } from 'vitest';
import { checkFollows, readListPage, readMeetingPage, webServiceReader, withWardCouncillors } from '../../../lib/background/follow/checker';
import { cmisCommitteePage } from '../../../lib/background/follow/handlers';
import { type Follow, followId } from '../../../lib/background/follow/model';
import type { FollowStore } from '../../../lib/background/follow/store';
import { checkPortalRequest } from '../../../lib/background/portal-fetch';
import { extractPage } from '../../../lib/page/platforms';
import { detectPage } from '../../../lib/page/platforms/detection';
import { followTargetsOf } from '../../../lib/sidebar/store';
import { fixtureText } from '../../support/fixtures';
import { checkDeps, memoryStore } from '../../support/follow';

const SITE = 'https://birmingham.cmis.uk.com';
const COMMITTEE = `${SITE}/birmingham/Committees/tabid/62/ctl/ViewCMIS_CommitteeDetails/mid/383/id/4/Default.aspx`;
const meetingUrl = (id: string) => `${SITE}/birmingham/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/${id}/Committee/4/Default.aspx`;
const COUNCILLOR = `${SITE}/birmingham/Councillors/tabid/63/ctl/ViewCMIS_Person/mid/384/id/1234/Default.aspx`;
const NOW = '2026-10-01T09:00:00Z';

const parse = (text: string) => new DOMParser().parseFromString(text, 'text/html');
const pageOf = (url: string, text: string) => {
  const detection = detectPage(new URL(url), parse(text));
  if (!detection) throw new Error(`not detected: ${url}`);
  return extractPage(detection, new URL(url), parse(text));
};

/** The committee page as the council shows it on the day: its meetings, plus one it has added (`added`). */
function committeePage(added = false): string {
  const extra = added
    ? `<tr><td><a href="/birmingham/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/15050/Committee/4/Default.aspx">Thursday, 5 November 2026 11.00 am</a></td><td>Council House</td></tr>`
    : '';
  return fixtureText('handmade-cmis-committee.html').replace('<tbody>', `<tbody>${extra}`);
}
/** A meeting's page: the real-shaped CMIS meeting fixture, with a supplementary pack and a councillor added when the council adds them. */
function meetingPage(change: { papers?: boolean; attendee?: string } = {}): string {
  let page = fixtureText('handmade-cmis-meeting-attendance.html');
  if (change.papers)
    page = page.replace(
      '</ol>',
      '<li class="DocumentListItem"><a class="TitleLink" href="/birmingham/Document.ashx?czJKcaeAi5tUFL1DTL2UE4sOqCLHzE2C">Supplementary agenda</a> <span class="FileSize">(PDF, 90 KB)</span></li></ol>',
    );
  if (change.attendee) page = page.replace('<ul><li>', `<ul><li><a href="/birmingham/Councillors/x">${change.attendee}</a></li><li>`);
  return page;
}

/** A check of the CMIS fixture site at the test's clock, through the polite fetcher's own rule. */
const cmisDeps = (store: FollowStore, answer: (url: string, purpose: string | undefined) => string, asked: [string, string | undefined][]) =>
  checkDeps(store, NOW, answer, asked, SITE);

const committeeFollow: Follow = {
  id: followId('committee', SITE, '4'),
  kind: 'committee',
  site: SITE,
  label: 'Planning Committee',
  committeeId: '4',
  url: COMMITTEE,
  createdAt: '2026-01-01T00:00:00Z',
};

describe('what a CMIS page offers to follow', () => {
  it('a committee page and its meeting pages offer the committee; the meeting page names the committee’s page', () => {
    expect(followTargetsOf(pageOf(COMMITTEE, committeePage()))).toEqual([{ kind: 'committee', label: 'Planning Committee', committeeId: '4' }]);
    expect(followTargetsOf(pageOf(meetingUrl('15042'), meetingPage()))).toEqual([
      { kind: 'committee', label: 'Planning Committee', committeeId: '4', url: COMMITTEE },
    ]);
  });

  it('a councillor page offers the councillor with their committees’ pages, and their ward with them as its councillor', () => {
    const [councillor, ward] = followTargetsOf(pageOf(COUNCILLOR, fixtureText('handmade-cmis-councillor.html')));
    expect(councillor).toMatchObject({ kind: 'councillor', committees: [{ id: '4', title: 'Planning Committee', url: COMMITTEE }] });
    expect(ward).toEqual({ kind: 'ward', label: 'Moseley', councillors: [councillor!.label] });
  });

  it('the background keeps only the sender’s own committee page, for the same committee', () => {
    const meeting = new URL(meetingUrl('15042'));
    expect(cmisCommitteePage({ committeeId: '4' }, new URL(COMMITTEE))).toBe(COMMITTEE);
    expect(cmisCommitteePage({ committeeId: '4', url: COMMITTEE }, meeting)).toBe(COMMITTEE);
    expect(cmisCommitteePage({ committeeId: '4', url: COMMITTEE.replace(SITE, 'https://evil.example') }, meeting)).toBeUndefined();
    expect(cmisCommitteePage({ committeeId: '5', url: COMMITTEE }, meeting)).toBeUndefined();
    expect(cmisCommitteePage({ committeeId: '4', url: `${SITE}/birmingham/Default.aspx?id/4/` }, meeting)).toBeUndefined();
    expect(cmisCommitteePage({ committeeId: '4' }, meeting)).toBeUndefined();
  });
});

describe('reading CMIS pages for a follow', () => {
  it('the committee page lists its meetings, with dates and a cancellation', () => {
    const read = readListPage(parse(committeePage()), COMMITTEE);
    if (!read.ok) throw new Error(read.code);
    expect(read.kind).toBe('meetings');
    expect(read.entries).toEqual([
      { title: 'Planning Committee', url: meetingUrl('15040'), date: '2026-10-15' },
      { title: 'Planning Committee', url: meetingUrl('15035'), date: '2026-09-24', status: 'cancelled' },
      { title: 'Planning Committee', url: meetingUrl('15028'), date: '2026-09-10' },
    ]);
  });

  it('another committee’s meeting shown on the page (a "forthcoming meetings" box) is not listed as this committee’s', () => {
    const other =
      '<div class="Forthcoming"><a href="/birmingham/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/16001/Committee/9/Default.aspx">Thursday, 8 October 2026 2.00 pm</a></div>';
    const read = readListPage(parse(committeePage().replace('<h2>Meetings</h2>', `${other}<h2>Meetings</h2>`)), COMMITTEE);
    expect(read.ok && read.entries.map((entry) => entry.url)).toEqual([meetingUrl('15040'), meetingUrl('15035'), meetingUrl('15028')]);
  });

  it('a meeting page gives its papers and who attended; anything else is refused', () => {
    const read = readMeetingPage(parse(meetingPage({ papers: true })), meetingUrl('15042'));
    if (!read.ok) throw new Error(read.code);
    expect(read.snapshot.documents.map((document) => document.title)).toEqual(['Agenda', 'Report: 45 Broad Street', 'Supplementary agenda']);
    expect(read.snapshot.attendees).toEqual(['Councillor Lisa Trickett', 'Councillor Bob Beauchamp', 'Councillor Gareth Moore']);
    expect(readMeetingPage(parse(meetingPage()), COMMITTEE)).toMatchObject({ ok: false });
    expect(checkPortalRequest({ url: COUNCILLOR, purpose: 'meetingPage' }, `${SITE}/`)).toMatchObject({ ok: false });
    expect(checkPortalRequest({ url: meetingUrl('15042'), purpose: 'meetingPage' }, `${SITE}/`)).toBeInstanceOf(URL);
    expect(checkPortalRequest({ url: COMMITTEE, purpose: 'listPage' }, `${SITE}/`)).toBeInstanceOf(URL);
  });
});

describe('checking a CMIS committee', () => {
  it('learns first; then papers added to a meeting, a meeting added, and a followed councillor and ward at a meeting, each once', async () => {
    const store = memoryStore('cmis-committee');
    const councillor: Follow = { id: followId('councillor', SITE, 'Cllr Ann Other'), kind: 'councillor', site: SITE, label: 'Cllr Ann Other', createdAt: NOW };
    const ward: Follow = {
      id: followId('ward', SITE, 'Perry Barr'),
      kind: 'ward',
      site: SITE,
      label: 'Perry Barr',
      councillors: ['Councillor Jon Hunt'],
      createdAt: NOW,
    };
    for (const follow of [committeeFollow, councillor, ward]) await store.add(follow);
    let change: { added?: boolean; papers?: boolean; attendee?: string } = {};
    const asked: [string, string | undefined][] = [];
    const deps = cmisDeps(store, (url) => (url === COMMITTEE ? committeePage(change.added) : meetingPage(url === meetingUrl('15040') ? change : {})), asked);

    expect(await checkFollows(deps, { manual: true })).toEqual([]);
    // One request for the committee's page, and a few of its meetings' own pages; no web service.
    expect(asked.filter(([, purpose]) => purpose === 'listPage').map(([url]) => url)).toEqual([COMMITTEE]);
    expect(asked.filter(([, purpose]) => purpose === 'meetingPage').length).toBeGreaterThan(0);
    expect(asked.filter(([, purpose]) => purpose === 'meetingPage').length).toBeLessThanOrEqual(3);
    expect(asked.some(([url]) => /mgWebService/i.test(url))).toBe(false);

    change = { papers: true, attendee: 'Councillor Ann Other' };
    const second = await checkFollows(deps, { manual: true });
    expect(second.map((item) => [item.kind, item.about, item.url])).toEqual([
      ['documentsAdded', 'Planning Committee', meetingUrl('15040')],
      ['councillorListed', 'Cllr Ann Other', meetingUrl('15040')],
    ]);
    expect(second[0]!.detail).toBe('Supplementary agenda');

    change = { papers: true, attendee: 'Cllr Jon Hunt', added: true };
    const third = await checkFollows(deps, { manual: true });
    expect(third.map((item) => [item.kind, item.about])).toEqual(
      expect.arrayContaining([
        ['meetingAdded', 'Planning Committee'],
        ['councillorListed', 'Perry Barr'],
      ]),
    );
    expect(third.find((item) => item.about === 'Perry Barr')!.detail).toBe('Cllr Jon Hunt');
    expect(third.some((item) => item.kind === 'documentsAdded')).toBe(false);
    expect(await checkFollows(deps, { manual: true })).toEqual([]);
  });

  it('followed words inside a CMIS meeting’s papers that Council Lens has already read are found, once, linked to the page', async () => {
    const store = memoryStore('cmis-words');
    const words: Follow = { id: followId('words', SITE, 'basement'), kind: 'words', site: SITE, label: 'basement', createdAt: NOW };
    await store.add(committeeFollow);
    await store.add(words);
    // Each meeting has its own papers: the earlier meeting's report is another document.
    const deps = cmisDeps(
      store,
      (url) => (url === COMMITTEE ? committeePage() : url === meetingUrl('15040') ? meetingPage() : meetingPage().replace(/E2B/g, 'E2X')),
      [],
    );
    deps.findInKept = async (documentUrl, phrase) =>
      documentUrl.endsWith('E2B') && phrase === 'basement' ? { page: 4, text: 'A new basement is proposed beneath the rear extension.' } : undefined;
    await checkFollows(deps, { manual: true });
    const news = await checkFollows(deps, { manual: true });
    expect(news.map((item) => [item.kind, item.title, item.url])).toEqual([
      ['wordsFound', 'Report: 45 Broad Street', `${SITE}/birmingham/Document.ashx?czJKcaeAi5tUFL1DTL2UE4sOqCLHzE2B#page=4`],
    ]);
    expect(await checkFollows(deps, { manual: true })).toEqual([]);
  });

  it('a committee page that no longer lists its meetings (a changed layout) says so, rather than being checked in silence', async () => {
    const store = memoryStore('cmis-layout');
    await store.add(committeeFollow);
    const deps = cmisDeps(
      store,
      (url) => (url === COMMITTEE ? committeePage().replace(/<table class="CommitteeMeetings">[\s\S]*<\/table>/, '') : meetingPage()),
      [],
    );
    expect(await checkFollows(deps, { manual: true })).toEqual([]);
    expect(await store.status(SITE)).toMatchObject({ failures: 1, failure: { code: 'page_markup_missing' } });
  });

  it('a meeting page the council has taken down costs only itself; a failing server stops the check and says why', async () => {
    const store = memoryStore('cmis-gone');
    await store.add(committeeFollow);
    let meetingAnswer = 404;
    const deps = cmisDeps(store, () => '', []);
    deps.fetchText = async (_site, url) =>
      url === COMMITTEE
        ? { ok: true, text: committeePage(), contentType: 'text/html', fetchedAt: 0, fromCache: false }
        : { ok: false, code: 'site_error', detail: String(meetingAnswer) };
    await checkFollows(deps, { manual: true });
    expect(await store.status(SITE)).toMatchObject({ failures: 0 });
    meetingAnswer = 500;
    await checkFollows(deps, { manual: true });
    expect(await store.status(SITE)).toMatchObject({ failures: 1, failure: { code: 'site_error', detail: '500' } });
  });

  it('a councillor followed from their CMIS page: their committee’s page and its next meeting are read, and a meeting that lists them is news', async () => {
    const store = memoryStore('cmis-councillor');
    const councillor: Follow = {
      id: followId('councillor', SITE, 'Councillor Ann Other'),
      kind: 'councillor',
      site: SITE,
      label: 'Councillor Ann Other',
      committees: [{ id: '4', title: 'Planning Committee', url: COMMITTEE }],
      createdAt: NOW,
    };
    await store.add(councillor);
    let listed = false;
    const asked: [string, string | undefined][] = [];
    const deps = cmisDeps(store, (url) => (url === COMMITTEE ? committeePage() : meetingPage(listed ? { attendee: 'Cllr Ann Other' } : {})), asked);
    expect(await checkFollows(deps, { manual: true })).toEqual([]);
    // The next meeting ahead only (15 October), not the past ones.
    expect(asked.filter(([, purpose]) => purpose === 'meetingPage').map(([url]) => url)).toEqual([meetingUrl('15040')]);
    listed = true;
    const news = await checkFollows(deps, { manual: true });
    expect(news.map((item) => [item.kind, item.followId, item.url])).toEqual([['councillorListed', councillor.id, meetingUrl('15040')]]);
  });
});

describe('a ward, watched through its councillors', () => {
  it('on ModernGov, the council’s directory adds the ward’s other councillors to the one its page named (one request)', async () => {
    const kingston = 'https://moderngov.kingston.gov.uk';
    const ward: Follow = {
      id: followId('ward', kingston, 'Coombe Hill'),
      kind: 'ward',
      site: kingston,
      label: 'Coombe Hill',
      councillors: ['Cllr Rowena Bass'],
      createdAt: NOW,
    };
    const asked: string[] = [];
    const deps = {
      read: webServiceReader((text, type) => new DOMParser().parseFromString(text, type)),
      mayReach: async () => true,
      fetchText: async (_site: string, url: string) => {
        asked.push(url);
        return {
          ok: true as const,
          text: fixtureText('handmade-moderngov-webservice-GetCouncillorsByWard.xml'),
          contentType: 'text/xml',
          fetchedAt: 0,
          fromCache: false,
        };
      },
    };
    expect((await withWardCouncillors(ward, deps)).councillors).toEqual(['Cllr Rowena Bass', 'Councillor Noel Hadjimichael']);
    expect(asked).toEqual([`${kingston}/mgWebService.asmx/GetCouncillorsByWard`]);
    // CMIS has no directory: nothing is asked, and the ward keeps the councillor its page named.
    const cmisWard: Follow = {
      ...ward,
      site: SITE,
      platform: 'cmis',
      id: followId('ward', SITE, 'Moseley'),
      label: 'Moseley',
      councillors: ['Councillor Lisa Trickett'],
    };
    expect(await withWardCouncillors(cmisWard, deps)).toEqual(cmisWard);
    expect(asked).toHaveLength(1);
  });
});
