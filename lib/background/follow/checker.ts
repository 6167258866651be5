import {
  meetingSnapshot,
  type MeetingSnapshot,
  parseCouncillorsByWardXml,
  parseGetMeetings,
  type WebServiceMeeting,
  getMeetingsServiceUrl,
  councillorsByWardUrl,
} from '../../page/platforms/moderngov/web-service';
import type { FetchPortalTextResponse } from '../../protocol/messages';
import { failure, type Failure } from '../../protocol/failure';
import {
  type CommitteeState,
  committeeNews,
  inWindow,
  type ListEntry,
  listedMeetingsToRead,
  listNews,
  type ListState,
  meetingsToRead,
  mentions,
  type NewsDraft,
  peopleWatched,
  personKey,
} from './changes';
import { type Detection, type ExtractResult, extractPage } from '../../page/platforms';
import { detectorsMatchingUrl, followedPageDetection, meetingPageDetection } from '../../page/platforms/detection';
import type { Meeting } from '../../page/kinds';
import { Follow, type NewsItem } from './model';
import { pdfPageLink } from '../../display/from-document';
import type { FollowStore } from './store';
import { byCodeUnit } from '../../shared/order';

/**
 * One check of everything followed: council by council, one council at a time, a few requests
 * each (a committee's `GetMeetings`, then at most three meetings' `GetMeeting`), through the
 * polite fetcher (cache, conditional requests, two at a time per host, `Retry-After` honoured).
 * A council that fails stops there, says why, and is tried again at the next check: no retries
 * in between, so a failing server sees no storm.
 */

/** A page fetched for a follow, read with the sidebar's extractors as the kind its address says it is (`detect`), or refused. */
function pageAt(document: Document, address: string, detect: (url: URL) => Detection | undefined): ExtractResult {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return failure('page_unreadable');
  }
  const detection = detect(url);
  return detection ? extractPage(detection, url, document) : failure('page_kind_unsupported');
}

export type ListPageReading = { ok: true; kind: 'meetings' | 'decisions'; entries: ListEntry[] } | Failure;

/**
 * A followed page read with the same extractors the sidebar uses: a meetings list or calendar
 * (ModernGov, CMIS), a decisions register, or a CMIS committee's page, which indexes its meetings.
 * The page must still be the kind its address says.
 */
export function readListPage(document: Document, address: string): ListPageReading {
  const page = pageAt(document, address, followedPageDetection);
  if (!page.ok) return page;
  const data = page.data;
  const meetingEntries = (meetings: readonly { title: string; url: string; startsAt?: string | undefined; status?: string | undefined }[]): ListEntry[] =>
    meetings.map((meeting) => ({
      title: meeting.title,
      url: meeting.url,
      ...(meeting.startsAt ? { date: meeting.startsAt.slice(0, 10) } : {}),
      ...(meeting.status ? { status: meeting.status } : {}),
    }));
  if (data.kind === 'meetingsList' || data.kind === 'calendar') return { ok: true, kind: 'meetings', entries: meetingEntries(data.meetings) };
  if (data.kind === 'committee') return { ok: true, kind: 'meetings', entries: meetingEntries(data.meetings ?? []) };
  if (data.kind === 'decisionsList')
    return {
      ok: true,
      kind: 'decisions',
      entries: data.decisions.map((decision) => ({ title: decision.title, url: decision.url, ...(decision.date ? { date: decision.date } : {}) })),
    };
  return failure('page_kind_unsupported');
}

