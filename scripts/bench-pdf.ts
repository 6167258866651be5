/**
 * PDF figures for `npm run bench`: pdf.js text extraction against pdftotext on the same files in
 * the same run, the summariser's time as the text grows tenfold and a hundredfold, and peak
 * memory on a 300-page pack, measured in a process of its own (scripts/bench-pdf-memory.ts); then
 * the same files through the built extension in Chromium (scripts/bench-pdf-chromium.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { extractPdfText } from '../lib/pdf/extract';
import type { PageLines } from '../lib/pdf/lines';
import { loadPdfJsForNode } from '../lib/pdf/pdfjs-node';
import { readDocument, summariseDocument } from '../lib/pdf/summarise';
import { answerQuestion, buildIndex, loadIndex } from '../lib/pdf/ask';
import { passagesOf } from '../lib/pdf/ask/passages';
import { FIXTURES } from '../tests/support/fixtures';
import { makeReportsPack } from '../tests/support/make-pdf';
import { ROOT } from '../tests/support/launch';
import { pdfInChromium } from './bench-pdf-chromium';
import { ENGLISH, failureText } from '../lib/shared/i18n';
import { median, percentile } from './stats';

const pdf = await loadPdfJsForNode();
const REAL_PACKS = ['seed004-mk-cyp-scrutiny-agenda-pack.pdf', 'seed003-mk-sufficiency-strategy.pdf'].map((name) => join(FIXTURES, 'pdfs', name));

function hasPoppler(tool: 'pdftotext' | 'pdfunite'): boolean {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * A 300-page pack: the two real Milton Keynes PDFs joined end to end ten times with poppler's
 * pdfunite (310 pages, real fonts and layout), or a generated one where poppler is missing.
 */
async function threeHundredPages(dir: string): Promise<{ label: string; bytes: Uint8Array }> {
  if (!hasPoppler('pdfunite')) return { label: 'generated pack, 300 pp (pdfunite not installed)', bytes: makeReportsPack(100, 3) };
  const output = join(dir, 'pack-310.pdf');
  const [scrutiny, strategy] = REAL_PACKS as [string, string];
  // 6 × 35 + 4 × 25 pages.
  const parts = [scrutiny, strategy, scrutiny, strategy, scrutiny, strategy, scrutiny, strategy, scrutiny, scrutiny];
  execFileSync('pdfunite', [...parts, output]);
  return { label: 'real MK PDFs joined, 310 pp', bytes: new Uint8Array(await readFile(output)) };
}

async function extraction(dir: string, big: { label: string; bytes: Uint8Array }): Promise<void> {
  const files: [string, Uint8Array][] = [
    ['seed004 MK scrutiny pack (35 pp)', new Uint8Array(await readFile(REAL_PACKS[0]!))],
    ['seed003 MK sufficiency strategy (25 pp)', new Uint8Array(await readFile(REAL_PACKS[1]!))],
    ['generated pack, 100 pp', makeReportsPack(33, 3)],
    [big.label, big.bytes],
  ];
  const poppler = hasPoppler('pdftotext');
  console.log('\n## PDF text extraction: pdf.js (Node, legacy build) vs pdftotext -layout, same files, same run');
  // Warm pdf.js once so its one-off start-up is not charged to the first file.
  await extractPdfText(pdf, files[0]![1]);
  for (const [label, bytes] of files) {
    const path = join(dir, 'in.pdf');
    await writeFile(path, bytes);
    const ours: number[] = [];
    const theirs: number[] = [];
    let pages = 0;
    // Turn and turn about, so whatever else the machine is doing weighs on both alike.
    for (let run = 0; run < 7; run += 1) {
      const start = performance.now();
      const result = await extractPdfText(pdf, bytes);
      ours.push(performance.now() - start);
      pages = result.ok ? result.pageCount : 0;
      if (!poppler) continue;
      const popplerStart = performance.now();
      execFileSync('pdftotext', ['-layout', path, join(dir, 'out.txt')]);
      theirs.push(performance.now() - popplerStart);
    }
    const ratio = poppler
      ? `pdftotext ${median(theirs).toFixed(0)} ms → pdf.js/pdftotext ${(median(ours) / median(theirs)).toFixed(2)}× (target ≤ 3×)`
      : 'pdftotext not installed (apt-get install poppler-utils)';
    console.log(`${label.padEnd(40)} pdf.js ${median(ours).toFixed(0)} ms (${((pages / median(ours)) * 1000).toFixed(0)} pages/s)   ${ratio}`);
  }
}

