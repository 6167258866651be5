// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPdfText } from '../../../lib/pdf/extract';
import { type JobProgress, throttleProgress } from '../../../lib/pdf/job';
import { loadPdfJsForNode } from '../../../lib/pdf/pdfjs-node';
import { linesFromItems, removeRunningLines } from '../../../lib/pdf/lines';
import { splitSentences } from '../../../lib/pdf/summarise/sentences';
import { stem } from '../../../lib/pdf/summarise/rank';
import { isTemplateBoilerplate } from '../../../lib/pdf/summarise/boilerplate';
import { stemmer } from 'stemmer';
import { summariseDocument } from '../../../lib/pdf/summarise';
import { toDisplaySummary } from '../../../lib/display/from-document';
import { DisplaySummarySchema } from '../../../lib/display/model';
import { FIXTURES } from '../../support/fixtures';
import { makePdf, makeReportsPack } from '../../support/make-pdf';
import { ENGLISH, failureText } from '../../../lib/shared/i18n';
import { failure, type Failure } from '../../../lib/protocol/failure';

const pdf = await loadPdfJsForNode();
const fixturePdf = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, 'pdfs', name)));

async function pagesOf(bytes: Uint8Array) {
  const result = await extractPdfText(pdf, bytes);
  if (!result.ok) throw new Error(result.code);
  return result.pages;
}

describe('lines from pdf.js items', () => {
  it('orders by baseline then x, keeps superscripts on their line, and inserts missing spaces', () => {
    const item = (str: string, x: number, y: number, size = 10) => ({ str, transform: [size, 0, 0, size, x, y], width: str.length * size * 0.5, height: size });
    expect(linesFromItems([item('second line', 50, 680), item('world', 90, 700), item('Hello', 50, 700), item('1', 115, 703, 6)])).toEqual([
      'Hello world1',
      'second line',
    ]);
  });

  it('drops running headers, footers and page numbers', () => {
    const words = ['alpha', 'beta', 'gamma', 'delta'];
    const pages = [1, 2, 3, 4].map((page) => ({
      page,
      lines: [
        `Cabinet 3 March 2026`,
        `The ${words[page - 1]} report was considered.`,
        `Item ${page} discussed at length.`,
        `Members asked about ${words[page - 1]}.`,
        `Page ${page} of 4`,
      ],
    }));
    expect(removeRunningLines(pages).map((page) => page.lines)).toEqual(pages.map((page) => page.lines.slice(1, 4)));
  });
});

describe('sentences', () => {
  it('does not break after UK council abbreviations', () => {
    expect(splitSentences('Cllr. Smith moved the motion at para. 3.2 of the report. The cost is approx. £2m. It was agreed.')).toEqual([
      'Cllr. Smith moved the motion at para. 3.2 of the report.',
      'The cost is approx. £2m.',
      'It was agreed.',
    ]);
    expect(splitSentences('See Appendix No. 4 for details. M. Bradburn chaired.')).toEqual(['See Appendix No. 4 for details.', 'M. Bradburn chaired.']);
  });
});