/** What a meeting's own page shows, as a record to compare: the page has no ids, so items and papers are keyed by the meeting and their titles. */
export function meetingPageSnapshot(meeting: Meeting, address: string): MeetingSnapshot {
  const key = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim().slice(0, 200);
  const documents = new Map<string, MeetingSnapshot['documents'][number]>();
  for (const document of [...meeting.documents, ...meeting.agendaItems.flatMap((item) => item.documents)]) {
    const id = `${meeting.meetingId}:${key(document.title)}`;
    if (!documents.has(id)) documents.set(id, { id, title: document.title.slice(0, 300), url: document.url });
  }
  return {
    id: address,
    ...(meeting.startsAt ? { date: meeting.startsAt.slice(0, 10) } : {}),
    status: meeting.status,
    items: meeting.agendaItems.map((item) => ({
      id: `${meeting.meetingId}:${item.anchor ?? `${item.number ?? ''} ${key(item.title)}`.trim()}`,
      title: item.title.slice(0, 300),
      decisionPublished: !!item.decision,
    })),
    documents: [...documents.values()],
    attendees: (meeting.pageAttendees ?? []).filter((attendee) => attendee.role !== 'officer').map((attendee) => attendee.name.slice(0, 120)),
  };
}

/** A meeting's own page (ModernGov or CMIS), read for a follow with the sidebar's extractor. */
export function readMeetingPage(document: Document, address: string): { ok: true; snapshot: MeetingSnapshot } | Failure {
  const page = pageAt(document, address, meetingPageDetection);
  if (!page.ok) return page;
  return page.data.kind === 'meeting' ? { ok: true, snapshot: meetingPageSnapshot(page.data, address) } : failure('page_kind_unsupported');
}

/** Who took a decision, as its own page says ("Decision Maker: Cabinet Member for Finance"). */
export function readDecisionMaker(document: Document, address: string): { ok: true; decisionMaker?: string } | Failure {
  const page = pageAt(document, address, (url) => {
    const match = detectorsMatchingUrl(url).find(({ detector }) => detector.kind === 'decision');
    return match ? { platform: match.platform.id, kind: 'decision' } : undefined;
  });
  if (!page.ok) return page;
  return page.data.kind === 'decision' && page.data.decisionMaker ? { ok: true, decisionMaker: page.data.decisionMaker.slice(0, 300) } : { ok: true };
}

export interface WebServiceReader {
  /** A followed list page (HTML), read with the page extractors. */
  listPage(text: string, url: string): Promise<ListPageReading>;
  /** A listed meeting's own page (HTML). */
  meetingPage(text: string, url: string): Promise<ReturnType<typeof readMeetingPage>>;
  /** A decision's page (HTML): who took it. */
  decisionPage(text: string, url: string): Promise<ReturnType<typeof readDecisionMaker>>;
  meetings(text: string, url?: string): Promise<ReturnType<typeof parseGetMeetings>>;
  meeting(text: string, url: string): Promise<ReturnType<typeof meetingSnapshot>>;
  /** `GetCouncillorsByPostcode` (and `…ByWard`): the councillors with party, ward, photo and profile. */
  councillors(text: string, url: string): Promise<ReturnType<typeof parseCouncillorsByWardXml>>;
}

/** The reader, given a DOMParser: the same code in the offscreen document, Firefox's background page and the tests. */
export function webServiceReader(parse: (text: string, type: DOMParserSupportedType) => Document): WebServiceReader {
  return {
    listPage: async (text, url) => readListPage(parse(text, 'text/html'), url),
    meetingPage: async (text, url) => readMeetingPage(parse(text, 'text/html'), url),
    decisionPage: async (text, url) => readDecisionMaker(parse(text, 'text/html'), url),
    meetings: async (text) => parseGetMeetings(parse(text, 'text/xml')),
    meeting: async (text, url) => meetingSnapshot(parse(text, 'text/xml'), url),
    councillors: async (text, url) => parseCouncillorsByWardXml(parse(text, 'text/xml'), url),
  };
}

export interface CheckDeps {
  store: FollowStore;
  /** A web-service answer (or a followed list page) from the council's own site, revalidated. */
  fetchText(site: string, url: string, purpose?: 'webService' | 'listPage' | 'meetingPage' | 'decisionPage'): Promise<FetchPortalTextResponse>;
  /** Web-service XML read where a DOM exists (Chrome: the offscreen document; Firefox: its background page). */
  read: WebServiceReader;
  /** Whether the browser lets Council Lens reach the site (a council's own domain must have been enabled). */
  mayReach(site: string): Promise<boolean>;
  now(): Date;
  /** Where followed words stand in a document Council Lens has already read (its kept question index), if they do. */
  findInKept?(documentUrl: string, words: string): Promise<{ page: number; text: string } | undefined>;
}

