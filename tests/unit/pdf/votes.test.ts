/**
 * Recorded votes, declarations of interest, and recommendation against decision, on excerpts of
 * real minutes and reports (tests/fixtures/corpus-excerpts/, provenance in SOURCES.md) and on a
 * hand-made excerpt of named votes, which the corpus's minutes do not have.
 */
import { describe, expect, it } from 'vitest';
import { summariseDocument } from '../../../lib/pdf/summarise';
import { compareItem, wordDiff } from '../../../lib/pdf/summarise/compare';
import { declaredBy, findDeclarations } from '../../../lib/pdf/summarise/declarations';
import { combineMeeting } from '../../../lib/display/from-document';
import { inlineText, type Block } from '../../../lib/display/model';
import { ENGLISH } from '../../../lib/shared/i18n';
import { excerpt } from '../../support/fixtures';

const lines = (name: string) => excerpt(name).flatMap((page) => page.lines.map((text) => ({ text, page: page.page })));
const blockText = (blocks: readonly Block[]): string =>
  blocks
    .map((block) =>
      block.t === 'list' ? block.items.map(blockText).join('\n') : block.t === 'more' || block.t === 'quote' ? blockText(block.c) : inlineText(block.c),
    )
    .join('\n');

describe('recorded votes', () => {
  it('Bristol minutes: counts as written, per item, with the motion and the outcome', () => {
    const { votes } = summariseDocument(excerpt('bristol-minutes-2024-09-12.txt'));
    const abstained = votes.find((vote) => vote.motion === 'Recommendation 2A')!;
    expect(abstained).toMatchObject({ item: '7', page: 5, outcome: 'carried', for: { count: 6 }, against: { count: 0 }, abstain: { count: 3 } });
    // "(5 members voting in favour and 1 against. There were 3 abstentions)": the bracket runs on past its full stop.
    expect(votes.find((vote) => vote.motion === 'amendment' && vote.outcome === 'carried' && vote.page === 6)).toMatchObject({
      for: { count: 5 },
      against: { count: 1 },
      abstain: { count: 3 },
    });
    const lost = votes.filter((vote) => vote.outcome === 'lost');
    expect(lost.map((vote) => [vote.for.count, vote.against.count])).toEqual([
      [4, 5],
      [2, 7],
      [4, 5],
    ]);
    expect(votes.filter((vote) => vote.unanimous).every((vote) => vote.against.count === 0 && vote.outcome === 'carried')).toBe(true);
    expect(votes.find((vote) => vote.item === '10')).toMatchObject({ page: 14, outcome: 'carried', for: { count: 8 }, against: { count: 1 } });
    expect(votes.some((vote) => vote.mismatched)).toBe(false);
  });

  it('"CARRIED (unanimously)", in brackets, is unanimous too', () => {
    const { votes } = summariseDocument(excerpt('bristol-minutes-2026-03-19.txt'));
    expect(votes).toHaveLength(1);
    expect(votes[0]).toMatchObject({ item: '9', page: 10, motion: 'recommendations', outcome: 'carried', unanimous: true });
  });

  it('named votes: lists across lines, Welsh labels, and a count that does not match its names flagged, not fixed', () => {
    const { votes } = summariseDocument(excerpt('handmade-named-votes.txt'));
    expect(votes[0]).toMatchObject({
      item: '5',
      motion: 'amendment',
      outcome: 'lost',
      for: { count: 2, names: ['Jones', 'Morgan'] },
      against: { count: 4, names: ['Hughes', 'Evans', 'Price', 'Khan'] },
      abstain: { count: 1, names: ['Thomas'] },
    });
    expect(votes[1]).toMatchObject({ outcome: 'carried', for: { count: 5, names: ['Hughes', 'Evans', 'Price', 'Khan', 'Thomas'] } });
    expect(votes[2]).toMatchObject({ item: '6', for: { count: 6 }, against: { count: 1 } });
    expect(votes[3]).toMatchObject({
      item: '7',
      outcome: 'carried',
      for: { names: ['Hughes', 'Evans', 'Price'] },
      against: { names: ['Jones'] },
      abstain: { count: 0 },
    });
    expect(votes[4]).toMatchObject({ item: '8', for: { count: 4, names: ['Jones', 'Morgan', 'Thomas'] }, mismatched: ['for'] });
    expect(votes.slice(0, 4).some((vote) => vote.mismatched)).toBe(false);
  });

  it('a report or an agenda has no recorded votes, and "carried out" is never one', () => {
    expect(summariseDocument(excerpt('bristol-report-recommendations-2024-09-12.txt')).votes).toEqual([]);
    expect(summariseDocument(excerpt('tintern-agenda-2018-01-08.txt')).votes).toEqual([]);
    expect(summariseDocument(excerpt('tintern-minutes-2019-06-24.txt')).votes).toEqual([]);
  });
});

