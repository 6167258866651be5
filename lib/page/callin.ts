import bankHolidays from '../../assets/bank-holidays.json';

/**
 * The call-in clock. After a decision is published, councillors have a set number of working
 * days to "call it in" for scrutiny; councils state the deadline, or it follows from the
 * publication date and their constitution's period (five working days by default).
 * Working days skip weekends and England and Wales bank holidays.
 */

export const DEFAULT_CALL_IN_WORKING_DAYS = 5;
const HOLIDAYS = new Set(bankHolidays.days);

function parse(isoDate: string): Date {
  return new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
}

function format(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function isWorkingDay(isoDate: string): boolean {
  const day = parse(isoDate).getUTCDay();
  return day !== 0 && day !== 6 && !HOLIDAYS.has(isoDate.slice(0, 10));
}

export function addWorkingDays(isoDate: string, days: number): string {
  const date = parse(isoDate);
  let added = 0;
  while (added < days) {
    date.setUTCDate(date.getUTCDate() + 1);
    if (isWorkingDay(format(date))) added += 1;
  }
  return format(date);
}

/** The working day `days` working days before the date (the date itself not counted). */
export function subtractWorkingDays(isoDate: string, days: number): string {
  const date = parse(isoDate);
  let taken = 0;
  while (taken < days) {
    date.setUTCDate(date.getUTCDate() - 1);
    if (isWorkingDay(format(date))) taken += 1;
  }
  return format(date);
}

/** Working days from today (exclusive) to the deadline (inclusive); 0 when the deadline is today. */
export function workingDaysBetween(fromIso: string, toIso: string): number {
  if (toIso <= fromIso) return 0;
  const date = parse(fromIso);
  let count = 0;
  while (format(date) < toIso.slice(0, 10)) {
    date.setUTCDate(date.getUTCDate() + 1);
    if (isWorkingDay(format(date))) count += 1;
  }
  return count;
}

export type CallInClock =
  | { kind: 'notSubject' }
  | { kind: 'unknown' }
  | { kind: 'open'; until: string; computed: boolean; workingDaysLeft: number }
  | { kind: 'closed'; ended: string; computed: boolean };

export interface CallInFacts {
  isSubjectToCallIn?: boolean;
  callInDeadline?: string;
  publishedOn?: string;
}

/**
 * The stated deadline wins; otherwise the publication date plus the council's period, marked
 * as computed. `today` is a London calendar date (YYYY-MM-DD).
 */
export function callInClock(decision: CallInFacts, today: string, workingDays = DEFAULT_CALL_IN_WORKING_DAYS): CallInClock {
  if (decision.isSubjectToCallIn === false) return { kind: 'notSubject' };
  const stated = decision.callInDeadline;
  const deadline = stated ?? (decision.isSubjectToCallIn && decision.publishedOn ? addWorkingDays(decision.publishedOn, workingDays) : undefined);
  if (!deadline) return decision.isSubjectToCallIn ? { kind: 'unknown' } : { kind: 'notSubject' };
  const computed = stated === undefined;
  return deadline >= today
    ? { kind: 'open', until: deadline, computed, workingDaysLeft: workingDaysBetween(today, deadline) }
    : { kind: 'closed', ended: deadline, computed };
}