const DAY = 24 * 60 * 60 * 1000;
/** Decision pages read per followed register per check at most, to learn who took each new decision. */
export const DECISION_PAGES_PER_CHECK = 3;

/** A decision is a followed councillor's when its decision maker names them, or is one of the roles their page lists. */
export function decidedBy(decisionMaker: string, councillor: Pick<Follow, 'label' | 'roles'>): boolean {
  const key = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const maker = key(decisionMaker);
  const name = personKey(councillor.label);
  if (name.includes(' ') && mentions(decisionMaker, name)) return true;
  // The role whole, inside the decision maker's words ("Portfolio Holder for Finance (Cllr Smith)"); never a fragment such as "Cabinet".
  return (councillor.roles ?? []).some((role) => key(role).split(' ').length >= 3 && (maker === key(role) || ` ${maker} `.includes(` ${key(role)} `)));
}

/** A followed councillor's committees read per check at most (each: its meetings list and one meeting's record). */
export const COUNCILLOR_COMMITTEES_PER_CHECK = 3;

/** The council answered that the page is not there (404, 410), rather than failing. */
const pageGone = (answer: Failure): boolean => answer.code === 'site_error' && (answer.detail === '404' || answer.detail === '410');

const sameOrigin = (address: string, site: string): boolean => {
  try {
    return new URL(address).origin === site;
  } catch {
    return false;
  }
};

/** Sites being checked now: never two checks of one council at once. */
const checking = new Set<string>();

/**
 * How long a council that keeps failing is left alone: the check interval, doubled for each
 * failure after the first, up to a day. "Check now" asks at once regardless.
 */
export function backoffMs(failures: number, everyHours: number): number {
  return Math.min(24, everyHours * 2 ** Math.max(0, failures - 1)) * 60 * 60 * 1000;
}

export async function checkFollows(deps: CheckDeps, options: { onlySite?: string; manual?: boolean } = {}): Promise<NewsItem[]> {
  const { onlySite, manual = false } = options;
  const { everyHours } = await deps.store.settings();
  const follows = await deps.store.follows();
  const sites = [...new Set(follows.map((follow) => follow.site))].filter((site) => !onlySite || site === onlySite);
  const found: NewsItem[] = [];
  for (const site of sites) {
    if (checking.has(site)) continue;
    const status = await deps.store.status(site);
    // A scheduled check leaves a failing council alone for longer each time; the person's "Check now" does not wait.
    if (
      !manual &&
      status?.failures &&
      status.lastChecked &&
      deps.now().getTime() - Date.parse(status.lastChecked) < backoffMs(status.failures, everyHours) - 60_000
    )
      continue;
    checking.add(site);
    try {
      found.push(
        ...(await checkSite(
          deps,
          site,
          follows.filter((follow) => follow.site === site),
        )),
      );
    } finally {
      checking.delete(site);
    }
  }
  return found;
}

