/**
 * Dates and times as the sidebar writes them (components/format.ts), from its own word tables in
 * English and Welsh, always in UK time.
 */
import { describe, expect, it } from 'vitest';
import { formatDay, formatMeetingTime, formatMoment, writeClock } from '../../../components/format';

describe('writing dates and times', () => {
  it('writes a meeting’s time in UK time, winter and summer, whatever the offset it was given in', () => {
    expect(formatMeetingTime('2026-01-15T19:30:00+00:00')).toBe('Thursday 15 January 2026 at 7:30 pm');
    expect(formatMeetingTime('2026-07-09T11:00:00+01:00')).toBe('Thursday 9 July 2026 at 11:00 am');
    // The same instant in UTC reads as the council's own clock.
    expect(formatMeetingTime('2026-07-09T10:00:00Z')).toBe('Thursday 9 July 2026 at 11:00 am');
    expect(formatMeetingTime('2026-01-15T00:00:00+00:00')).toBe('Thursday 15 January 2026');
    expect(formatMeetingTime('not a date')).toBe('not a date');
  });

  it('writes half past noon as 12:30 pm and midnight as 12:00 am (Intl’s en-GB twelve-hour clock says "0:30 pm")', () => {
    expect(writeClock(12, 30, 'en-GB')).toBe('12:30 pm');
    expect(writeClock(0, 0, 'en-GB')).toBe('12:00 am');
    expect(formatMeetingTime('2026-06-15T12:30:00+01:00')).toBe('Monday 15 June 2026 at 12:30 pm');
  });

  it('writes Welsh days and months out in full, with y.b. and y.h.', () => {
    expect(formatMeetingTime('2026-01-15T19:30:00+00:00', 'cy')).toBe('Dydd Iau 15 Ionawr 2026 am 7:30 y.h.');
    expect(formatDay('2026-03-03', 'cy')).toBe('Dydd Mawrth 3 Mawrth 2026');
    expect(formatDay('2025-11-14', 'en-GB')).toBe('Fri 14 Nov 2025');
    expect(formatDay('2025-09-26', 'en-GB')).toBe('Fri 26 Sept 2025');
  });

  it('a day that does not exist, or is not a date, is left as it was given', () => {
    expect(formatDay('2026-02-31')).toBe('2026-02-31');
    expect(formatDay('2026-13-01')).toBe('2026-13-01');
    expect(formatDay('2026-00-10')).toBe('2026-00-10');
    expect(formatDay('soon')).toBe('soon');
    expect(formatMoment('never')).toBe('never');
  });

  it('writes an instant without its year, for news and checks', () => {
    expect(formatMoment('2026-06-01T16:05:00Z')).toBe('1 June at 5:05 pm');
    expect(formatMoment(Date.UTC(2026, 11, 4, 9, 0), 'cy')).toBe('4 Rhagfyr am 9:00 y.b.');
  });
});
