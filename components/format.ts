import { londonWallClock } from '../lib/page/dates';

/**
 * Dates and times as the sidebar writes them, in English or Welsh, always in UK time whatever
 * the reader's own zone.
 *
 * Written from these tables rather than by `Intl.DateTimeFormat`: a council page's renderer is new
 * on each visit, and its first `Intl` date (or number) format loads the locale data, about 12 ms
 * of the sidebar's first render on the bench (`npm run bench`, "Sidebar latency"). It also writes
 * half past noon as "12:30 pm", where `Intl`'s en-GB twelve-hour clock writes "0:30 pm".
 */
interface CalendarWords {
  days: readonly string[];
  shortDays: readonly string[];
  months: readonly string[];
  shortMonths: readonly string[];
  /** Between a date and its time: "Thursday 15 January 2026 at 7:30 pm". */
  at: string;
  am: string;
  pm: string;
}

const ENGLISH_WORDS: CalendarWords = {
  days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
  at: 'at',
  am: 'am',
  pm: 'pm',
};

/** Welsh short forms clash ("Maw" is both Tuesday and March), so Welsh days and months are always written out. */
const WELSH_DAYS = ['Dydd Sul', 'Dydd Llun', 'Dydd Mawrth', 'Dydd Mercher', 'Dydd Iau', 'Dydd Gwener', 'Dydd Sadwrn'];
const WELSH_MONTHS = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];
const WELSH_WORDS: CalendarWords = {
  days: WELSH_DAYS,
  shortDays: WELSH_DAYS,
  months: WELSH_MONTHS,
  shortMonths: WELSH_MONTHS,
  at: 'am',
  am: 'y.b.',
  pm: 'y.h.',
};

const wordsFor = (locale: string): CalendarWords => (/^cy\b/i.test(locale) ? WELSH_WORDS : ENGLISH_WORDS);

export interface CalendarDay {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

/** "Tue 3 Mar 2026", "Thursday 15 January", "15 January": a calendar day in the chosen words. */
export function writeDay(
  { year, month, day }: CalendarDay,
  locale: string,
  style: { weekday?: 'long' | 'short'; month: 'long' | 'short'; year: boolean },
): string {
  const words = wordsFor(locale);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  const dayName = style.weekday === 'long' ? words.days[weekday] : style.weekday === 'short' ? words.shortDays[weekday] : undefined;
  const monthName = (style.month === 'long' ? words.months : words.shortMonths)[month - 1];
  return [dayName, String(day), monthName, style.year ? String(year) : undefined].filter(Boolean).join(' ');
}

/** "7:30 pm", "12:30 pm", "12:00 am" (Welsh "7:30 y.h."). */
export function writeClock(hour: number, minute: number, locale: string): string {
  const words = wordsFor(locale);
  return `${hour % 12 || 12}:${String(minute).padStart(2, '0')} ${hour < 12 ? words.am : words.pm}`;
}

/** "15 January at 7:30 pm": an instant (a check, a news item) in UK time, without its year. */
export function formatMoment(instant: number | string, locale = 'en-GB'): string {
  const time = new Date(instant).getTime();
  if (Number.isNaN(time)) return String(instant);
  const wall = londonWallClock(time);
  return `${writeDay(wall, locale, { month: 'long', year: false })} ${wordsFor(locale).at} ${writeClock(wall.hour, wall.minute, locale)}`;
}

/** "Thursday 15 January 2026 at 7:30 pm", always in UK time whatever the reader's own zone; a date alone without its time. */
export function formatMeetingTime(iso: string, locale = 'en-GB'): string {
  const time = new Date(iso).getTime();
  if (Number.isNaN(time)) return iso;
  const wall = londonWallClock(time);
  const day = writeDay(wall, locale, { weekday: 'long', month: 'long', year: true });
  return /T00:00:00/.test(iso) ? day : `${day} ${wordsFor(locale).at} ${writeClock(wall.hour, wall.minute, locale)}`;
}

/** "Fri 14 Nov 2025" for a calendar date (YYYY-MM-DD), with no time-zone drift (Welsh written out). */
export function formatDay(isoDate: string, locale = 'en-GB'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // A day that does not exist ("2026-02-31", month 13) is left as it was given, not rolled over into the next month.
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return isoDate;
  const welsh = wordsFor(locale) === WELSH_WORDS;
  return writeDay({ year, month, day }, locale, { weekday: welsh ? 'long' : 'short', month: welsh ? 'long' : 'short', year: true });
}