async function checkSite(deps: CheckDeps, site: string, follows: readonly Follow[]): Promise<NewsItem[]> {
  const now = deps.now();
  const at = now.toISOString();
  const council = follows.find((follow) => follow.council)?.council;
  const before = await deps.store.status(site);
  const record = async (outcome: Failure | undefined) =>
    deps.store.setStatus({
      site,
      ...(council ? { council } : {}),
      lastChecked: at,
      ...(outcome ? { failure: outcome, failingSince: before?.failingSince ?? at, failures: (before?.failures ?? 0) + 1 } : { failures: 0 }),
      ...(outcome ? (before?.lastSucceeded ? { lastSucceeded: before.lastSucceeded } : {}) : { lastSucceeded: at }),
    });
  if (!(await deps.mayReach(site))) {
    await record(failure('site_not_enabled', new URL(site).host));
    return [];
  }
  const councillors = follows.filter((follow) => follow.kind === 'councillor');
  const words = follows.filter((follow) => follow.kind === 'words' || follow.kind === 'ward');
  // Who is watched for at meetings: followed councillors, and the councillors of followed wards.
  const people = follows.filter((follow) => peopleWatched([follow]).length > 0);
  const drafts: NewsDraft[] = [];
  const today = at.slice(0, 10);
  const service = `${site}/mgWebService.asmx`;

  /**
   * One committee as its web service lists it: `GetMeetings` (dates filtered in `committeeNews`), then the records of the
   * meetings `choose` picks, and what is new against the state kept under `stateId`.
   */
  const checkCommittee = async (
    committee: Follow & { committeeId: string },
    stateId: string,
    choose: (previous: CommitteeState | undefined, meetings: readonly WebServiceMeeting[]) => string[],
    watchFor: { councillors: readonly Follow[]; words: readonly Follow[] },
  ): Promise<{ ok: true; news: NewsDraft[]; snapshots: MeetingSnapshot[]; previous: CommitteeState | undefined } | Failure> => {
    const listUrl = getMeetingsServiceUrl(`${site}/`, committee.committeeId, new Date(now.getTime() - 60 * DAY), new Date(now.getTime() + 365 * DAY));
    const listed = await deps.fetchText(site, listUrl);
    if (!listed.ok) return listed;
    const meetings = await deps.read.meetings(listed.text).catch(() => failure('web_service_not_meeting'));
    if (!meetings.ok) return meetings;
    const previous = await deps.store.state(stateId);
    const snapshots: MeetingSnapshot[] = [];
    for (const meetingId of choose(previous, meetings.meetings)) {
      const url = `${service}/GetMeeting?lMeetingId=${meetingId}`;
      const answer = await deps.fetchText(site, url);
      if (!answer.ok) return answer;
      const snapshot = await deps.read.meeting(answer.text, url).catch(() => failure('web_service_not_meeting'));
      if (snapshot.ok) snapshots.push(snapshot.snapshot);
    }
    const { news, state } = committeeNews(previous, {
      follow: committee,
      meetings: meetings.meetings,
      snapshots,
      ...watchFor,
      meetingUrl: (meetingId) => `${site}/ieListDocuments.aspx?CId=${committee.committeeId}&MId=${meetingId}`,
      today,
    });
    await deps.store.setState(stateId, state);
    return { ok: true, news, snapshots, previous };
  };

  /**
   * A page that lists meetings or decisions (a followed list, or a CMIS committee's page): one request, read with the page
   * extractors; then, for meetings, the own pages of the few `choose` picks. What is new is kept against `stateId`.
   */
  const checkListed = async (
    follow: Follow & { url: string },
    stateId: string,
    choose: (previous: ListState | undefined, entries: readonly ListEntry[]) => string[],
    watchFor: { councillors: readonly Follow[]; words: readonly Follow[] },
  ): Promise<{ ok: true; news: NewsDraft[]; kind: 'meetings' | 'decisions'; snapshots: MeetingSnapshot[]; previous: ListState | undefined } | Failure> => {
    const page = await deps.fetchText(site, follow.url, 'listPage');
    if (!page.ok) return page;
    const read = await deps.read.listPage(page.text, follow.url).catch(() => failure('page_unreadable'));
    if (!read.ok) return read;
    // A committee's page that lists none of its meetings has changed its layout (or never listed them): say so, rather than
    // check it in silence for ever. A list or calendar may be empty for a while; a committee's index of meetings is not.
    if (follow.kind === 'committee' && read.kind === 'meetings' && read.entries.length === 0) return failure('page_markup_missing', 'CMIS committee meetings');
    const previous = await deps.store.state<ListState>(stateId);
    // Only entries on the council's own site, with a title: a link planted elsewhere in the list costs only itself.
    const entries = read.entries.filter((entry) => typeof entry.title === 'string' && entry.title.trim() && sameOrigin(entry.url, site)).slice(0, 400);
    const snapshots: MeetingSnapshot[] = [];
    if (read.kind === 'meetings')
      for (const address of choose(previous, entries)) {
        const answer = await deps.fetchText(site, address, 'meetingPage');
        // A meeting page the council has taken down costs only itself; a server that is failing stops the check.
        if (!answer.ok && pageGone(answer)) continue;
        if (!answer.ok) return answer;
        const meeting = await deps.read.meetingPage(answer.text, address).catch(() => failure('page_unreadable'));
        // A meeting page that no longer reads as one costs only itself.
        if (meeting.ok && meeting.snapshot.id === address) snapshots.push(meeting.snapshot);
      }
    const { news, state } = listNews(previous, { follow, kind: read.kind, entries, snapshots, ...watchFor });
    await deps.store.setState(stateId, state);
    return { ok: true, news, kind: read.kind, snapshots, previous };
  };

  /**
   * Followed words inside the papers of meetings just read, where Council Lens has already read them on this device: the
   * text is its own copy (the kept question index), so nothing is fetched for it. Linked to the page.
   */
  const wordsInKeptPapers = async (snapshots: readonly MeetingSnapshot[], fallbackTitle: string): Promise<NewsDraft[]> => {
    const found: NewsDraft[] = [];
    if (!deps.findInKept) return found;
    for (const snapshot of snapshots)
      for (const document of snapshot.documents.filter((candidate) => candidate.url))
        for (const wordsFollow of words) {
          const at = await deps.findInKept(document.url!, wordsFollow.label).catch(() => undefined);
          if (at)
            found.push({
              id: `${wordsFollow.id}|document|${document.id}`.slice(0, 600),
              followId: wordsFollow.id,
              site,
              ...(council ? { council } : {}),
              kind: 'wordsFound',
              about: wordsFollow.label,
              title: (document.title || fallbackTitle).slice(0, 400),
              detail: `p. ${at.page}: ${at.text.slice(0, 300)}`,
              url: pdfPageLink(document.url!, at.page),
            });
        }
    return found;
  };

  for (const follow of follows.filter(
    (candidate): candidate is Follow & { committeeId: string } => candidate.kind === 'committee' && !!candidate.committeeId && !candidate.url,
  )) {
    const checked = await checkCommittee(follow, follow.id, (previous, meetings) => meetingsToRead(previous, meetings, today), { councillors: people, words });
    if (!checked.ok) return (await record(checked), []);
    const { news, snapshots, previous } = checked;
    drafts.push(...news);
    if (previous) drafts.push(...(await wordsInKeptPapers(snapshots, follow.label)));
  }
  // A followed councillor's own committees that no committee follow covers: the next meeting of at most three of them,
  // for meetings that list the councillor. Only news about the councillor is kept.
  const watched = new Set(follows.filter((follow) => follow.kind === 'committee').map((follow) => follow.committeeId));
  const nextAhead = <Listed extends { date?: string; status?: string }>(listed: readonly Listed[]): Listed[] =>
    listed
      .filter((meeting) => meeting.date && meeting.date >= today && !/cancel/i.test(meeting.status ?? ''))
      .sort((a, b) => byCodeUnit(a.date ?? '', b.date ?? ''))
      .slice(0, 1);
  for (const councillor of councillors) {
    for (const committee of (councillor.committees ?? []).filter((candidate) => !watched.has(candidate.id)).slice(0, COUNCILLOR_COMMITTEES_PER_CHECK)) {
      const stateId = `${councillor.id}|committee|${committee.id}`;
      const asCommittee = { ...councillor, id: stateId, kind: 'committee' as const, label: committee.title, committeeId: committee.id };
      const watchFor = { councillors: [councillor], words: [] };
      // On CMIS, the committee's own page lists its meetings; elsewhere its web service does. The next meeting ahead is where
      // the attendees for a coming meeting are listed (a meeting added since is new news).
      const checked =
        committee.url && sameOrigin(committee.url, site) && followedPageDetection(new URL(committee.url))
          ? await checkListed({ ...asCommittee, url: committee.url }, stateId, (_previous, entries) => nextAhead(entries).map((entry) => entry.url), watchFor)
          : await checkCommittee(asCommittee, stateId, (_previous, meetings) => nextAhead(inWindow(meetings, today)).map((meeting) => meeting.id), watchFor);
      if (!checked.ok) return (await record(checked), []);
      drafts.push(...checked.news.filter((item) => item.followId === councillor.id));
    }
  }

  // Followed pages: lists, and committees on CMIS (whose page is their index of meetings). One request each, read with the
  // page extractors where a DOM exists, and at most a few meetings' own pages.
  for (const follow of follows.filter(
    (candidate): candidate is Follow & { url: string } => (candidate.kind === 'list' || candidate.kind === 'committee') && !!candidate.url,
  )) {
    const checked = await checkListed(follow, follow.id, (previous, entries) => listedMeetingsToRead(previous, entries, today), { councillors: people, words });
    if (!checked.ok) return (await record(checked), []);
    const { news } = checked;
    drafts.push(...news);
    if (checked.previous) drafts.push(...(await wordsInKeptPapers(checked.snapshots, follow.label)));
    // Who took the decisions just published, for followed councillors (and wards' councillors): a few decision pages at most,
    // and only when one is followed.
    if (checked.kind === 'decisions' && people.length)
      for (const published of news.filter((item) => item.kind === 'decisionPublished' && item.followId === follow.id).slice(0, DECISION_PAGES_PER_CHECK)) {
        const answer = await deps.fetchText(site, published.url, 'decisionPage');
        if (!answer.ok) continue;
        const maker = await deps.read.decisionPage(answer.text, published.url).catch(() => failure('page_unreadable'));
        if (!maker.ok || !maker.decisionMaker) continue;
        for (const { follow: watcher, names } of peopleWatched(people)) {
          const taker =
            watcher.kind === 'councillor'
              ? decidedBy(maker.decisionMaker, watcher)
                ? watcher.label
                : undefined
              : names.find((name) => decidedBy(maker.decisionMaker!, { label: name }));
          if (taker)
            drafts.push({
              ...published,
              id: `${watcher.id}|decision|${published.url}`,
              followId: watcher.id,
              about: watcher.label,
              detail: watcher.kind === 'ward' ? `${taker}: ${maker.decisionMaker}`.slice(0, 600) : maker.decisionMaker,
            });
        }
      }
  }
  await record(undefined);
  return deps.store.addNews(drafts, at);
}