describe('the deterministic summariser', () => {
  it('reads the real MK scrutiny agenda pack: type, agenda items with page ranges, RESOLVED blocks verbatim', async () => {
    const result = summariseDocument(await pagesOf(fixturePdf('seed004-mk-cyp-scrutiny-agenda-pack.pdf')));
    expect(result.documentType).toBe('reportsPack');
    expect(result.pages).toBe(35);
    expect(result.items.slice(3, 7)).toEqual([
      { number: '4', title: 'Minutes', pageStart: 5, pageEnd: 14 },
      { number: '5', title: 'Covid-19 and YOS Inspection Update', pageStart: 15, pageEnd: 25 },
      { number: '6', title: 'Transitions to Adulthood for Disabled Young People', pageStart: 26, pageEnd: 41 },
      { number: '7', title: 'Ensuring All Schools are Good or Better', pageStart: 42, pageEnd: 55 },
    ]);
    expect(result.recommendations[0]).toEqual({
      text: 'the Minutes of the meetings of the Children & Young People Scrutiny Committee held on 10 February 2021 and 19 May 2021 be approved and signed by the Chair as a correct record.',
      page: 3,
    });
    expect(result.recommendations[1]?.text).toMatch(/^1\) That the relevant officers be requested to write to the Regional Schools Commissioner/);
    expect(result.summary.length).toBeGreaterThanOrEqual(3);
    expect(result.tier).toBe('extractive');
  });

  it('gives every summary sentence, recommendation and fact the page it is on', async () => {
    const pages = await pagesOf(fixturePdf('seed003-mk-sufficiency-strategy.pdf'));
    const result = summariseDocument(pages);
    const onPage = (text: string, page: number) =>
      pages
        .find((candidate) => candidate.page === page)!
        .lines.join(' ')
        .replace(/\s+/g, ' ');
    for (const cited of [...result.summary, ...result.recommendations, ...result.keyFacts]) {
      const words = cited.text.split(/\s+/).slice(0, 4).join(' ');
      expect(onPage(cited.text, cited.page), `"${words}…" should be on page ${cited.page}`).toContain(words);
    }
    // Each fact also carries the sentence that says what it is.
    expect(result.keyFacts).toContainEqual(expect.objectContaining({ kind: 'count', text: '361 children', page: 2 }));
  });

  it('produces the same output for the same input', async () => {
    const pages = await pagesOf(fixturePdf('seed003-mk-sufficiency-strategy.pdf'));
    expect(JSON.stringify(summariseDocument(pages))).toBe(JSON.stringify(summariseDocument(structuredClone(pages))));
  });

  it('splits a generated multi-item pack by its frontsheet and takes each recommendation verbatim', async () => {
    const result = summariseDocument(await pagesOf(makeReportsPack(4)));
    expect(result.documentType).toBe('reportsPack');
    expect(result.items).toEqual(
      [1, 2, 3, 4].map((item) => ({ number: String(item), title: `Report on topic ${item}`, pageStart: 2 + (item - 1) * 3, pageEnd: 4 + (item - 1) * 3 })),
    );
    // One entry per numbered part, never two merged into one.
    expect(result.recommendations.map((block) => block.page)).toEqual([2, 2, 5, 5, 8, 8, 11, 11]);
    expect(result.recommendations[4]?.text).toBe('1. That Cabinet approves the plan for topic 3 at a cost of £3.5m over 2026/27.');
    expect(result.recommendations[5]?.text).toBe('2. That authority is delegated to the Director to award contracts for topic 3.');
    expect(result.keyFacts.filter((fact) => fact.kind === 'money').map((fact) => fact.text)).toEqual(['£1.5m', '£2.5m', '£3.5m', '£4.5m']);
    expect(result.contentiousness.signals.map((signal) => signal.name)).toEqual(expect.arrayContaining(['consultationResponses', 'sumsOverOneMillion']));
    expect(result.contentiousness.score).toBeGreaterThan(0);
  });

  it('converts into the one display model, with page footnotes that open the PDF at #page=N', async () => {
    const result = summariseDocument(await pagesOf(makeReportsPack(2)));
    const display = toDisplaySummary(result, 'https://example.moderngov.co.uk/documents/g1/pack.pdf?T=10', ENGLISH.t);
    expect(DisplaySummarySchema.safeParse(display).success).toBe(true);
    expect(display.producedBy).toBe('extractive');
    expect(display.footnotes[0]).toMatchObject({ label: 1, href: expect.stringMatching(/pack\.pdf\?T=10#page=\d+$/) });
  });
});

describe('bad input ends in a clear message', () => {
  it.each([
    ['a zero-byte file', new Uint8Array(0), 'empty'],
    ['an HTML page served as a PDF', new TextEncoder().encode('<!DOCTYPE html><html><body><h1>Runtime Error</h1></body></html>'), 'not_pdf'],
    ['a corrupt file', new TextEncoder().encode(`%PDF-1.7\n${'\u0000garbage'.repeat(200)}`), 'corrupt'],
    ['an encrypted file', makePdf([['Secret report text that nobody may read without the password.']], { encrypted: true }), 'encrypted'],
    ['a scanned file with no text layer', makePdf([[], [], []]), 'no_text_layer'],
  ])('%s', async (_what, bytes, error) => {
    const result = await extractPdfText(pdf, bytes);
    expect(result).toMatchObject({ ok: false, code: error });
    if (!result.ok) expect(failureText(ENGLISH.t, result).length).toBeGreaterThan(20);
  });

  it('a truncated file: whatever can be read, or "damaged", never a hang', async () => {
    const whole = makeReportsPack(3);
    const result = await extractPdfText(pdf, whole.subarray(0, Math.floor(whole.length * 0.6)));
    if (!result.ok) expect(result.code).toBe('corrupt');
    else expect(result.pages.length).toBeGreaterThan(0);
  });

  it('a 500-page file is read, and refused with a message above the page limit', async () => {
    const big = makePdf(Array.from({ length: 500 }, (_, page) => [`Page ${page + 1} of the long report about library services and their budget.`]));
    const read = await extractPdfText(pdf, big);
    expect(read.ok && read.pageCount).toBe(500);
    const refused = await extractPdfText(pdf, big, { maxPages: 400 });
    expect(refused).toMatchObject({ ok: false, code: 'too_many_pages', detail: '500' });
    expect(!refused.ok && failureText(ENGLISH.t, refused)).toContain('500 pages');
  }, 60_000);

  it('can be cancelled', async () => {
    const controller = new AbortController();
    const result = await extractPdfText(pdf, makeReportsPack(6), {
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.page === 2) controller.abort();
      },
    });
    expect(result).toMatchObject({ ok: false, code: 'cancelled' });
  });
});