async function scaling(): Promise<void> {
  const base = await extractPdfText(pdf, new Uint8Array(await readFile(join(FIXTURES, 'pdfs', 'seed004-mk-cyp-scrutiny-agenda-pack.pdf'))));
  if (!base.ok) throw new Error(failureText(ENGLISH.t, base));
  const baseCharacters = base.pages.reduce((sum, page) => sum + page.lines.join(' ').length, 0);
  const grow = (target: number): PageLines[] => {
    const pages: PageLines[] = [];
    for (let copy = 0; pages.length * (baseCharacters / base.pages.length) < target; copy += 1) {
      for (const page of base.pages) pages.push({ page: pages.length + 1, lines: page.lines.map((line) => (copy ? `${line} (${copy})` : line)) });
    }
    return pages;
  };
  console.log('\n## Summariser time as the text grows (real MK pack text, repeated)');
  const rows: [number, number][] = [];
  for (const target of [50_000, 500_000, 5_000_000]) {
    const pages = grow(target);
    const characters = pages.reduce((sum, page) => sum + page.lines.join(' ').length, 0);
    const times: number[] = [];
    for (let run = 0; run < (target > 1e6 ? 1 : 3); run += 1) {
      const start = performance.now();
      summariseDocument(pages);
      times.push(performance.now() - start);
    }
    rows.push([characters, median(times)]);
    const previous = rows[rows.length - 2];
    console.log(
      `${(characters / 1000).toFixed(0).padStart(6)}k characters   ${median(times).toFixed(0).padStart(6)} ms${previous ? `   ×${(median(times) / previous[1]).toFixed(1)} time for ×${(characters / previous[0]).toFixed(1)} text (target ≤ 12× for 10×)` : ''}`,
    );
  }
}