/**
 * A ward followed on ModernGov, with its councillors from the council's own directory (`GetCouncillorsByWard`, kept a day)
 * added to those its page named, so that a meeting listing any of them is news for the ward. CMIS has no directory to ask:
 * the ward keeps the councillors its page named. One request, when the ward is followed.
 */
export async function withWardCouncillors(follow: Follow, deps: Pick<CheckDeps, 'fetchText' | 'read' | 'mayReach'>): Promise<Follow> {
  if (follow.kind !== 'ward' || follow.platform === 'cmis' || !(await deps.mayReach(follow.site))) return follow;
  const url = councillorsByWardUrl(`${follow.site}/`);
  const answer = await deps.fetchText(follow.site, url).catch(() => failure('not_delivered'));
  if (!answer.ok) return follow;
  const read = await deps.read.councillors(answer.text, url).catch(() => failure('web_service_not_councillors'));
  if (!read.ok) return follow;
  const wardKey = (ward: string) =>
    ward
      .toLowerCase()
      .replace(/\bward\b/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const names = [
    ...(follow.councillors ?? []),
    ...read.councillors.filter((person) => person.ward && wardKey(person.ward) === wardKey(follow.label)).map((person) => person.name),
  ];
  const unique = names.filter((name, index) => names.findIndex((other) => personKey(other) === personKey(name)) === index).slice(0, 12);
  const completed = Follow.safeParse({ ...follow, councillors: unique.map((name) => name.slice(0, 120)) });
  return completed.success ? completed.data : follow;
}
