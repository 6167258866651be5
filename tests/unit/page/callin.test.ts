import { describe, expect, it } from 'vitest';
import bankHolidays from '../../../assets/bank-holidays.json';
import { addWorkingDays, callInClock, isWorkingDay, workingDaysBetween } from '../../../lib/page/callin';
import { londonToday } from '../../../lib/page/dates';
import { englandAndWalesBankHolidays } from '../../../scripts/bank-holidays';

describe('working days', () => {
  it('skip weekends', () => {
    // Published Thursday 5 March 2026: Fri, Mon, Tue, Wed, Thu.
    expect(addWorkingDays('2026-03-05', 5)).toBe('2026-03-12');
    expect(isWorkingDay('2026-03-07')).toBe(false);
  });

  it('skip England and Wales bank holidays, Easter included', () => {
    // Published Wednesday 1 April 2026: Thu 2, (Good Friday 3, weekend, Easter Monday 6), Tue 7, Wed 8, Thu 9, Fri 10.
    expect(addWorkingDays('2026-04-01', 5)).toBe('2026-04-10');
  });

  it('cross the year end with Christmas, Boxing Day and New Year, and substitute days', () => {
    // Published Wednesday 23 December 2026: Thu 24, (Fri 25, weekend, Mon 28 substitute), Tue 29, Wed 30, Thu 31, (Fri 1 Jan), Mon 4 Jan.
    expect(addWorkingDays('2026-12-23', 5)).toBe('2027-01-04');
    expect(isWorkingDay('2026-12-28')).toBe(false);
  });

  it('counts the working days left', () => {
    expect(workingDaysBetween('2026-03-06', '2026-03-12')).toBe(4);
    expect(workingDaysBetween('2026-03-12', '2026-03-12')).toBe(0);
  });

  it('ships the same bank holidays as the date-holidays library (run `npm run bank-holidays` if not)', () => {
    expect(bankHolidays.days).toEqual(englandAndWalesBankHolidays());
  });
});

describe('the call-in clock', () => {
  it('uses the deadline the page states', () => {
    expect(callInClock({ isSubjectToCallIn: true, callInDeadline: '2025-11-14', publishedOn: '2025-11-07' }, '2025-11-10')).toEqual({
      kind: 'open',
      until: '2025-11-14',
      computed: false,
      workingDaysLeft: 4,
    });
    expect(callInClock({ isSubjectToCallIn: true, callInDeadline: '2025-11-14' }, '2025-11-20')).toEqual({
      kind: 'closed',
      ended: '2025-11-14',
      computed: false,
    });
  });

  it('otherwise computes it from the publication date and the council’s period, and says so', () => {
    expect(callInClock({ isSubjectToCallIn: true, publishedOn: '2026-12-23' }, '2026-12-24')).toEqual({
      kind: 'open',
      until: '2027-01-04',
      computed: true,
      workingDaysLeft: 4,
    });
    expect(callInClock({ isSubjectToCallIn: true, publishedOn: '2026-03-05' }, '2026-03-05', 3)).toEqual({
      kind: 'open',
      until: '2026-03-10',
      computed: true,
      workingDaysLeft: 3,
    });
  });

  it('is not subject, or unknown without a date', () => {
    expect(callInClock({ isSubjectToCallIn: false, publishedOn: '2026-03-05' }, '2026-03-05')).toEqual({ kind: 'notSubject' });
    expect(callInClock({ isSubjectToCallIn: true }, '2026-03-05')).toEqual({ kind: 'unknown' });
  });

  it('takes today in London', () => {
    expect(londonToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
  });
});