describe('a meeting whose documents cannot be read', () => {
  it('is explained in one sentence, not one per document', async () => {
    const { meetingFailure } = await import('../../../lib/background/pdf-summaries');
    const said = (failures: Failure[]) => failureText(ENGLISH.t, meetingFailure(failures));
    expect(said([])).toBe('This meeting has no documents to summarise.');
    expect(said([failure('empty')])).toBe('The document is empty (0 bytes).');
    expect(said([1, 2, 3].map(() => failure('not_found')))).toBe('The council’s website no longer has this document.');
    expect(said([failure('not_found'), failure('site_error', 500), failure('not_found')])).toBe(
      'Council Lens could not read any of this meeting’s 3 documents.',
    );
  });
});

describe('progress reports', () => {
  it('pass on each stage’s first and last report, and otherwise at most one per interval', () => {
    let clock = 0;
    const sent: JobProgress[] = [];
    const report = throttleProgress(
      (progress) => sent.push(progress),
      100,
      () => clock,
    );
    report({ stage: 'download', received: 10, total: 100 });
    clock += 10;
    report({ stage: 'download', received: 50, total: 100 });
    clock += 10;
    report({ stage: 'download', received: 100, total: 100 });
    for (let page = 1; page <= 300; page += 1) {
      clock += 4;
      report({ stage: 'pages', page, of: 300 });
    }
    report({ stage: 'summarising' });
    const pages = sent.filter((progress) => progress.stage === 'pages').map((progress) => (progress.stage === 'pages' ? progress.page : 0));
    expect(sent[0]).toEqual({ stage: 'download', received: 10, total: 100 });
    expect(sent[1]).toEqual({ stage: 'download', received: 100, total: 100 });
    expect(pages[0]).toBe(1);
    expect(pages.at(-1)).toBe(300);
    // 300 pages over 1.2 s: about one report per 100 ms, not 300.
    expect(pages.length).toBeLessThanOrEqual(14);
    expect(pages.slice(1, -1).every((page) => page % 25 === 1)).toBe(true);
    expect(sent.at(-1)).toEqual({ stage: 'summarising' });
  });
});

describe('what the summariser remembers between sentences', () => {
  it('a remembered stem is the Porter stem, and a remembered template answer is the same answer, asked once or twice', () => {
    for (const word of ['councillors', 'decided', 'housing', 'recommendations', 'consultation', 'councillors']) expect(stem(word), word).toBe(stemmer(word));
    const sentences = [
      'For further information please contact democratic.services@milton-keynes.gov.uk or 01908 252 000.',
      'Please email the clerk at clerk@tintern.example before noon.',
      'The Cabinet approved the disposal of the depot for £1.2 million.',
      'This is a key decision as it involves expenditure over £500,000.',
      'An @ sign alone, as in "meet @ noon", is not an address.',
    ];
    const first = sentences.map(isTemplateBoilerplate);
    expect(first).toEqual([true, true, false, true, false]);
    expect(sentences.map(isTemplateBoilerplate)).toEqual(first);
  });
});
