/**
 * Council dates are printed in whatever format each install was configured with.
 * They are all wall-clock times in the UK, so the result carries the Europe/London
 * offset that applied on that day (GMT or BST).
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  ionawr: 1,
  feb: 2,
  february: 2,
  chwefror: 2,
  mar: 3,
  march: 3,
  mawrth: 3,
  apr: 4,
  april: 4,
  ebrill: 4,
  may: 5,
  mai: 5,
  jun: 6,
  june: 6,
  mehefin: 6,
  jul: 7,
  july: 7,
  gorffennaf: 7,
  aug: 8,
  august: 8,
  awst: 8,
  sep: 9,
  sept: 9,
  september: 9,
  medi: 9,
  oct: 10,
  october: 10,
  hydref: 10,
  nov: 11,
  november: 11,
  tachwedd: 11,
  dec: 12,
  december: 12,
  rhagfyr: 12,
};

export interface ParsedDateTime {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, 24-hour, when the text has a time. */
  time?: string;
  /** ISO 8601 with the London offset; date-only texts give midnight. */
  iso: string;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The day of the month of a month's last Sunday (month 1–12). */
function lastSunday(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month, 0));
  return lastDay.getUTCDate() - lastDay.getUTCDay();
}

/**
 * London's offset from UTC at an instant, in minutes: British Summer Time runs from 01:00 UTC on
 * the last Sunday of March to 01:00 UTC on the last Sunday of October (the Summer Time Order 2002,
 * the rule since 1996; a unit test checks it against the time-zone database from 1996 to 2040).
 * Worked out rather than asked of `Intl`: a London formatter's first use loads the time-zone data,
 * which in a council page's renderer, new on each visit, held up the sidebar's first render by
 * 12 ms (`npm run bench`, "Sidebar latency").
 */
function londonOffsetMinutes(epochMs: number): number {
  const year = new Date(epochMs).getUTCFullYear();
  const summerStarts = Date.UTC(year, 2, lastSunday(year, 3), 1);
  const summerEnds = Date.UTC(year, 9, lastSunday(year, 10), 1);
  return epochMs >= summerStarts && epochMs < summerEnds ? 60 : 0;
}

/** The wall-clock time in London at an instant. */
export function londonWallClock(epochMs: number): { year: number; month: number; day: number; hour: number; minute: number } {
  const wall = new Date(epochMs + londonOffsetMinutes(epochMs) * 60_000);
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate(), hour: wall.getUTCHours(), minute: wall.getUTCMinutes() };
}

/** Today's date in London ("YYYY-MM-DD"), whatever the reader's time zone. */
export function londonToday(now: Date = new Date()): string {
  const wall = londonWallClock(now.getTime());
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}`;
}

/** The time now in the UK, as "YYYY-MM-DDTHH:MM" (deadlines are the council's local time). */
export function ukNow(now: Date = new Date()): string {
  const wall = londonWallClock(now.getTime());
  return `${londonToday(now)}T${pad(wall.hour)}:${pad(wall.minute)}`;
}

/** The ISO string for a wall-clock time in London. */
export function londonIso(year: number, month: number, day: number, hour = 0, minute = 0): string {
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute);
  const offset = londonOffsetMinutes(wallAsUtc - londonOffsetMinutes(wallAsUtc) * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function validDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Reads "7:30 pm", "10.10 am", "6.00 p.m.", "19:30", "noon". */
export function parseTime(text: string): { hour: number; minute: number } | undefined {
  const lower = text.toLowerCase();
  if (/\bnoon\b|\bmidday\b/.test(lower)) return { hour: 12, minute: 0 };
  const match = /\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s*m\b\.?/.exec(lower) ?? /\b(\d{1,2})[:.](\d{2})\b(?!\s*[/.]\d)/.exec(lower);
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  const meridiem = match[3];
  if (minute > 59) return undefined;
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    if (meridiem === 'p' && hour !== 12) hour += 12;
    if (meridiem === 'a' && hour === 12) hour = 0;
  } else if (hour > 23) {
    return undefined;
  }
  return { hour, minute };
}

/**
 * Reads a UK date with an optional time: "Thursday 4 December 2025 7:30 pm",
 * "Wednesday, 2nd October, 2019 10.10 am", "15/01/2026 7.30 p.m.", "2026-01-15".
 */
export function parseUkDateTime(text: string): ParsedDateTime | undefined {
  const lower = text.toLowerCase().replace(/\u00a0/g, ' ');
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  let rest = lower;

  const named = /\b(\d{1,2})(?:st|nd|rd|th)?\s*,?\s+([a-z]+)\s*,?\s+(\d{4})\b/.exec(lower);
  const numeric = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(lower);
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(lower);
  if (named && MONTHS[named[2] ?? ''] !== undefined) {
    day = Number(named[1]);
    month = MONTHS[named[2] ?? ''];
    year = Number(named[3]);
    rest = lower.slice(named.index + named[0].length);
  } else if (numeric) {
    day = Number(numeric[1]);
    month = Number(numeric[2]);
    year = Number(numeric[3]);
    rest = lower.slice(numeric.index + numeric[0].length);
  } else if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
    rest = lower.slice(iso.index + iso[0].length);
  }
  if (year === undefined || month === undefined || day === undefined || !validDay(year, month, day)) return undefined;

  const date = `${year}-${pad(month)}-${pad(day)}`;
  const time = parseTime(rest);
  if (!time) return { date, iso: londonIso(year, month, day) };
  return {
    date,
    time: `${pad(time.hour)}:${pad(time.minute)}`,
    iso: londonIso(year, month, day, time.hour, time.minute),
  };
}