describe('declarations of interest', () => {
  it('Tintern minutes: who declared, on which minute', () => {
    expect(findDeclarations(lines('tintern-minutes-2019-06-24.txt'))).toEqual({
      page: 1,
      none: false,
      entries: [{ who: ['Hayward', 'Hillard'], item: '2718', text: 'Cllrs Hayward & Hillard re 2718 (LWVBPT).', page: 1 }],
    });
  });

  it('Merton minutes: the Chair and a co-opted member, each with the kind of interest', () => {
    const found = findDeclarations(lines('merton-pack-2009-10-22.txt'));
    expect(found?.entries.map((entry) => [entry.who, entry.kind])).toEqual([
      [['Chair'], 'personal'],
      [['Danny Connellan'], 'personal'],
    ]);
  });

  it("Bristol minutes record none; an agenda's standing invitation to declare is not a declaration", () => {
    expect(findDeclarations(lines('bristol-minutes-2024-09-12.txt'))).toEqual({ page: 1, none: true, entries: [] });
    const invitation = [
      { text: '1 Declarations of interest', page: 1 },
      { text: 'Members are advised to make declarations of personal or prejudicial interests they may have.', page: 1 },
      { text: '2 Minutes of the previous meeting', page: 1 },
    ];
    expect(findDeclarations(invitation)).toBeUndefined();
  });

  it('an attendee is matched by surname, or by every name the minutes give', () => {
    expect(declaredBy({ who: ['Hayward', 'Hillard'] }, 'Councillor Sarah Hayward')).toBe(true);
    expect(declaredBy({ who: ['Danny Connellan'] }, 'Danny Connellan')).toBe(true);
    expect(declaredBy({ who: ['Danny Connellan'] }, 'Mary Connellan')).toBe(false);
    expect(declaredBy({ who: ['Hayward'] }, 'Councillor Hay')).toBe(false);
  });
});

describe('recommendation against decision', () => {
  const report = summariseDocument(excerpt('bristol-report-recommendations-2024-09-12.txt'));
  const minutes = summariseDocument(excerpt('bristol-minutes-2024-09-12.txt'));

  it('Bristol WPL, September 2024: four recommendations, resolved as recommended though renumbered and in the past tense', () => {
    const comparison = compareItem(
      report.recommendations,
      minutes.decisions.filter((part) => part.item === '10'),
      minutes.votes.filter((vote) => vote.item === '10'),
    );
    expect(comparison?.outcome).toBe('asRecommended');
    expect(comparison?.parts.map((part) => part.status)).toEqual(['same', 'same', 'same', 'same']);
    expect(comparison?.parts[0]?.decided?.text).toMatch(/^3\. Approved, subject to suitable resource/);
  });

  it('an amended recommendation: agreed with changes, the added words marked', () => {
    // The officers' wording of 2C before Councillor Wilcox's amendment (reconstructed from the amendment the minutes quote).
    const recommended = [
      { text: 'c. Approve and implement price alignment for all Easton (ES) RPS permits with the prevailing rates for other RPS.', page: 4 },
    ];
    const decided = minutes.decisions.filter((part) => part.item === '7' && /price alignment/.test(part.text)).slice(-1);
    const comparison = compareItem(recommended, decided)!;
    expect(comparison.outcome).toBe('withChanges');
    const added = comparison.parts[0]!.diff!.filter((piece) => piece.op === 'added').map((piece) => piece.text);
    expect(added.join(' ')).toMatch(/over a two year period to remove the pricing anomaly/);
  });

  it('refused, deferred and noted', () => {
    const recommendation = { text: '3. Authorise the Executive Director to consider the responses.', page: 2 };
    const lost = summariseDocument(excerpt('bristol-minutes-2026-03-19.txt')).votes;
    expect(compareItem([recommendation], [], [{ ...lost[0]!, outcome: 'lost', motion: 'recommendation 3' }])?.outcome).toBe('refused');
    expect(compareItem([recommendation], [{ text: 'RESOLVED that the item be deferred to the next meeting.', page: 3 }])?.outcome).toBe('deferred');
    expect(
      compareItem([{ text: 'That the Committee notes this update report.', page: 1 }], [{ text: 'The Committee noted the update report.', page: 5 }])?.outcome,
    ).toBe('noted');
    expect(compareItem([recommendation], [])).toBeUndefined();
  });

  it('the word diff keeps unchanged words and marks only what changed', () => {
    expect(wordDiff('1. Approve the £56 charge.', '2. Approved the £60 charge.')).toEqual([
      { op: 'same', text: 'Approved the' },
      { op: 'added', text: '£60' },
      { op: 'removed', text: '£56' },
      { op: 'same', text: 'charge.' },
    ]);
  });

  it('the meeting view: the outcome and each part under its item, the votes beside it, declarations at the end', () => {
    const display = combineMeeting(
      [
        { title: 'Workplace Parking Levy report', url: 'https://democracy.bristol.gov.uk/documents/s100552/report.pdf', summary: report, itemNumber: '10' },
        { title: 'Printed minutes', url: 'https://democracy.bristol.gov.uk/documents/g11272/minutes.pdf', summary: minutes },
      ],
      [
        { number: '7', title: 'Opportunities to promote sustainable transport through a review of parking policies' },
        { number: '10', title: 'Workplace Parking Levy' },
      ],
      ENGLISH.t,
    );
    const said = blockText(display.blocks);
    expect(said).toMatch(/Item 10: Workplace Parking Levy\nOutcome: Agreed as recommended\nResolved as recommended: 3\. Approved, subject to/);
    expect(said).toMatch(/Recorded votes\nReport: Carried, 8 for, 1 against/);
    expect(said).toMatch(
      /Item 7: Opportunities to promote sustainable transport through a review of parking policies\nRecorded votes\n(?:.*\n)*?Recommendation 2A: Carried, 6 for, 0 against, 3 abstaining/,
    );
    expect(said).toMatch(/Declarations of interest\nNone were declared\./);
    expect(display.footnotes.some((note) => note.href === 'https://democracy.bristol.gov.uk/documents/g11272/minutes.pdf#page=14')).toBe(true);
  });
});

