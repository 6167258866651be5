import type { MeetingSnapshot, WebServiceMeeting } from '../../page/platforms/moderngov/web-service';
import type { Follow, NewsItem } from './model';
import { byCodeUnit } from '../../shared/order';

/**
 * What is new for a followed committee, from its meetings list (`GetMeetings`) and the records of
 * the few meetings read this time (`GetMeeting`), against what was seen before. Pure: the
 * checker fetches, this compares. The first check only learns what is there: following a
 * committee does not announce its whole history.
 */

/** A meeting's record as last read. Item and document ids are unique on the council (a page's own are prefixed with its meeting). */
export interface MeetingSeen {
  items: string[];
  documents: string[];
  decisions: string[];
  attendees: string[];
}

export interface CommitteeState {
  meetings: Record<string, { date: string; status: string }>;
  details: Record<string, MeetingSeen>;
}

/** A news item before it is stored (read flags and the time seen are the store's). */
export type NewsDraft = Omit<NewsItem, 'seenAt' | 'read'>;

const DAY = 24 * 60 * 60 * 1000;
/** Meetings further back than this, or further ahead, are not watched. */
const WINDOW_BACK_DAYS = 60;
const WINDOW_AHEAD_DAYS = 365;
/** Meeting records read per committee per check at most: the politeness bound. */
export const MEETINGS_READ_PER_CHECK = 3;

const isCancelled = (status: string) => /cancel/i.test(status);
const dayOf = (iso: string) => Date.parse(`${iso}T12:00:00Z`);

/** The meetings worth watching: some installs ignore the date range asked for, so it is applied here. */
export function inWindow(meetings: readonly WebServiceMeeting[], today: string): WebServiceMeeting[] {
  const now = dayOf(today);
  return meetings.filter((meeting) => dayOf(meeting.date) >= now - WINDOW_BACK_DAYS * DAY && dayOf(meeting.date) <= now + WINDOW_AHEAD_DAYS * DAY);
}

/**
 * Which meetings' records to read this time: those new or changed in the list first, then the
 * next one ahead (where agendas and papers appear) and the last one past (where minutes and
 * decisions appear). At most a few.
 */
export function meetingsToRead(
  previous: CommitteeState | undefined,
  meetings: readonly WebServiceMeeting[],
  today: string,
  max = MEETINGS_READ_PER_CHECK,
): string[] {
  const listed = inWindow(meetings, today).filter((meeting) => !isCancelled(meeting.status));
  const changed = listed.filter((meeting) => {
    const before = previous?.meetings[meeting.id];
    return !before || before.date !== meeting.date;
  });
  const now = dayOf(today);
  const ahead = listed.filter((meeting) => dayOf(meeting.date) >= now).sort((a, b) => byCodeUnit(a.date, b.date))[0];
  const past = listed.filter((meeting) => dayOf(meeting.date) < now).sort((a, b) => byCodeUnit(b.date, a.date))[0];
  const order = [...changed.sort((a, b) => byCodeUnit(a.date, b.date)), ...(ahead ? [ahead] : []), ...(past ? [past] : [])].map((meeting) => meeting.id);
  return [...new Set(order)].slice(0, max);
}

const seenOf = (snapshot: MeetingSnapshot): MeetingSeen => ({
  items: snapshot.items.map((item) => item.id),
  documents: snapshot.documents.map((document) => document.id),
  decisions: snapshot.items.filter((item) => item.decisionPublished).map((item) => item.id),
  attendees: snapshot.attendees,
});

