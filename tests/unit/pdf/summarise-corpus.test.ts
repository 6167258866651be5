/**
 * The summariser on small excerpts of real council documents (tests/fixtures/corpus-excerpts/,
 * provenance in tests/fixtures/SOURCES.md): pdf.js's lines for a few pages, so each test reads
 * exactly what the extension reads. The whole documents are scored by `npm run eval`.
 */
import { describe, expect, it } from 'vitest';
import { isWholeSentence, summariseDocument } from '../../../lib/pdf/summarise';
import { toDisplaySummary } from '../../../lib/display/from-document';
import { ENGLISH } from '../../../lib/shared/i18n';
import { excerpt } from '../../support/fixtures';
import type { PageLines } from '../../../lib/pdf/lines';

describe('what is decided, every part verbatim and separate', () => {
  it('a Bristol Decision Recording Form: its "(d) Decision taken" parts, lettered sub-parts apart, with the agenda item', () => {
    const result = summariseDocument(excerpt('bristol-decision-form-2024-09-12.txt'));
    expect(result.documentType).toBe('decisionRecord');
    const texts = result.decisions.map((part) => part.text);
    expect(texts[0]).toMatch(/^1\. Initiated a Task and Finish Group, to be chaired by Cllr Rob Bryher, .* Parking and Kerbside Strategy\.$/);
    // "2. Residents Parking" is a heading over its lettered parts, not a part.
    expect(texts).not.toContain('2. Residents Parking');
    expect(texts).toContain('a. Approve and implement increase of £56 to £124 for first vehicle permit tariffs.');
    expect(texts.find((text) => text.startsWith('c. Approve and implement price alignment'))).toMatch(/delegated to officers in consultation with the Chair$/);
    expect(result.decisions.every((part) => part.item === '7' || part.item === '8')).toBe(true);
    // Form labels are never parts, and never key points.
    expect(texts.some((text) => /Exempt Information|Reason for decision/.test(text))).toBe(false);
    expect(result.summary.some((sentence) => /\([a-h]\)\s+(?:Subject|Ward)/.test(sentence.text))).toBe(false);
  });

  it('a Bristol report: "Officer Recommendations:" runs on past "Contractual:" and stops at the next section', () => {
    const result = summariseDocument(excerpt('bristol-report-recommendations-2024-09-12.txt'));
    expect(result.documentType).toBe('report');
    expect(result.recommendations.map((part) => part.text.slice(0, 14))).toEqual(['1. Approve, su', '2. Stage One D', '3. Authorises ', '4. Authorises ']);
    expect(result.recommendations.map((part) => part.page)).toEqual([3, 3, 4, 4]);
    // The key-decision threshold in the cover sheet ("Key decision over £500k spend/save") is not a fact of this matter.
    expect(result.keyFacts.map((fact) => fact.text)).not.toContain('£500k');
  });

  it('a Gloucester report: "is asked to RECOMMEND that:" and "RESOLVE that:" lists, a date on its own line inside a part', () => {
    const result = summariseDocument(excerpt('gloucester-report-recommendations.txt'));
    expect(result.recommendations.map((part) => part.text.slice(0, 4))).toEqual(['(1) ', '(2) ', '(3) ', '(2) ', '(3) ']);
    expect(result.recommendations[1]!.text).toMatch(/to be implemented from 01 April 2026;$/);
  });

  it('Bristol minutes: "It was AGREED that …" and "minutes … agreed as accurate" are decisions', () => {
    const result = summariseDocument(excerpt('bristol-minutes-2025-10-23.txt'));
    expect(result.documentType).toBe('minutes');
    const texts = result.decisions.map((part) => part.text);
    expect(texts).toContain('The minutes of the previous meeting were agreed as accurate.');
    expect(texts.some((text) => text.startsWith('It was AGREED that the Policy Committee debated and noted the petition.'))).toBe(true);
  });

  it('Bristol minutes: "the recommendations were CARRIED" then "That the Committee …:" opens the list decided', () => {
    const result = summariseDocument(excerpt('bristol-minutes-2026-03-19.txt'));
    const texts = result.decisions.map((part) => part.text);
    expect(texts.some((text) => text.startsWith('1. Noted the proposed indicative funding allocations of £2,467,388'))).toBe(true);
    expect(texts.filter((text) => /^[234]\. Authorised the Executive Director Growth and Regeneration/.test(text))).toHaveLength(3);
    // The vote recorded just before the decision goes with each of its parts.
    expect(result.decisions.find((part) => part.text.startsWith('1. Noted the proposed indicative'))?.vote).toBe('CARRIED (unanimously)');
  });

  it('community-council minutes: "Approved & signed", "– all approved", planning recommendations, "proposed … seconded … in agreement"', () => {
    const result = summariseDocument(excerpt('tintern-minutes-2019-06-24.txt'));
    expect(result.documentType).toBe('minutes');
    const byItem = (item: string) => result.decisions.filter((part) => part.item === item).map((part) => part.text);
    expect(byItem('2713')).toContain('2713. Approval of minutes of previous meeting: Approved & signed as correct.');
    expect(byItem('2715')[0]).toMatch(/^2715\. Accounts for payment:- Merlin Waste .* – all approved\.$/);
    expect(byItem('2716').some((text) => /^DM\/2019\/00603 .* approval recommended subject to comments/.test(text))).toBe(true);
    expect(
      byItem('2718').some((text) => text.includes('she proposed & Cllr Evans seconded that TCC pay the fee. All Councillors present were in agreement.')),
    ).toBe(true);
  });

  it('a 2009 Merton pack: contents pages, and RESOLVED with (A) and (B) parts in the minutes it carries', () => {
    const result = summariseDocument(excerpt('merton-pack-2009-10-22.txt'));
    expect(result.items.slice(0, 4)).toEqual([
      { number: '1', title: 'Declarations of interest', pageStart: 1 },
      { number: '2', title: 'Apologies for absence' },
      expect.objectContaining({ number: '3', pageStart: 3 }),
      { number: '4', title: 'Annual complaints report', pageStart: 9 },
    ]);
    const texts = result.decisions.map((part) => part.text);
    expect(texts).toContain('That the minutes of the meeting held on 23 June are agreed as a correct record.');
    expect(texts.some((text) => text.startsWith('(A) That the Audit Committee notes'))).toBe(true);
    expect(texts.some((text) => text.startsWith('(B) That the Audit Committee notes'))).toBe(true);
  });

  it('a community council agenda numbered by running minute numbers', () => {
    const result = summariseDocument(excerpt('tintern-agenda-2018-01-08.txt'));
    expect(result.documentType).toBe('agenda');
    expect(result.items.map((item) => item.number)).toEqual(Array.from({ length: 16 }, (_, index) => String(2399 + index)));
    expect(result.items[6]).toEqual({ number: '2405', title: 'Accounts for payment' });
  });

  it('Welsh minutes: PENDERFYNWYD and Cytunwyd, labelled as Welsh (a hand-made excerpt: the corpus has none)', () => {
    const result = summariseDocument(excerpt('handmade-welsh-community-council-minutes.txt'));
    expect(result.documentType).toBe('minutes');
    expect(result.language).toBe('cy');
    const texts = result.decisions.map((part) => part.text);
    expect(texts).toContain('(a) talu anfoneb Neuadd y Pentref o £120 am logi’r ystafell;');
    expect(texts).toContain('(b) gofyn i’r Clerc ysgrifennu at y Cyngor Sir ynghylch y terfyn cyflymder ar y ffordd fawr.');
    expect(texts.some((text) => text.startsWith('Cytunwyd i beidio â gwrthwynebu’r cais'))).toBe(true);
    expect(texts.some((text) => /Cymeradwywyd a llofnodwyd fel rhai cywir/.test(text))).toBe(true);
    expect(JSON.stringify(toDisplaySummary(result, 'https://example.llyw.cymru/a.pdf', ENGLISH.t).blocks[0])).toContain('in Welsh');
  });
});

