import {
  meetingSnapshot,
  type MeetingSnapshot,
  parseCouncillorsByWardXml,
  parseGetMeetings,
  type WebServiceMeeting,
  getMeetingsServiceUrl,
} from '../../page/platforms/moderngov/web-service';
import type { FetchPortalTextResponse } from '../../protocol/messages';
import { failure, type Failure } from '../../protocol/failure';
import {
  type CommitteeState,
  committeeNews,
  inWindow,
  type ListEntry,
  listNews,
  type ListState,
  meetingsToRead,
  mentions,
  type NewsDraft,
  personKey,
} from './changes';
import { type Detection, type ExtractResult, extractPage } from '../../page/platforms';
import { detectorsMatchingUrl, listPageDetection } from '../../page/platforms/detection';
import type { Follow, NewsItem } from './model';
import { pdfPageLink } from '../../display/from-document';
import type { FollowStore } from './store';

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
 * A followed list page read with the same extractors the sidebar uses: a meetings list or
 * calendar (ModernGov, CMIS) or a decisions register. The page must still be the kind its address says.
 */
export function readListPage(document: Document, address: string): ListPageReading {
  const page = pageAt(document, address, listPageDetection);
  if (!page.ok) return page;
  const data = page.data;
  if (data.kind === 'meetingsList' || data.kind === 'calendar')
    return {
      ok: true,
      kind: 'meetings',
      entries: data.meetings.map((meeting) => ({
        title: meeting.title,
        url: meeting.url,
        ...(meeting.startsAt ? { date: meeting.startsAt.slice(0, 10) } : {}),
        ...(meeting.status ? { status: meeting.status } : {}),
      })),
    };
  if (data.kind === 'decisionsList')
    return {
      ok: true,
      kind: 'decisions',
      entries: data.decisions.map((decision) => ({ title: decision.title, url: decision.url, ...(decision.date ? { date: decision.date } : {}) })),
    };
  return failure('page_kind_unsupported');
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
  /** A decision's page (HTML): who took it. */
  decisionPage(text: string, url: string): Promise<ReturnType<typeof readDecisionMaker>>;
  meetings(text: string): Promise<ReturnType<typeof parseGetMeetings>>;
  meeting(text: string, url: string): Promise<ReturnType<typeof meetingSnapshot>>;
  /** `GetCouncillorsByPostcode` (and `…ByWard`): the councillors with party, ward, photo and profile. */
  councillors(text: string, url: string): Promise<ReturnType<typeof parseCouncillorsByWardXml>>;
}

/** The reader, given a DOMParser: the same code in the offscreen document, Firefox's background page and the tests. */
export function webServiceReader(parse: (text: string, type: DOMParserSupportedType) => Document): WebServiceReader {
  return {
    listPage: async (text, url) => readListPage(parse(text, 'text/html'), url),
    decisionPage: async (text, url) => readDecisionMaker(parse(text, 'text/html'), url),
    meetings: async (text) => parseGetMeetings(parse(text, 'text/xml')),
    meeting: async (text, url) => meetingSnapshot(parse(text, 'text/xml'), url),
    councillors: async (text, url) => parseCouncillorsByWardXml(parse(text, 'text/xml'), url),
  };
}

export interface CheckDeps {
  store: FollowStore;
  /** A web-service answer (or a followed list page) from the council's own site, revalidated. */
  fetchText(site: string, url: string, purpose?: 'webService' | 'listPage' | 'decisionPage'): Promise<FetchPortalTextResponse>;
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