async function endToEnd(dir: string, big: { label: string; bytes: Uint8Array }): Promise<void> {
  console.log('\n## End to end: bytes → summary (target ≤ 2 s for 100 pages); 300-page pack peak memory (target ≤ 250 MB)');
  const hundredPages: [string, Uint8Array][] = [
    ['generated pack, 100 pp', makeReportsPack(33, 3)],
    ['real MK PDFs, 95 pp (35 + 25 + 35)', new Uint8Array(await readFile(REAL_PACKS[0]!))],
  ];
  for (const [label, bytes] of hundredPages) {
    const documents = label.startsWith('real') ? [bytes, new Uint8Array(await readFile(REAL_PACKS[1]!)), bytes] : [bytes];
    const start = performance.now();
    for (const document of documents) {
      const text = await extractPdfText(pdf, document);
      if (text.ok) summariseDocument(text.pages);
    }
    console.log(`${label.padEnd(40)} ${(performance.now() - start).toFixed(0)} ms end to end`);
  }
  // Its own process, with plain Node and nothing but pdf.js and the summariser loaded, as in
  // the browser's offscreen document: the figure is the job's and the runtime's alone.
  const probe = join(ROOT, '.output', 'bench', 'memory-probe.mjs');
  await build({
    entryPoints: [join(ROOT, 'scripts', 'bench-pdf-memory.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    external: ['pdfjs-dist'],
    outfile: probe,
    logLevel: 'warning',
  });
  const packPath = join(dir, 'memory-pack.pdf');
  await writeFile(packPath, big.bytes);
  const result = JSON.parse(execFileSync(process.execPath, [probe, packPath], { encoding: 'utf8' })) as { pages: number; peakMb: number; loadedMb: number };
  console.log(
    `${big.label.padEnd(40)} peak ${result.peakMb} MB resident in all (Node with pdf.js loaded: ${result.loadedMb} MB; the ${result.pages} pages add ${result.peakMb - result.loadedMb} MB)`,
  );
}

/** Questions of the kind people ask of a meeting's pack, answerable or not: the query times are over all of them. */
const BENCH_QUESTIONS = [
  'What is being decided?',
  'How much will it cost?',
  'Who is affected?',
  'When will it happen?',
  'What did the Regional Schools Commissioner say?',
  'How many children are in care?',
  'What are the risks?',
  'Which councillors declared an interest?',
  'What was agreed about young carers?',
  'How will the strategy be funded?',
  'What did the committee recommend about school places?',
  'When is the next meeting?',
  'How many new swimming pools will be built?',
  'What is the budget for residential placements?',
  'Who was present?',
  'What consultation took place?',
  'Why was the decision deferred?',
  'What is the sufficiency strategy?',
  'How much is the overspend?',
  'What are the alternative options?',
];

async function questionIndex(big: { label: string; bytes: Uint8Array }): Promise<void> {
  console.log('\n## Ask this meeting: the question index of the 310-page pack (targets: index ≤ 30% of reading the pack; query p95 ≤ 30 ms)');
  const readStart = performance.now();
  const text = await extractPdfText(pdf, big.bytes);
  if (!text.ok) throw new Error(failureText(ENGLISH.t, text));
  const summariseStart = performance.now();
  const read = readDocument(text.pages);
  const readMs = performance.now() - readStart;
  const summariseMs = performance.now() - summariseStart;
  const indexStart = performance.now();
  const passages = passagesOf(read);
  const index = buildIndex(passages);
  const indexMs = performance.now() - indexStart;
  const loadStart = performance.now();
  const loaded = loadIndex(index);
  const loadMs = performance.now() - loadStart;
  if (!loaded) throw new Error('The index did not load.');
  const document = { url: 'https://example.moderngov.co.uk/pack.pdf', title: 'pack', pages: read.summary.pages, restricted: false, index: loaded };
  const times: number[] = [];
  for (let round = 0; round < 5; round += 1)
    for (const question of BENCH_QUESTIONS) {
      const start = performance.now();
      answerQuestion(question, [document]);
      times.push(performance.now() - start);
    }
  console.log(
    `${big.label.padEnd(40)} reading ${readMs.toFixed(0)} ms (pdf.js ${(readMs - summariseMs).toFixed(0)} + summariser ${summariseMs.toFixed(0)}); index ${indexMs.toFixed(0)} ms = +${((100 * indexMs) / readMs).toFixed(0)}% of reading`,
  );
  console.log(
    `${''.padEnd(40)} ${passages.length} passages, index ${(index.json.length / 1024 / 1024).toFixed(2)} MB as kept; loaded from the cache in ${loadMs.toFixed(0)} ms`,
  );
  console.log(
    `${''.padEnd(40)} query (${times.length}: ${BENCH_QUESTIONS.length} questions × 5): p50 ${percentile(times, 0.5).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms`,
  );
}

const dir = await mkdtemp(join(tmpdir(), 'council-lens-pdf-bench-'));
try {
  const big = await threeHundredPages(dir);
  await extraction(dir, big);
  await scaling();
  await endToEnd(dir, big);
  await questionIndex(big);
  if (hasPoppler('pdftotext')) {
    await pdfInChromium([
      { label: 'seed004 MK scrutiny pack (35 pp)', bytes: new Uint8Array(await readFile(REAL_PACKS[0]!)) },
      { label: 'seed003 MK sufficiency strategy (25 pp)', bytes: new Uint8Array(await readFile(REAL_PACKS[1]!)) },
      big,
    ]);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