describe('a decision page: its report beside the decision it states', () => {
  it('sets the report’s recommendations beside the page’s decision, the changed words marked, the decision cited to the page', async () => {
    const { withDecisionComparison, toDisplaySummary } = await import('../../../lib/display/from-document');
    const report = summariseDocument(excerpt('bristol-report-recommendations-2024-09-12.txt'));
    const pdfUrl = 'https://democracy.bristol.gov.uk/documents/s100552/report.pdf';
    const pageUrl = 'https://democracy.bristol.gov.uk/ieDecisionDetails.aspx?ID=1613';
    // The decision as a decision page states it, with the cost changed from the report's.
    const decision = [
      'RESOLVED:',
      '1. Approved, subject to suitable resource being available, so as not to delay the implementation of the CRSTS programme or other key transport programmes, the progression to Stage One Development and Outline Business Case (OBC) at a cost of up to £1.5m.',
      '2. Stage One Development and OBC costs to be funded through CAZ funding to be repaid from subsequent income generated from the scheme.',
    ].join('\n\n');
    const display = withDecisionComparison(toDisplaySummary(report, pdfUrl, ENGLISH.t), report, pdfUrl, { text: decision, pageUrl }, ENGLISH.t);
    const said = blockText(display.blocks);
    expect(said).toMatch(/^Recommended against decided\nOutcome: Agreed with changes\n/);
    expect(said).toMatch(/Resolved as recommended: 2\. Stage One Development/);
    const changed = JSON.stringify(display.blocks);
    expect(changed).toContain('{"t":"ins","c":[{"t":"text","v":"£1.5m."}]}');
    expect(display.footnotes.find((note) => note.href === pageUrl)?.blocks).toEqual([{ t: 'p', c: [{ t: 'text', v: 'The decision page' }] }]);
    // Recommendations 3 and 4 have no decision on the page: said so, not hidden.
    expect(said.match(/Recommended, with no decision recorded on it/g)).toHaveLength(2);
    expect(new Set(display.footnotes.map((note) => note.label)).size).toBe(display.footnotes.length);
  });
});

describe('decisions found where the comparison needs them (real Bristol wording)', () => {
  it('a decision form’s "(d) Decision taken" then "Officer Recommendations:" records decisions, under its agenda item', () => {
    const form = summariseDocument([
      {
        page: 8,
        lines: [
          '(a) Subject: Workplace Parking Levy',
          '(agenda item 10)',
          '(b) Ward:',
          '(c) Declarations of interest:',
          'None',
          '(d) Decision taken',
          'Officer Recommendations:',
          'That the Committee for Transport and Connectivity',
          '1. Approved, subject to suitable resource being available, so as not to delay the',
          'implementation of the CRSTS programme or other key transport programmes.',
          '2. Stage One Development and OBC costs to be funded through CAZ funding to be',
          'repaid from subsequent income generated from the scheme.',
        ],
      },
    ]);
    expect(form.decisions.map(({ item, text }) => ({ item, start: text.slice(0, 12) }))).toEqual([
      { item: '10', start: '1. Approved,' },
      { item: '10', start: '2. Stage One' },
    ]);
  });

  it('minutes that "noted this update report" record it under their minute, with its title', () => {
    const minutes = summariseDocument([
      {
        page: 11,
        lines: [
          'Bristol City Council',
          'Minutes of the Transport and Connectivity',
          'Policy Committee',
          '19 March 2026 at 5.00 pm',
          'Members Present:-',
          'Councillors: Ed Plowden (Chair), Donald Alexander, Rob Bryher',
          '10 Workplace Parking Levy Update report',
          'The Committee received a report for information updating the committee on progress.',
          'Following the discussion;',
          'The Committee for Transport and Connectivity noted this update report.',
          '11 Policy Committee Work Programme Setting - Outcome Report',
        ],
      },
    ]);
    expect(minutes.documentType).toBe('minutes');
    expect(minutes.decisions).toContainEqual({
      text: 'The Committee for Transport and Connectivity noted this update report.',
      page: 11,
      item: '10',
      itemTitle: 'Workplace Parking Levy Update report',
    });
  });
});
