import { subtractWorkingDays } from './callin';
import { numberFrom, numberPattern } from '../shared/numbers';
import type { Meeting } from './kinds/meeting/model';
import { byCodeUnit } from '../shared/order';

/**
 * "Have your say": the rules a council states for public questions, statements, petitions and
 * registering to speak ("by 10am on the last working day prior to the meeting", "5.00pm, at
 * least 3 clear working days ahead of a meeting", "12 noon on the working day before the
 * meeting"), read from its own words, and the deadline each gives for a meeting, with the
 * call-in clock's working days (weekends and England and Wales bank holidays skipped).
 */

export const SAY_KINDS = ['question', 'statement', 'petition', 'speak'] as const;
export type SayKind = (typeof SAY_KINDS)[number];

export type SayOffset =
  /** Working days before the meeting's date; "clear" days leave whole days between, so one more is taken. */
  | { unit: 'workingDays'; count: number; clear: boolean }
  /** Calendar days before the meeting. */
  | { unit: 'days'; count: number; clear: boolean }
  /** "The Friday before the meeting": 0 is Sunday. */
  | { unit: 'weekday'; weekday: number };

export interface SayRule {
  kinds: SayKind[];
  /** 24-hour clock. */
  hour: number;
  minute: number;
  offset: SayOffset;
  /** The council's sentence, quoted. */
  text: string;
  /** The document page that states it, when it comes from a PDF. */
  page?: number;
}

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5 };
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const TIME = /\b(?:(\d{1,2})(?:[.:](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)|(?:12(?:[.:]00)?\s*)?(noon|midday)|(\d{1,2})[.:](\d{2})(?!\s*[ap]\.?m))/i;
const BEFORE = String.raw`(?:before|prior\s+to|ahead\s+of|in\s+advance\s+of|preceding)\s+(?:the\s+|a\s+|each\s+)?(?:date\s+of\s+(?:the\s+)?)?(?:relevant\s+)?(?:meeting|committee|hearing)`;
const COUNTED = new RegExp(String.raw`\b(${numberPattern(false)})\s+(clear\s+)?(working\s+|business\s+)?days?'?\s+${BEFORE}`, 'i');
const NTH_WORKING_DAY = new RegExp(String.raw`\bthe\s+(?:(last|${Object.keys(ORDINALS).join('|')})\s+)?(?:working|business)\s+day\s+${BEFORE}`, 'i');
const WEEKDAY_BEFORE = new RegExp(String.raw`\b(?:the\s+)?(${WEEKDAYS.join('|')})\s+${BEFORE}`, 'i');

const KIND_WORDS: [SayKind, RegExp][] = [
  ['question', /\bquestions?\b/i],
  ['statement', /\bstatements?\b/i],
  ['petition', /\bpetitions?\b/i],
  ['speak', /\b(?:speak|speaking|speakers?|deputations?|address\s+the\s+(?:committee|meeting|council)|register(?:ing)?\s+to\s+attend)\b/i],
];

function timeOf(match: RegExpExecArray): { hour: number; minute: number } | undefined {
  if (match[4]) return { hour: 12, minute: 0 };
  if (match[3]) {
    const hour = Number(match[1]);
    if (hour < 1 || hour > 12) return undefined;
    return { hour: (hour % 12) + (/^p/i.test(match[3]) ? 12 : 0), minute: Number(match[2] ?? 0) };
  }
  const hour = Number(match[5]);
  const minute = Number(match[6]);
  return hour <= 23 && minute <= 59 ? { hour, minute } : undefined;
}

function offsetOf(sentence: string): SayOffset | undefined {
  const counted = COUNTED.exec(sentence);
  if (counted) {
    const count = numberFrom(counted[1]);
    if (count === undefined || count < 0 || count > 30) return undefined;
    return { unit: counted[3] ? 'workingDays' : 'days', count, clear: Boolean(counted[2]) };
  }
  const nth = NTH_WORKING_DAY.exec(sentence);
  if (nth) return { unit: 'workingDays', count: nth[1] && nth[1].toLowerCase() !== 'last' ? ORDINALS[nth[1].toLowerCase()]! : 1, clear: false };
  const weekday = WEEKDAY_BEFORE.exec(sentence);
  if (weekday) return { unit: 'weekday', weekday: WEEKDAYS.indexOf(weekday[1]!.toLowerCase()) };
  return undefined;
}

/** Sentences that give a deadline before a meeting for something the public may send. */
export function findSayRules(text: string): SayRule[] {
  const rules: SayRule[] = [];
  const sentences = text
    .slice(0, 50_000)
    .replace(/\s+/g, ' ')
    .split(/(?<=[.;!?])\s+(?=[A-Z(*])/);
  let previousKinds: SayKind[] = [];
  for (const sentence of sentences) {
    const kinds = KIND_WORDS.filter(([, pattern]) => pattern.test(sentence)).map(([kind]) => kind);
    const offset = offsetOf(sentence);
    const time = TIME.exec(sentence);
    const at = time ? timeOf(time) : undefined;
    // "Notice … must be given by 10am on the last working day prior to the meeting": the kind may be in the sentence before.
    const about = kinds.length ? kinds : previousKinds;
    if (offset && about.length && /\b(?:by|before|no\s+later\s+than|not\s+later\s+than|received|submitted|given|deadline|at\s+least|must)\b/i.test(sentence)) {
      const rule: SayRule = { kinds: about, hour: at?.hour ?? 17, minute: at?.minute ?? 0, offset, text: sentence.trim().slice(0, 600) };
      if (!rules.some((other) => other.text === rule.text)) rules.push(rule);
    }
    if (kinds.length) previousKinds = kinds;
  }
  return rules;
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The deadline a rule gives for a meeting on `meetingDate` (YYYY-MM-DD, UK local), as a UK local date and time. */
export function sayDeadline(rule: SayRule, meetingDate: string): { date: string; hour: number; minute: number } {
  const { offset } = rule;
  let date: string;
  if (offset.unit === 'workingDays') date = subtractWorkingDays(meetingDate, offset.count + (offset.clear ? 1 : 0));
  else if (offset.unit === 'days') date = addDays(meetingDate, -(offset.count + (offset.clear ? 1 : 0)));
  else {
    date = addDays(meetingDate, -1);
    while (new Date(`${date}T12:00:00Z`).getUTCDay() !== offset.weekday) date = addDays(date, -1);
  }
  return { date, hour: rule.hour, minute: rule.minute };
}

/** Whether the deadline has passed, given the time now in the UK ("YYYY-MM-DDTHH:MM"). */
export function deadlinePassed(deadline: { date: string; hour: number; minute: number }, ukNow: string): boolean {
  const at = `${deadline.date}T${String(deadline.hour).padStart(2, '0')}:${String(deadline.minute).padStart(2, '0')}`;
  return ukNow.slice(0, 16) >= at;
}

export interface SayDeadline {
  kinds: SayKind[];
  deadline: { date: string; hour: number; minute: number };
  passed: boolean;
  /** The council's own words for the rule. */
  text: string;
  /** The agenda item on the meeting page that states it, for "how to". */
  anchor?: string;
  /** The document and page that state it, when a document does. */
  source?: { url: string; page: number };
}

/** A committee's rules (its page's own words) applied to each of its next meetings. */
export function committeeSayDeadlines(rulesText: string, meetingDates: readonly string[], now: string): { meetingDate: string; deadlines: SayDeadline[] }[] {
  const rules = findSayRules(rulesText);
  if (rules.length === 0) return [];
  return meetingDates
    .filter((date) => date >= now.slice(0, 10))
    .slice(0, 3)
    .map((meetingDate) => ({
      meetingDate,
      deadlines: rules.map((rule) => {
        const deadline = sayDeadline(rule, meetingDate);
        return { kinds: rule.kinds, deadline, passed: deadlinePassed(deadline, now), text: rule.text };
      }),
    }));
}

/** The deadlines a meeting page states for the public, computed for this meeting, earliest first. */
export function meetingSayDeadlines(
  meeting: Pick<Meeting, 'agendaItems' | 'startsAt'>,
  now: string,
  fromDocuments: readonly (SayRule & { url: string })[] = [],
): SayDeadline[] {
  if (!meeting.startsAt) return [];
  const meetingDate = meeting.startsAt.slice(0, 10);
  const found: SayDeadline[] = [];
  // The meeting's documents (an agenda frontsheet's notes) state them too; the same rule twice is said once.
  for (const rule of fromDocuments) {
    const deadline = sayDeadline(rule, meetingDate);
    found.push({ kinds: rule.kinds, deadline, passed: deadlinePassed(deadline, now), text: rule.text, source: { url: rule.url, page: rule.page ?? 1 } });
  }
  for (const item of meeting.agendaItems) {
    if (!item.text) continue;
    // The item's title says what its rules are for when the sentence does not ("Petitions": "…notice must be given by 10am…").
    for (const rule of findSayRules(`${item.title}. ${item.text}`)) {
      const deadline = sayDeadline(rule, meetingDate);
      found.push({ kinds: rule.kinds, deadline, passed: deadlinePassed(deadline, now), text: rule.text, ...(item.anchor ? { anchor: item.anchor } : {}) });
    }
  }
  const unique = found.filter(
    (entry, index) =>
      found.findIndex(
        (other) => other.kinds.join() === entry.kinds.join() && other.deadline.date === entry.deadline.date && other.deadline.hour === entry.deadline.hour,
      ) === index,
  );
  return unique.sort((a, b) => byCodeUnit(`${a.deadline.date}${a.deadline.hour}`, `${b.deadline.date}${b.deadline.hour}`));
}