describe('facts with their meaning, and readable key points', () => {
  it('every fact says what it is, from its own sentence, and the ones in what was decided come first', () => {
    const result = summariseDocument(excerpt('bristol-decision-form-2024-09-12.txt'));
    expect(result.keyFacts.every((fact) => fact.label && fact.sentence?.includes(fact.text))).toBe(true);
    expect(result.keyFacts[0]).toMatchObject({ kind: 'money', text: '£56', label: expect.stringContaining('first vehicle permit tariffs') });
  });

  it('key points are whole sentences without list markers, never repeat a quoted part, and never repeat themselves', () => {
    for (const name of ['bristol-decision-form-2024-09-12.txt', 'bristol-minutes-2026-03-19.txt', 'bristol-report-recommendations-2024-09-12.txt']) {
      const result = summariseDocument(excerpt(name));
      const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');
      const points = result.summary.map((sentence) => sentence.text);
      expect(
        points.every((text) => !/^\s*(?:\d{1,2}\.|\([a-z]\)|•)\s/.test(text)),
        name,
      ).toBe(true);
      expect(new Set(points.map(squash)).size, name).toBe(points.length);
      // Never cut mid-way: each starts as a sentence does and ends as one does.
      expect(
        points.filter((text) => !/^["“‘'(]?[A-Z0-9£]/.test(text) || !/[.?!]["”’')\]]*$/.test(text)),
        name,
      ).toEqual([]);
      const quoted = [...result.recommendations, ...result.decisions].map((part) => squash(part.text));
      expect(
        points.some((text) => quoted.some((part) => part.includes(squash(text).slice(0, 80)))),
        name,
      ).toBe(false);
    }
  });
});

describe('whole sentences only', () => {
  it('text that a table or a second column broke apart is never a key point', () => {
    // From a Milton Keynes reports pack as pdf.js reads it: a table's cells run into the sentence around them.
    expect(
      isWholeSentence(
        'from the Spring 2021 census in MK, it was concluded significant number of families are at poverty. figures that a risk of special',
        'from the Spring 2021 census in MK,',
      ),
    ).toBe(false);
    expect(isWholeSentence('The Children with Disabilities Team had sixteen members within the service.', 'The Children with Disabilities Team had')).toBe(
      true,
    );
    expect(isWholeSentence('“It is positive that the inspection found the service Good.”', '“It is positive')).toBe(true);
    // A list item needs no full stop; a line cut off in prose does.
    expect(isWholeSentence('Review the parking charges in the town centre car parks', '• Review the parking charges in the town centre car parks')).toBe(true);
    expect(isWholeSentence('The Committee considered the report and asked officers to', 'The Committee considered the report and asked officers to')).toBe(
      false,
    );
  });
});

describe('who decides, and by when', () => {
  it('a record of decision states its decision maker, date and deadline; a report who it goes to and whether it is key', () => {
    const form = summariseDocument(excerpt('bristol-decision-form-2024-09-12.txt'));
    expect(form.about).toEqual({
      decisionMaker: { text: 'Transport and Connectivity Policy Committee', page: 1 },
      date: { text: '12 September 2024', page: 1 },
      callInDeadline: { text: '19 September 2024', page: 1 },
    });
    const display = JSON.stringify(toDisplaySummary(form, 'https://democracy.bristol.gov.uk/documents/g1/d.pdf', ENGLISH.t).blocks.slice(0, 2));
    expect(display).toContain('Decided by: ');
    expect(display).toContain('Call-in deadline: ');
    const report = summariseDocument(excerpt('gloucester-report-recommendations.txt'));
    expect(report.about).toMatchObject({ decisionMaker: { text: 'Cabinet' }, keyDecision: { value: true } });
  });
});

describe('the public’s words are never the council’s', () => {
  it('Bristol’s public forum: statements and questions counted, with their titles for and against, and no key point taken from them', () => {
    const result = summariseDocument(excerpt('bristol-minutes-public-forum-2026-03-19.txt'));
    expect(result.publicForum).toMatchObject({ page: 2, statements: { count: 36 }, questions: { count: 80 } });
    expect(result.publicForum!.statements!.support).toBeGreaterThan(0);
    expect(result.publicForum!.statements!.oppose).toBeGreaterThan(0);
    // Residents' statement titles and questions ("Objections to RPS changes", "Council coercion or democracy?") are not key points.
    expect(result.summary.some((sentence) => /Objections to RPS changes|coercion|Jon Nicholls|Megs Smith/.test(sentence.text))).toBe(false);
    const display = JSON.stringify(toDisplaySummary(result, 'https://democracy.bristol.gov.uk/documents/g1/m.pdf', ENGLISH.t).blocks);
    expect(display).toContain('From the public');
    expect(display).toContain('36 statements');
  });

  it('Bristol’s public forum, entry by entry: who, their title, the item it names and its stance, with the subject most share', () => {
    const forum = summariseDocument(excerpt('bristol-minutes-public-forum-2026-03-19.txt')).publicForum!;
    const statements = forum.entries.filter((entry) => entry.kind === 'statement');
    expect(statements).toHaveLength(36);
    expect(statements[0]).toMatchObject({ refs: '01', who: 'Jon Nicholls', about: 'Objections to RPS changes', stance: 'oppose', page: 2 });
    expect(statements[1]).toMatchObject({ who: 'Joseph Thomas', about: 'Support safety for children and a better city.', stance: 'support' });
    // A title that wraps onto the next line is one title; "(Item 8)" ties it to its agenda item.
    expect(statements[2]!.about).toBe('Against South Bristol liveable neighbourhood on grounds of safety to cyclists and pedestrians');
    expect(statements.find((entry) => entry.refs === '11')).toMatchObject({ item: '8', stance: 'support' });
    expect(statements.find((entry) => entry.refs === '16')).toMatchObject({
      who: 'Melissa Topping',
      about: 'EBLN Statement on the Systematic Exclusion and Rights of Access for Disabled Residents',
    });
    // Several questions from one person are one entry with every reference, and each question's own title.
    const questions = forum.entries.filter((entry) => entry.kind === 'question');
    expect(questions[0]).toMatchObject({ refs: '01, 02 & 03', who: 'Mr Shaban Ali' });
    expect(questions[0]!.about).toContain('03 – EBLN Monitoring Report Q3');
    // The subject a quarter or more share, named in full beside its acronym.
    expect(forum.topics.map((topic) => topic.name)).toContain('20mph');
    expect(forum.topics.find((topic) => topic.name === '20mph')).toMatchObject({ kind: 'statement', oppose: 0 });
    expect(forum.topics.find((topic) => topic.name === '20mph')!.support).toBeGreaterThanOrEqual(6);
  });

  it('statements and a question printed in full: attributed, their gist in their own words, the response kept, none of it a key point', () => {
    const result = summariseDocument(excerpt('handmade-statements-in-full.txt'));
    const forum = result.publicForum!;
    expect(forum.entries.map((entry) => [entry.kind, entry.who])).toEqual([
      ['statement', 'Jane Doe'],
      ['statement', 'Cllr John Smith'],
      ['statement', 'Aled Jones'],
      ['question', 'Mary Brown'],
    ]);
    expect(forum.entries[0]).toMatchObject({ refs: '1', about: 'Bus lanes on the A4', item: '6' });
    expect(forum.entries[1]).toMatchObject({ about: 'Support for the A4 bus lanes', stance: 'support' });
    // No title: the statement's opening words are its gist.
    expect(forum.entries[2]!.about).toMatch(/^The consultation ignored the views of residents in Keynsham/);
    expect(forum.entries[3]!.response).toEqual({
      text: 'The scheme is estimated to cost £12.4m, funded by the City Region Sustainable Transport Settlement. No local taxpayer contribution is expected.',
      page: 2,
    });
    expect(forum.statements!.count).toBe(3);
    // The resident's words never become the council's key points; the council's decision is still there.
    expect(result.summary.some((sentence) => /NOT needed|I support the bus lanes|consultation ignored|£12\.4m/.test(sentence.text))).toBe(false);
    expect(result.decisions.map((part) => part.text)).toContain('that the Committee approve the A4 bus lanes scheme for construction from September 2025.');
    const display = JSON.stringify(toDisplaySummary(result, 'https://example.moderngov.co.uk/documents/g1/m.pdf', ENGLISH.t).blocks);
    expect(display).toContain('Statement 1, Jane Doe');
    expect(display).toContain('Response: ');
  });

  it('where pdf.js sets the columns apart, a name and a title that both wrap are each read whole', () => {
    // Bristol's 19 March 2026 minutes, page 3, as pdf.js lays them out (x in pt, cells split by wide gaps).
    const line = (text: string, x: number, cells?: { x: number; text: string }[]) => ({ text, x, cells });
    const rows = [
      line('Public Statements', 43),
      line('Ref No Name Title', 43),
      line('24 Councillor Patrick Support for 20mph Roads in Hotwells & Harbourside', 48, [
        { x: 48, text: '24 Councillor Patrick' },
        { x: 251, text: 'Support for 20mph Roads in Hotwells & Harbourside' },
      ]),
      line('McAllister', 106),
      line('25 Professor Albert Sanchez- Strong support for reduction to 20mph around', 48, [
        { x: 48, text: '25 Professor Albert Sanchez-' },
        { x: 251, text: 'Strong support for reduction to 20mph around' },
      ]),
      line('Graells Hotwells Primary School', 106, [
        { x: 106, text: 'Graells' },
        { x: 251, text: 'Hotwells Primary School' },
      ]),
      line('26 Mark James Speed Restriction surrounding Hotwells school', 48),
      line('7 Chair’s Business', 43),
    ];
    const pages: PageLines[] = [
      {
        page: 3,
        lines: ['6 Public Forum', ...rows.map((row) => row.text)],
        layout: [{ size: 12, gap: 0, x: 43 }, ...rows.map((row) => ({ size: 12, gap: 15, x: row.x, ...(row.cells ? { cells: row.cells } : {}) }))],
      },
    ];
    const entries = summariseDocument(pages).publicForum!.entries;
    expect(entries.map((entry) => [entry.refs, entry.who, entry.about])).toEqual([
      ['24', 'Councillor Patrick McAllister', 'Support for 20mph Roads in Hotwells & Harbourside'],
      ['25', 'Professor Albert Sanchez-Graells', 'Strong support for reduction to 20mph around Hotwells Primary School'],
      ['26', 'Mark James', 'Speed Restriction surrounding Hotwells school'],
    ]);
  });

  it('a petition debated as its own item is the public’s too: who, its title and signatures, and not a key point', () => {
    const pages: PageLines[] = [
      {
        page: 5,
        lines: [
          '8 Petition Debate',
          'The Committee considered a petition submitted by Councillor Mark Weston titled ‘Stop the Roadworks –',
          'End the Madness’ signed by 3,017 petitioners of which 2,800 were Bristol residents.',
          'It was AGREED that the Policy Committee note the petition and provide a formal response from the Policy Committee Chair.',
        ],
      },
    ];
    const result = summariseDocument(pages);
    expect(result.publicForum!.entries).toEqual([
      expect.objectContaining({
        kind: 'petition',
        who: 'Councillor Mark Weston',
        about: 'Stop the Roadworks – End the Madness',
        signatures: 3017,
        stance: 'oppose',
        page: 5,
      }),
    ]);
    expect(result.summary.some((sentence) => /3,017 petitioners/.test(sentence.text))).toBe(false);
  });
});

describe('headings by their layout, whatever their words', () => {
  it('a heading the vocabulary does not know, set larger or apart, still ends a recommendation', () => {
    // Hand-made, in the shape pdf.js gives: body at 11 pt, 14 pt apart; a 14 pt heading after a space.
    const body = (text: string) => ({ text, size: 11, gap: 14 });
    const lines = [
      body('Report to Cabinet on the future of the Riverside depot and its staff and services.'),
      { text: 'Recommendations', size: 14, gap: 30 },
      body('That Cabinet:'),
      body('1. Approves the closure of the Riverside depot from 1 April 2027.'),
      body('2. Delegates the sale of the site to the Director of Place.'),
      { text: 'Matters for Members to Weigh', size: 14, gap: 30 },
      body('3. Staff at the depot number 42 and would move to the Northgate site in phases over the year.'),
      body('The depot has served the borough since 1968 and is in poor repair according to the survey.'),
    ];
    const pages = [{ page: 1, lines: lines.map((line) => line.text), layout: lines.map(({ size, gap }) => ({ size, gap, x: 56 })) }];
    const result = summariseDocument(pages);
    expect(result.recommendations.map((part) => part.text)).toEqual([
      '1. Approves the closure of the Riverside depot from 1 April 2027.',
      '2. Delegates the sale of the site to the Director of Place.',
    ]);
    expect(result.sections.map((section) => section.title)).toContain('Matters for Members to Weigh');
  });

  it('a heading in another face (bold) at the body’s size and spacing is a heading; a bold paragraph and a label inside it are not', () => {
    // Bristol's minutes set headings and what was resolved in bold at the body's 12 pt: pdf.js names the faces ("g_d0_f4"), not their weight.
    const line = (text: string, face: string, gap = 14.6) => ({ text, size: 12, gap, x: 43, face });
    const lines = [
      line('The Committee considered a report on the proposal to trial a red surface at two junctions in the centre.', 'f1'),
      line('The Head of Highways introduced the report and answered questions from members of the Committee.', 'f1'),
      line('Matters Raised by Members', 'f4', 29.3),
      line('Members asked whether the surface would be slippery in the rain and were told it would not be so.', 'f1', 29.3),
      line('It was RESOLVED that the Committee:', 'f4', 29.3),
      line('1. Approved the trial at Old Market and Bristol Bridge for a period of twelve months.', 'f4'),
      line('Contractual:', 'f4', 29.3),
      line('2. Authorised the Director to award the contract for the trial within the approved budget.', 'f4', 29.3),
    ];
    const pages = [{ page: 1, lines: lines.map((entry) => entry.text), layout: lines.map(({ text: _text, ...layout }) => layout) }];
    const result = summariseDocument(pages);
    const titles = result.sections.map((section) => section.title);
    expect(titles).toContain('Matters Raised by Members');
    expect(titles).not.toContain('Contractual:');
    expect(titles).not.toContain('Contractual');
  });

  it('Welsh section headings name their sections: Argymhellion, Ymddiheuriadau, Datganiadau o Ddiddordeb, Yn bresennol', () => {
    const pages = [
      {
        page: 1,
        lines: [
          'Cofnodion cyfarfod Cyngor Cymuned Llanfair',
          'Yn bresennol: Y Cynghorwyr A. Jones (Cadeirydd), B. Davies, C. Evans',
          'Ymddiheuriadau',
          'Derbyniwyd ymddiheuriadau gan y Cynghorydd D. Morgan, a oedd yn sâl.',
          'Datganiadau o Ddiddordeb',
          'Datganodd y Cynghorydd Evans ddiddordeb yn eitem 6 am ei bod yn byw gerllaw.',
          'Argymhellion',
          'Bod y Cyngor yn cymeradwyo’r gyllideb ar gyfer 2026/27 fel y’i cyflwynwyd.',
        ],
      },
    ];
    const result = summariseDocument(pages);
    expect(result.language).toBe('cy');
    expect(result.sections.map((section) => section.kind)).toEqual(['attendance', 'apologies', 'interests', 'recommendations']);
  });
});
