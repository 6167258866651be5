import { describe, expect, it } from 'vitest';
import { londonIso, parseTime, parseUkDateTime, ukNow } from '../../../lib/page/dates';

describe('parseUkDateTime', () => {
  it.each([
    ['Thursday 4 December 2025 7:30 pm', '2025-12-04T19:30:00+00:00'],
    ['Wednesday, 2nd October, 2019 10.10 am', '2019-10-02T10:10:00+01:00'],
    ['Tuesday 30th September, 2025 6.00 pm', '2025-09-30T18:00:00+01:00'],
    ['Thursday 15 January 2026 7:30 pm', '2026-01-15T19:30:00+00:00'],
    ['Monday 1st June, 2026 12.00 pm', '2026-06-01T12:00:00+01:00'],
    ['Friday 3 April 2026 12:15 am', '2026-04-03T00:15:00+01:00'],
    ['10/02/2026 10.00 am', '2026-02-10T10:00:00+00:00'],
    ['Audit Committee, 10/02/2026 2.00 p.m.', '2026-02-10T14:00:00+00:00'],
    ['Dydd Iau, 15 Ionawr 2026 7.30 pm', '2026-01-15T19:30:00+00:00'],
  ])('reads %s', (text, iso) => {
    expect(parseUkDateTime(text)?.iso).toBe(iso);
  });

  it('gives midnight for a date without a time, and keeps no time', () => {
    expect(parseUkDateTime('Thursday 15 January 2026')).toEqual({ date: '2026-01-15', iso: '2026-01-15T00:00:00+00:00' });
  });

  it('rejects impossible dates and non-dates', () => {
    expect(parseUkDateTime('Friday 31st February, 2025 6.00 pm')).toBeUndefined();
    expect(parseUkDateTime('Kingston and North Kingston Neighbourhood Committee')).toBeUndefined();
  });
});

describe('London offsets', () => {
  it('switches to BST on the last Sunday of March and back on the last Sunday of October', () => {
    expect(londonIso(2026, 3, 28, 12)).toBe('2026-03-28T12:00:00+00:00');
    expect(londonIso(2026, 3, 29, 12)).toBe('2026-03-29T12:00:00+01:00');
    expect(londonIso(2026, 10, 24, 12)).toBe('2026-10-24T12:00:00+01:00');
    expect(londonIso(2026, 10, 25, 12)).toBe('2026-10-25T12:00:00+00:00');
  });
});

describe('parseTime', () => {
  it('reads noon and 24-hour times and refuses nonsense', () => {
    expect(parseTime('at noon')).toEqual({ hour: 12, minute: 0 });
    expect(parseTime('18:45')).toEqual({ hour: 18, minute: 45 });
    expect(parseTime('13.00 pm')).toBeUndefined();
  });
});

describe('London’s wall clock, worked out by the UK’s summer-time rule', () => {
  it('agrees with the time-zone database at every change, and twice a day, from 1996 to 2040', () => {
    const database = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/London',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const fromDatabase = (instant: number) => {
      const parts = Object.fromEntries(database.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
      return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
    };
    let compared = 0;
    for (let day = Date.UTC(1996, 0, 1); day < Date.UTC(2041, 0, 1); day += 86_400_000) {
      // 00:59 and 01:00 UTC straddle every change; noon is an ordinary hour.
      for (const minutes of [59, 60, 12 * 60]) {
        const instant = day + minutes * 60_000;
        expect(ukNow(new Date(instant)), new Date(instant).toISOString()).toBe(fromDatabase(instant));
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(49_000);
  });
});