/** A councillor's name as councils write it, without the title: "Councillor Sophie Bell" and "Cllr Sophie Bell" are one. */
export function personKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/\b(?:councillor|cllr|county cllr|mr|mrs|ms|miss|dr|prof|revd?|sir|dame)\.?\s+/g, '')
    .replace(/[^a-z\s'-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whole words or a phrase, case and spacing aside: "S106" finds "S106", not "S1066". */
export function mentions(text: string, words: string): boolean {
  const escaped = words
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  return escaped !== '' && new RegExp(`(?:^|[^\\p{L}\\p{N}])${escaped}(?:$|[^\\p{L}\\p{N}])`, 'iu').test(text);
}

export interface CommitteeCheck {
  follow: Follow;
  meetings: readonly WebServiceMeeting[];
  snapshots: readonly MeetingSnapshot[];
  /** The follows on the same council whose news these meetings may hold. */
  councillors: readonly Follow[];
  words: readonly Follow[];
  meetingUrl(meetingId: string): string;
  today: string;
}

/** What a meeting's record (its web-service record or its page) shows that it did not before: the meeting is titled and linked as given. */
export function meetingNews(
  before: MeetingSeen | undefined,
  snapshot: MeetingSnapshot,
  about: { follow: Follow; title: string; url: string; words: readonly Follow[]; councillors: readonly Follow[] },
): NewsDraft[] {
  const { follow, title: meetingTitle, url } = about;
  const news: NewsDraft[] = [];
  const add = (draft: Omit<NewsDraft, 'site' | 'council'>) =>
    news.push({ site: follow.site, ...(follow.council ? { council: follow.council } : {}), ...draft });
  const seen = seenOf(snapshot);
  const was: MeetingSeen = before ?? { items: [], documents: [], decisions: [], attendees: [] };
  // The agenda is its items where the record lists them; CMIS pages list only documents, so there it is the first papers.
  const hadAgenda = was.items.length > 0 || (was.documents.length > 0 && seen.items.length === 0);
  if (!hadAgenda && (seen.items.length > 0 || seen.documents.length > 0))
    add({ id: `${follow.id}|agenda|${snapshot.id}`, followId: follow.id, kind: 'agendaPublished', about: follow.label, title: meetingTitle, url });
  const newDocuments = snapshot.documents.filter((document) => !was.documents.includes(document.id));
  if (newDocuments.length > 0 && hadAgenda)
    add({
      id: `${follow.id}|documents|${snapshot.id}|${newDocuments.map((document) => document.id).join(',')}`.slice(0, 600),
      followId: follow.id,
      kind: 'documentsAdded',
      about: follow.label,
      title: meetingTitle,
      detail: newDocuments
        .map((document) => document.title)
        .filter(Boolean)
        .join('; ')
        .slice(0, 600),
      url,
    });
  for (const item of snapshot.items.filter((candidate) => candidate.decisionPublished && !was.decisions.includes(candidate.id)))
    add({
      id: `${follow.id}|decision|${item.id}`.slice(0, 600),
      followId: follow.id,
      kind: 'decisionPublished',
      about: follow.label,
      title: item.title,
      detail: meetingTitle,
      url,
    });
  const newItems = snapshot.items.filter((item) => !was.items.includes(item.id));
  for (const words of about.words)
    for (const item of newItems.filter((candidate) => mentions(candidate.title, words.label)))
      add({
        id: `${words.id}|item|${item.id}`.slice(0, 600),
        followId: words.id,
        kind: 'wordsFound',
        about: words.label,
        title: item.title,
        detail: meetingTitle,
        url,
      });
  const newAttendees = seen.attendees.filter((name) => !was.attendees.some((other) => personKey(other) === personKey(name)));
  for (const watcher of peopleWatched(about.councillors)) {
    const listed = newAttendees.filter((name) => watcher.names.some((watched) => samePerson(watched, name)));
    if (listed.length)
      add({
        id: `${watcher.follow.id}|listed|${snapshot.id}`.slice(0, 600),
        followId: watcher.follow.id,
        kind: 'councillorListed',
        about: watcher.follow.label,
        title: meetingTitle,
        // A ward's news names which of its councillors is listed; a councillor's is about them already.
        ...(watcher.follow.kind === 'ward' ? { detail: listed.join('; ').slice(0, 600) } : {}),
        url,
      });
  }
  return news;
}

/** The people a follow watches at meetings: a councillor, or a ward's councillors. */
export function peopleWatched(follows: readonly Follow[]): { follow: Follow; names: string[] }[] {
  return follows.flatMap((follow) =>
    follow.kind === 'councillor'
      ? [{ follow, names: [follow.label] }]
      : follow.kind === 'ward' && follow.councillors?.length
        ? [{ follow, names: follow.councillors }]
        : [],
  );
}

/** One person, titles aside ("Cllr Sophie Bell" and "Councillor Sophie Bell"). */
export const samePerson = (a: string, b: string): boolean => personKey(a) !== '' && personKey(a) === personKey(b);

export function committeeNews(previous: CommitteeState | undefined, check: CommitteeCheck): { news: NewsDraft[]; state: CommitteeState } {
  const { follow } = check;
  const listed = inWindow(check.meetings, check.today);
  const state: CommitteeState = {
    meetings: Object.fromEntries(listed.map((meeting) => [meeting.id, { date: meeting.date, status: meeting.status }])),
    // Records of meetings no longer listed are forgotten, so the state stays bounded.
    details: Object.fromEntries(Object.entries(previous?.details ?? {}).filter(([id]) => listed.some((meeting) => meeting.id === id))),
  };
  const news: NewsDraft[] = [];
  const title = (date: string) => `${follow.label}, ${date}`;
  const add = (draft: Omit<NewsDraft, 'site' | 'council'>) =>
    news.push({ site: follow.site, ...(follow.council ? { council: follow.council } : {}), ...draft });
  const learning = previous === undefined;

  for (const meeting of listed) {
    const before = previous?.meetings[meeting.id];
    const url = check.meetingUrl(meeting.id);
    if (learning) continue;
    if (!before)
      add({
        id: `${follow.id}|added|${meeting.id}`,
        followId: follow.id,
        kind: 'meetingAdded',
        about: follow.label,
        title: title(meeting.date),
        detail: meeting.date,
        url,
      });
    else if (isCancelled(meeting.status) && !isCancelled(before.status))
      add({ id: `${follow.id}|cancelled|${meeting.id}`, followId: follow.id, kind: 'meetingCancelled', about: follow.label, title: title(meeting.date), url });
    else if (before.date !== meeting.date)
      add({
        id: `${follow.id}|moved|${meeting.id}|${meeting.date}`,
        followId: follow.id,
        kind: 'meetingMoved',
        about: follow.label,
        title: title(meeting.date),
        detail: `${before.date} → ${meeting.date}`,
        url,
      });
  }

  for (const snapshot of check.snapshots) {
    const meeting = listed.find((candidate) => candidate.id === snapshot.id);
    if (!meeting) continue;
    const before = state.details[snapshot.id];
    state.details[snapshot.id] = seenOf(snapshot);
    // A meeting's record read for the first time is learnt, unless the meeting itself is new since the last check.
    const newMeeting = !learning && !previous?.meetings[snapshot.id];
    if (learning || (!before && !newMeeting)) continue;
    news.push(
      ...meetingNews(before, snapshot, {
        follow,
        title: title(meeting.date),
        url: check.meetingUrl(snapshot.id),
        words: check.words,
        councillors: check.councillors,
      }),
    );
  }
  return { news, state };
}

/** One entry of a followed list page: a meeting (with its date and status) or a published decision. */
export interface ListEntry {
  title: string;
  url: string;
  /** yyyy-mm-dd where the list gives it. */
  date?: string;
  status?: string;
}

/** What a followed list showed last time, by entry address (bounded: the newest few hundred). */
export interface ListState {
  entries: Record<string, { date?: string; status?: string }>;
  /** The records of the meetings read from their own pages, by address (only those still listed are kept). */
  details?: Record<string, MeetingSeen>;
}

export interface ListCheck {
  follow: Follow;
  kind: 'meetings' | 'decisions';
  entries: readonly ListEntry[];
  /** Words and wards followed on the same council: found in a new entry's title (a decision's, say). */
  words: readonly Follow[];
  /** The pages of a few of the listed meetings, read this time (`listedMeetingsToRead`): each snapshot's id is its address. */
  snapshots?: readonly MeetingSnapshot[];
  /** Councillors and wards followed on the same council, watched for in those meetings' attendance. */
  councillors?: readonly Follow[];
}

/**
 * Which listed meetings' own pages to read this time, as for a committee's web service: those new or
 * moved since the last check, then the next ahead and the last past. At most a few.
 */
export function listedMeetingsToRead(previous: ListState | undefined, entries: readonly ListEntry[], today: string, max = MEETINGS_READ_PER_CHECK): string[] {
  const asMeetings = (list: readonly [string, { date?: string; status?: string }][]): WebServiceMeeting[] =>
    list.flatMap(([url, entry]) => (entry.date ? [{ id: url, date: entry.date, status: entry.status ?? '' }] : []));
  const before: CommitteeState | undefined = previous && {
    meetings: Object.fromEntries(asMeetings(Object.entries(previous.entries)).map((meeting) => [meeting.id, { date: meeting.date, status: meeting.status }])),
    details: {},
  };
  return meetingsToRead(before, asMeetings(entries.map((entry) => [entry.url, entry])), today, max);
}

/** Entries kept in a list's state at most. */
const LIST_ENTRIES_KEPT = 400;

/**
 * What is new on a followed list page (a committee's meetings list or calendar on ModernGov or
 * CMIS, or a decisions register): entries added, meetings moved or cancelled, and followed words
 * in a new entry's title. The first check only learns what is there.
 */
export function listNews(previous: ListState | undefined, check: ListCheck): { news: NewsDraft[]; state: ListState } {
  const { follow } = check;
  const entries = check.entries.slice(0, LIST_ENTRIES_KEPT);
  const state: ListState = {
    entries: Object.fromEntries(
      entries.map((entry) => [entry.url, { ...(entry.date ? { date: entry.date } : {}), ...(entry.status ? { status: entry.status } : {}) }]),
    ),
  };
  const news: NewsDraft[] = [];
  const learning = previous === undefined;
  const base = { site: follow.site, ...(follow.council ? { council: follow.council } : {}) };
  if (check.snapshots?.length || previous?.details)
    state.details = Object.fromEntries(Object.entries(previous?.details ?? {}).filter(([url]) => url in state.entries));
  for (const snapshot of check.snapshots ?? []) {
    const entry = entries.find((candidate) => candidate.url === snapshot.id);
    if (!entry || !state.details) continue;
    const before = state.details[snapshot.id];
    state.details[snapshot.id] = seenOf(snapshot);
    // As for a committee's records: a page read for the first time is learnt, unless its meeting is new since the last check.
    if (learning || (!before && previous.entries[entry.url])) continue;
    news.push(
      ...meetingNews(before, snapshot, {
        follow,
        title: entry.date ? `${entry.title}, ${entry.date}`.slice(0, 400) : entry.title.slice(0, 400),
        url: entry.url,
        words: check.words,
        councillors: check.councillors ?? [],
      }),
    );
  }
  if (learning) return { news, state };
  for (const entry of entries) {
    const before = previous.entries[entry.url];
    const detail = entry.date ? { detail: entry.date } : {};
    if (!before) {
      news.push({
        ...base,
        id: `${follow.id}|added|${entry.url}`,
        followId: follow.id,
        kind: check.kind === 'decisions' ? 'decisionPublished' : 'meetingAdded',
        about: follow.label,
        title: entry.title.slice(0, 400),
        ...detail,
        url: entry.url,
      });
      for (const words of check.words)
        if (mentions(entry.title, words.label))
          news.push({
            ...base,
            id: `${words.id}|entry|${entry.url}`,
            followId: words.id,
            kind: 'wordsFound',
            about: words.label,
            title: entry.title.slice(0, 400),
            ...detail,
            url: entry.url,
          });
    } else if (entry.status && isCancelled(entry.status) && !(before.status && isCancelled(before.status)))
      news.push({
        ...base,
        id: `${follow.id}|cancelled|${entry.url}`,
        followId: follow.id,
        kind: 'meetingCancelled',
        about: follow.label,
        title: entry.title.slice(0, 400),
        url: entry.url,
      });
    else if (entry.date && before.date && entry.date !== before.date)
      news.push({
        ...base,
        id: `${follow.id}|moved|${entry.url}|${entry.date}`,
        followId: follow.id,
        kind: 'meetingMoved',
        about: follow.label,
        title: entry.title.slice(0, 400),
        detail: entry.date,
        url: entry.url,
      });
  }
  return { news, state };
}
