import type { MeetingSnapshot, WebServiceMeeting } from '../../page/platforms/moderngov/web-service';
import type { Follow, NewsItem } from './model';

/**
 * What is new for a followed committee, from its meetings list (`GetMeetings`) and the records of
 * the few meetings read this time (`GetMeeting`), against what was seen before. Pure: the
 * checker fetches, this compares. The first check only learns what is there: following a
 * committee does not announce its whole history.
 */

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
  const ahead = listed.filter((meeting) => dayOf(meeting.date) >= now).sort((a, b) => a.date.localeCompare(b.date))[0];
  const past = listed.filter((meeting) => dayOf(meeting.date) < now).sort((a, b) => b.date.localeCompare(a.date))[0];
  const order = [...changed.sort((a, b) => a.date.localeCompare(b.date)), ...(ahead ? [ahead] : []), ...(past ? [past] : [])].map((meeting) => meeting.id);
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

export function committeeNews(previous: CommitteeState | undefined, check: CommitteeCheck): { news: NewsDraft[]; state: CommitteeState } {
  const { follow } = check;
  const listed = inWindow(check.meetings, check.today);
  const state: CommitteeState = {
    meetings: Object.fromEntries(listed.map((meeting) => [meeting.id, { date: meeting.date, status: meeting.status }])),
    // Records of meetings no longer listed are forgotten, so the state stays bounded.
    details: Object.fromEntries(Object.entries(previous?.details ?? {}).filter(([id]) => listed.some((meeting) => meeting.id === id))),
  };
  const news: NewsDraft[] = [];
  const base = { site: follow.site, ...(follow.council ? { council: follow.council } : {}) };
  const title = (date: string) => `${follow.label}, ${date}`;
  const add = (draft: Omit<NewsDraft, 'site' | 'council'>) => news.push({ ...base, ...draft });
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
    const seen = seenOf(snapshot);
    const before = state.details[snapshot.id];
    state.details[snapshot.id] = seen;
    // A meeting's record read for the first time is learnt, unless the meeting itself is new since the last check.
    const newMeeting = !learning && !previous?.meetings[snapshot.id];
    if (learning || (!before && !newMeeting)) continue;
    const url = check.meetingUrl(snapshot.id);
    const meetingTitle = title(meeting.date);
    const was: MeetingSeen = before ?? { items: [], documents: [], decisions: [], attendees: [] };
    if (was.items.length === 0 && seen.items.length > 0)
      add({ id: `${follow.id}|agenda|${snapshot.id}`, followId: follow.id, kind: 'agendaPublished', about: follow.label, title: meetingTitle, url });
    const newDocuments = snapshot.documents.filter((document) => !was.documents.includes(document.id));
    if (newDocuments.length > 0 && was.items.length > 0)
      add({
        id: `${follow.id}|documents|${snapshot.id}|${newDocuments.map((document) => document.id).join(',')}`,
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
        id: `${follow.id}|decision|${item.id}`,
        followId: follow.id,
        kind: 'decisionPublished',
        about: follow.label,
        title: item.title,
        detail: meetingTitle,
        url,
      });
    const newItems = snapshot.items.filter((item) => !was.items.includes(item.id));
    for (const words of check.words)
      for (const item of newItems.filter((candidate) => mentions(candidate.title, words.label)))
        add({ id: `${words.id}|item|${item.id}`, followId: words.id, kind: 'wordsFound', about: words.label, title: item.title, detail: meetingTitle, url });
    const newAttendees = seen.attendees.filter((name) => !was.attendees.some((other) => personKey(other) === personKey(name)));
    for (const councillor of check.councillors)
      if (newAttendees.some((name) => personKey(name) === personKey(councillor.label)))
        add({
          id: `${councillor.id}|listed|${snapshot.id}`,
          followId: councillor.id,
          kind: 'councillorListed',
          about: councillor.label,
          title: meetingTitle,
          url,
        });
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
}

export interface ListCheck {
  follow: Follow;
  kind: 'meetings' | 'decisions';
  entries: readonly ListEntry[];
  /** Words and wards followed on the same council: found in a new entry's title (a decision's, say). */
  words: readonly Follow[];
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
  if (previous === undefined) return { news, state };
  const base = { site: follow.site, ...(follow.council ? { council: follow.council } : {}) };
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