  for (const follow of follows.filter(
    (candidate): candidate is Follow & { committeeId: string } => candidate.kind === 'committee' && !!candidate.committeeId,
  )) {
    const checked = await checkCommittee(follow, follow.id, (previous, meetings) => meetingsToRead(previous, meetings, today), { councillors, words });
    if (!checked.ok) return (await record(checked), []);
    const { news, snapshots, previous } = checked;
    drafts.push(...news);
    // Followed words inside papers already read on this device: the text is Council Lens's own copy, so nothing is fetched for it.
    if (deps.findInKept && previous)
      for (const snapshot of snapshots)
        for (const document of snapshot.documents.filter((candidate) => candidate.url))
          for (const wordsFollow of words) {
            const found = await deps.findInKept(document.url!, wordsFollow.label).catch(() => undefined);
            if (found)
              drafts.push({
                id: `${wordsFollow.id}|document|${document.id}`,
                followId: wordsFollow.id,
                site,
                ...(council ? { council } : {}),
                kind: 'wordsFound',
                about: wordsFollow.label,
                title: document.title || follow.label,
                detail: `p. ${found.page}: ${found.text.slice(0, 300)}`,
                url: pdfPageLink(document.url!, found.page),
              });
          }
  }
  // A followed councillor's own committees that no committee follow covers: the next meeting of at most three of them,
  // for meetings that list the councillor. Only news about the councillor is kept.
  const watched = new Set(follows.filter((follow) => follow.kind === 'committee').map((follow) => follow.committeeId));
  for (const councillor of councillors) {
    for (const committee of (councillor.committees ?? []).filter((candidate) => !watched.has(candidate.id)).slice(0, COUNCILLOR_COMMITTEES_PER_CHECK)) {
      // The next meeting ahead: where the attendees for a coming meeting are listed (a meeting added since is new news).
      const nextMeeting = (_previous: CommitteeState | undefined, meetings: readonly WebServiceMeeting[]) =>
        inWindow(meetings, today)
          .filter((meeting) => meeting.date >= today && !/cancel/i.test(meeting.status))
          .sort((a, b) => a.date.localeCompare(b.date))
          .slice(0, 1)
          .map((meeting) => meeting.id);
      const checked = await checkCommittee(
        { ...councillor, id: `${councillor.id}|committee|${committee.id}`, kind: 'committee', label: committee.title, committeeId: committee.id },
        `${councillor.id}|committee|${committee.id}`,
        nextMeeting,
        { councillors: [councillor], words: [] },
      );
      if (!checked.ok) return (await record(checked), []);
      drafts.push(...checked.news.filter((item) => item.followId === councillor.id));
    }
  }

  // Followed list pages: one request each, read with the page extractors where a DOM exists.
  for (const follow of follows.filter((candidate) => candidate.kind === 'list' && candidate.url)) {
    const page = await deps.fetchText(site, follow.url!, 'listPage');
    if (!page.ok) return (await record(page), []);
    const read = await deps.read.listPage(page.text, follow.url!).catch(() => failure('page_unreadable'));
    if (!read.ok) return (await record(read), []);
    const previous = await deps.store.state<ListState>(follow.id);
    // Only entries on the council's own site, with a title: a link planted elsewhere in the list costs only itself.
    const entries = read.entries.filter((entry) => typeof entry.title === 'string' && entry.title.trim() && sameOrigin(entry.url, site)).slice(0, 400);
    const { news, state } = listNews(previous, { follow, kind: read.kind, entries, words });
    await deps.store.setState(follow.id, state);
    drafts.push(...news);
    // Who took the decisions just published, for followed councillors: a few decision pages at most, and only when one is followed.
    if (read.kind === 'decisions' && councillors.length)
      for (const published of news.filter((item) => item.kind === 'decisionPublished' && item.followId === follow.id).slice(0, DECISION_PAGES_PER_CHECK)) {
        const answer = await deps.fetchText(site, published.url, 'decisionPage');
        if (!answer.ok) continue;
        const maker = await deps.read.decisionPage(answer.text, published.url).catch(() => failure('page_unreadable'));
        if (!maker.ok || !maker.decisionMaker) continue;
        for (const councillor of councillors.filter((candidate) => decidedBy(maker.decisionMaker!, candidate)))
          drafts.push({
            ...published,
            id: `${councillor.id}|decision|${published.url}`,
            followId: councillor.id,
            about: councillor.label,
            detail: maker.decisionMaker,
          });
      }
  }
  await record(undefined);
  return deps.store.addNews(drafts, at);
}
