/**
 * PDF figures for `npm run bench`: pdf.js text extraction against pdftotext on the same files in
 * the same run, the summariser's time as the text grows tenfold and a hundredfold, and peak
 * memory on a 300-page pack. Runs in a child process of its own so its peak memory is its own.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { extractPdfText, type PdfJs } from '../lib/pdf/extract';
import type { PageLines } from '../lib/pdf/lines';
import { summariseDocument } from '../lib/summarise';
import { FIXTURES } from '../tests/support/fixtures';
import { makeReportsPack } from '../tests/support/make-pdf';

const pdf = pdfjs as unknown as PdfJs;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function extraction(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'council-lens-pdf-bench-'));
  const files: [string, Uint8Array][] = [
    ['seed004 MK scrutiny pack (35 pp)', new Uint8Array(await readFile(join(FIXTURES, 'pdfs', 'seed004-mk-cyp-scrutiny-agenda-pack.pdf')))],
    ['seed003 MK sufficiency strategy (25 pp)', new Uint8Array(await readFile(join(FIXTURES, 'pdfs', 'seed003-mk-sufficiency-strategy.pdf')))],
    ['generated pack, 100 pp', makeReportsPack(33, 3)],
  ];
  const poppler = hasPdftotext();
  console.log('\n## PDF text extraction: pdf.js (Node, legacy build) vs pdftotext -layout, same files, same run');
  // Warm pdf.js once so its one-off start-up is not charged to the first file.
  await extractPdfText(pdf, files[0]![1]);
  for (const [label, bytes] of files) {
    const ours: number[] = [];
    let pages = 0;
    for (let run = 0; run < 3; run += 1) {
      const start = performance.now();
      const result = await extractPdfText(pdf, bytes);
      ours.push(performance.now() - start);
      pages = result.ok ? result.pageCount : 0;
    }
    let ratio = 'pdftotext not installed (apt-get install poppler-utils)';
    if (poppler) {
      const path = join(dir, 'in.pdf');
      await writeFile(path, bytes);
      const theirs: number[] = [];
      for (let run = 0; run < 3; run += 1) {
        const start = performance.now();
        execFileSync('pdftotext', ['-layout', path, join(dir, 'out.txt')]);
        theirs.push(performance.now() - start);
      }
      ratio = `pdftotext ${median(theirs).toFixed(0)} ms → pdf.js/pdftotext ${(median(ours) / median(theirs)).toFixed(2)}× (target ≤ 3×)`;
    }
    console.log(`${label.padEnd(40)} pdf.js ${median(ours).toFixed(0)} ms (${((pages / median(ours)) * 1000).toFixed(0)} pages/s)   ${ratio}`);
  }
  await rm(dir, { recursive: true, force: true });
}

async function scaling(): Promise<void> {
  const base = await extractPdfText(pdf, new Uint8Array(await readFile(join(FIXTURES, 'pdfs', 'seed004-mk-cyp-scrutiny-agenda-pack.pdf'))));
  if (!base.ok) throw new Error(base.message);
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
    console.log(`${(characters / 1000).toFixed(0).padStart(6)}k characters   ${median(times).toFixed(0).padStart(6)} ms${previous ? `   ×${(median(times) / previous[1]).toFixed(1)} time for ×${(characters / previous[0]).toFixed(1)} text (target ≤ 12× for 10×)` : ''}`);
  }
}

async function endToEnd(): Promise<void> {
  console.log('\n## End to end: generated 100-page pack, bytes → summary (target ≤ 2 s); 300-page pack peak memory (target ≤ 250 MB)');
  const hundred = makeReportsPack(33, 3);
  const start = performance.now();
  const text = await extractPdfText(pdf, hundred);
  if (text.ok) summariseDocument(text.pages);
  console.log(`100 pages end to end     ${(performance.now() - start).toFixed(0)} ms`);
  // A fresh process, so the figure is the 300-page pack's alone.
  execFileSync(process.execPath, [...process.execArgv, process.argv[1]!, '--memory'], { stdio: 'inherit' });
}

if (process.argv.includes('--memory')) {
  const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
  const baseline = process.memoryUsage().rss;
  const big = await extractPdfText(pdf, makeReportsPack(100, 3));
  if (big.ok) summariseDocument(big.pages);
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(`300 pages peak memory    ${megabytes(peak - baseline)} MB above the process's baseline (peak ${megabytes(peak)} MB resident, of which ${megabytes(baseline)} MB is Node, tsx and pdf.js loaded before the pack)`);
} else {
  await extraction();
  await scaling();
  await endToEnd();
}
