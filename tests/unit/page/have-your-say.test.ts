/**
 * Deadlines for the public, from the councils' own words: the real Kingston meeting page, and each
 * phrasing found on real committee pages and agenda notes (quoted in the issue, and Bristol's
 * published public forum rules), with working days that skip weekends and bank holidays.
 */
import { describe, expect, it } from 'vitest';
import { deadlinePassed, findSayRules, meetingSayDeadlines, sayDeadline } from '../../../lib/page/have-your-say';
import { ukNow } from '../../../lib/page/dates';
import { extractModernGovMeeting } from '../../../lib/page/kinds/meeting/moderngov';
import { sayWhen } from '../../../components/HaveYourSay';
import { ENGLISH, translator } from '../../../lib/shared/i18n';
import welsh from '../../../public/_locales/cy/messages.json';
import { fixtureDocument } from '../../support/fixtures';

const only = (text: string) => {
  const rules = findSayRules(text);
  expect(rules).toHaveLength(1);
  return rules[0]!;
};

describe('the rules, as councils word them', () => {
  it.each([
    // Bristol: a Thursday meeting (12 September 2024); three clear working days leave Mon–Wed whole, so Friday.
    ['Questions must be received no later than 5.00pm, at least 3 clear working days ahead of a meeting.', ['question'], '2024-09-06', 17, 0],
    ['Statements must be received by 12 noon on the working day before the meeting.', ['statement'], '2024-09-11', 12, 0],
    ['Requests to speak must be made by 4pm two working days before the meeting.', ['speak'], '2024-09-10', 16, 0],
    ['Written questions should be submitted by noon on the Friday before the meeting.', ['question'], '2024-09-06', 12, 0],
    ['Deputations must be notified to Democratic Services at least 5 clear days before the meeting, by 10.00 a.m.', ['speak'], '2024-09-06', 10, 0],
    ['Petitions and statements must be submitted by 9.30am on the second working day prior to the meeting.', ['statement', 'petition'], '2024-09-10', 9, 30],
  ])('%s', (text, kinds, date, hour, minute) => {
    const rule = only(text);
    expect(rule.kinds).toEqual(kinds);
    expect(sayDeadline(rule, '2024-09-12')).toEqual({ date, hour, minute });
  });

  it('skips bank holidays: the working day before a meeting on the Tuesday after the late May bank holiday is the Friday', () => {
    const rule = only('Questions must be received by 5pm on the working day before the meeting.');
    expect(sayDeadline(rule, '2026-05-26')).toEqual({ date: '2026-05-22', hour: 17, minute: 0 });
  });

  it('is not fooled by signatures, times of meetings, or rules with no deadline', () => {
    expect(findSayRules('The petition must contain at least 20 signatures.')).toEqual([]);
    expect(findSayRules('Advance notice of questions is not required, but is encouraged.')).toEqual([]);
    expect(findSayRules('The meeting starts at 7.30pm and is open to the public.')).toEqual([]);
  });
});

describe('on the real Kingston meeting page', () => {
  const result = extractModernGovMeeting(
    new URL('https://moderngov.kingston.gov.uk/ieListDocuments.aspx?CId=711&MId=10221'),
    fixtureDocument('moderngov-kingston-meeting-CId711-MId10221.html'),
  );
  if (!result.ok) throw new Error('expected the meeting');

  it('"by 10am on the last working day prior to the meeting (Wednesday 14 January 2026)": the page’s own date, computed', () => {
    const deadlines = meetingSayDeadlines(result.data, '2026-01-10T09:00');
    expect(deadlines).toHaveLength(1);
    expect(deadlines[0]).toMatchObject({ kinds: ['petition'], deadline: { date: '2026-01-14', hour: 10, minute: 0 }, passed: false, anchor: 'AI51891' });
    expect(deadlines[0]!.text).toMatch(/10am on the last working day prior to the meeting/);
    expect(meetingSayDeadlines(result.data, '2026-01-14T10:00')[0]?.passed).toBe(true);
  });

  it('says it as a person would, in English and Welsh', () => {
    expect(sayWhen({ date: '2026-03-24', hour: 17, minute: 0 }, ENGLISH.t, 'en-GB')).toBe('Tue 24 March, 5 pm');
    expect(sayWhen({ date: '2026-01-14', hour: 10, minute: 0 }, ENGLISH.t, 'en-GB')).toBe('Wed 14 January, 10 am');
    expect(sayWhen({ date: '2026-01-14', hour: 12, minute: 0 }, ENGLISH.t, 'en-GB')).toBe('Wed 14 January, 12 noon');
    const cy = translator((key) => (welsh as Record<string, { message: string }>)[key]?.message ?? '', 'cy');
    expect(sayWhen({ date: '2026-03-24', hour: 9, minute: 30 }, cy.t, 'cy')).toBe('dydd Mawrth 24 Mawrth, 9:30 y.b.');
  });
});

describe('the clock', () => {
  it('compares in UK time', () => {
    expect(ukNow(new Date('2026-07-01T16:30:00Z'))).toBe('2026-07-01T17:30');
    expect(deadlinePassed({ date: '2026-07-01', hour: 17, minute: 0 }, '2026-07-01T16:59')).toBe(false);
    expect(deadlinePassed({ date: '2026-07-01', hour: 17, minute: 0 }, '2026-07-01T17:00')).toBe(true);
  });
});

describe('rules stated in a meeting’s documents', () => {
  it('an agenda frontsheet’s notes give the rule with its page, and this meeting’s deadline is computed from it', async () => {
    const { summariseDocument } = await import('../../../lib/pdf/summarise');
    const frontsheet = summariseDocument([
      { page: 1, lines: ['Transport and Connectivity Policy Committee', 'Thursday, 12 September 2024 5.00 pm', 'Agenda', '1. Welcome'] },
      {
        page: 2,
        lines: [
          'Public Forum',
          'Members of the public may ask a question or make a statement.',
          'Questions must be received no later than 5.00pm, at least 3 clear working days ahead',
          'of a meeting. Statements must be received by 12 noon on the working day before the meeting.',
        ],
      },
    ]);
    expect(frontsheet.sayRules?.map(({ kinds, page }) => ({ kinds, page }))).toEqual([
      { kinds: ['question'], page: 2 },
      { kinds: ['statement'], page: 2 },
    ]);
    const url = 'https://bristol.moderngov.co.uk/documents/g11272/Agenda frontsheet.pdf';
    const deadlines = meetingSayDeadlines(
      { agendaItems: [], startsAt: '2024-09-12T17:00:00+01:00' },
      '2024-09-09T09:00',
      (frontsheet.sayRules ?? []).map((rule) => ({ ...rule, url })),
    );
    expect(deadlines.map(({ kinds, deadline, passed, source }) => ({ kinds, deadline, passed, source }))).toEqual([
      { kinds: ['question'], deadline: { date: '2024-09-06', hour: 17, minute: 0 }, passed: true, source: { url, page: 2 } },
      { kinds: ['statement'], deadline: { date: '2024-09-11', hour: 12, minute: 0 }, passed: false, source: { url, page: 2 } },
    ]);
  });

  it('Bristol’s forward plan: reports published "5 clear working days before" are not the public’s deadline', () => {
    expect(
      findSayRules(
        'Reports submitted will be available on the council’s website 5 clear working days before the date the decision can be made. The Leader of Council must be notified and the report published as part of the agenda 5 clear working days ahead of the Policy Committee meeting.',
      ),
    ).toEqual([]);
  });
});
