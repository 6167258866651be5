/**
 * `npm run eval`: the on-device summariser against hand-written ground truth for real council
 * documents (tests/corpus/truth.json, made as tests/corpus/README.md says). It reads the PDFs from
 * ../shared/corpus/pdfs (or CORPUS_DIR), never from this repository, and prints, per document
 * type and overall: the document type, verbatim capture of each decision and recommendation part,
 * agenda items, citation correctness, key-fact labels and boilerplate, and time per document,
 * then every miss so that it can be read. It never fails on figures: it reports them.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { extractPdfText } from '../lib/pdf/extract';
import { loadPdfJsForNode } from '../lib/pdf/pdfjs-node';
import { summariseDocument, type DocumentSummary } from '../lib/pdf/summarise';
import { ROOT } from '../tests/support/launch';
import { ENGLISH, failureText } from '../lib/shared/i18n';
import { evaluateQuestions } from './eval-ask';
import { evaluateVotes } from './eval-votes';
import { evaluateComparisons } from './eval-compare';

interface TruthPart {
  kind: string;
  text: string;
  page: number;
  item?: string;
}
interface TruthDocument {
  file: string;
  type: string;
  meetingDate: string;
  parts: TruthPart[];
  items: { number: string; title: string; pageStart?: number; pageEnd?: number }[];
}

const truth = JSON.parse(await readFile(join(ROOT, 'tests', 'corpus', 'truth.json'), 'utf8')) as { documents: TruthDocument[] };
const corpus = resolve(process.env.CORPUS_DIR ?? join(ROOT, '..', 'shared', 'corpus', 'pdfs'));
if (!existsSync(corpus)) {
  console.error(
    `The corpus is not here: ${corpus}\nnpm run eval reads the real council PDFs from ../shared/corpus/pdfs beside the project (or CORPUS_DIR); they are not kept in this repository.`,
  );
  process.exit(2);
}

/** Letters and digits only, lower case: what "verbatim" is compared on (spacing, hyphenation, quotes and bullets differ between extractors). */
const norm = (text: string) => text.toLowerCase().replace(/[^a-z0-9£]+/g, '');

/**
 * Template text that must never become a fact: key-decision criteria, exemption and publication
 * notes, form labels, contact blocks and voting arrangements. Kept here, apart from the
 * summariser, so the eval does not grade the summariser with its own rules.
 */
const BOILERPLATE = [
  // Key-decision criteria: the threshold, not anything this decision spends.
  /key decision (?:over|means|is one)|spend\/save|significant in terms of (?:its )?effects on communities|(?:two|2) or more wards|key decision (?:report|threshold)/i,
  /schedule 12a|not for publication|by virtue of paragraph|part (?:1|i|2|ii) of schedule/i,
  /^(?:contact(?: officer)?|for further information|e-?mail|tel(?:ephone)?)\b/i,
  /voting arrangements|members may make their declaration|intentionally blank/i,
];

interface DocResult {
  file: string;
  type: string;
  typeRight: boolean;
  foundType: string;
  parts: number;
  captured: number;
  merged: number;
  misses: string[];
  items: number;
  itemsFound: number;
  citations: number;
  citationsRight: number;
  citationMisses: string[];
  facts: number;
  factsLabelled: number;
  factsBoilerplate: number;
  boilerplateMisses: string[];
  ms: number;
}

const pdfjs = await loadPdfJsForNode();
const results: DocResult[] = [];
for (const document of truth.documents) {
  const bytes = new Uint8Array(await readFile(join(corpus, document.file)));
  const start = performance.now();
  const text = await extractPdfText(pdfjs, bytes);
  if (!text.ok) {
    console.error(`${document.file}: ${failureText(ENGLISH.t, text)}`);
    continue;
  }
  const summary: DocumentSummary = summariseDocument(text.pages);
  const ms = performance.now() - start;
  const pageText = new Map(text.pages.map((page) => [page.page, norm(page.lines.join(' '))]));

  // Each truth part must stand whole in one captured block that holds no other part.
  const blocks = [...summary.recommendations, ...summary.decisions].map((block) => norm(block.text));
  const parts = document.parts.map((part) => norm(part.text));
  let captured = 0;
  let merged = 0;
  const misses: string[] = [];
  parts.forEach((part, index) => {
    const holding = blocks.filter((block) => block.includes(part));
    const alone = holding.some((block) => parts.every((other, otherIndex) => otherIndex === index || other === part || !block.includes(other)));
    if (alone) captured += 1;
    else if (holding.length) {
      merged += 1;
      misses.push(`merged  p${document.parts[index]!.page}: ${document.parts[index]!.text.slice(0, 110)}`);
    } else misses.push(`missed  p${document.parts[index]!.page}: ${document.parts[index]!.text.slice(0, 110)}`);
  });

  const itemsFound = document.items.filter((item) =>
    summary.items.some(
      (found) =>
        found.number === item.number &&
        norm(found.title).startsWith(norm(item.title).slice(0, 20)) &&
        (item.pageStart === undefined || found.pageStart === item.pageStart),
    ),
  ).length;

  // A citation is right when its page holds the text's opening: a sentence or block is cited to the page it starts on.
  const cited = [...summary.recommendations, ...summary.decisions, ...summary.summary];
  const citationMisses: string[] = [];
  let citationsRight = 0;
  for (const item of cited) {
    const opening = norm(item.text).slice(0, 40);
    if (pageText.get(item.page)?.includes(opening)) citationsRight += 1;
    else citationMisses.push(`p${item.page}: ${item.text.slice(0, 100)}`);
  }
  const boilerplateMisses = summary.keyFacts
    .filter((fact) => BOILERPLATE.some((pattern) => pattern.test(fact.sentence ?? '')))
    .map((fact) => `${fact.text} ← ${(fact.sentence ?? '').slice(0, 100)}`);
  results.push({
    file: document.file,
    type: document.type,
    typeRight: summary.documentType === document.type,
    foundType: summary.documentType,
    parts: parts.length,
    captured,
    merged,
    misses,
    items: document.items.length,
    itemsFound,
    citations: cited.length,
    citationsRight,
    citationMisses,
    facts: summary.keyFacts.length,
    factsLabelled: summary.keyFacts.filter((fact) => (fact as { label?: string }).label).length,
    factsBoilerplate: boilerplateMisses.length,
    boilerplateMisses,
    ms,
  });
}

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`);
function row(label: string, group: DocResult[]): string {
  const sum = (pick: (result: DocResult) => number) => group.reduce((total, result) => total + pick(result), 0);
  const times = group.map((result) => result.ms).sort((a, b) => a - b);
  return [
    label.padEnd(16),
    String(group.length).padStart(4),
    percent(group.filter((result) => result.typeRight).length, group.length).padStart(8),
    `${percent(
      sum((result) => result.captured),
      sum((result) => result.parts),
    )} of ${sum((result) => result.parts)}`.padStart(14),
    String(sum((result) => result.merged)).padStart(7),
    `${percent(
      sum((result) => result.itemsFound),
      sum((result) => result.items),
    )} of ${sum((result) => result.items)}`.padStart(13),
    percent(
      sum((result) => result.citationsRight),
      sum((result) => result.citations),
    ).padStart(10),
    percent(
      sum((result) => result.factsLabelled),
      sum((result) => result.facts),
    ).padStart(9),
    String(sum((result) => result.factsBoilerplate)).padStart(11),
    `${Math.round(times[Math.floor(times.length / 2)] ?? 0)} ms`.padStart(9),
  ].join(' ');
}

console.log(`Council Lens eval: ${results.length} real documents from ${corpus}\n`);
console.log(
  [
    'type'.padEnd(16),
    'docs'.padStart(4),
    'type ok'.padStart(8),
    'parts whole'.padStart(14),
    'merged'.padStart(7),
    'agenda items'.padStart(13),
    'citations'.padStart(10),
    'labelled'.padStart(9),
    'boilerplate'.padStart(11),
    'median'.padStart(9),
  ].join(' '),
);
for (const type of [...new Set(results.map((result) => result.type))].sort())
  console.log(
    row(
      type,
      results.filter((result) => result.type === type),
    ),
  );
console.log(row('overall', results));
console.log('\nTargets: type ≥ 95%, parts whole ≥ 95%, citations 100%, no boilerplate facts.');

console.log('\nMisses');
for (const result of results) {
  const lines = [
    ...(result.typeRight ? [] : [`type: ${result.foundType}, not ${result.type}`]),
    ...result.misses,
    ...(result.itemsFound < result.items ? [`agenda items: ${result.itemsFound} of ${result.items}`] : []),
    ...result.citationMisses.map((miss) => `citation ${miss}`),
    ...result.boilerplateMisses.map((miss) => `boilerplate fact ${miss}`),
  ];
  if (lines.length === 0) continue;
  console.log(`\n${result.file}`);
  for (const line of lines.slice(0, 60)) console.log(`  ${line}`);
  if (lines.length > 60) console.log(`  … and ${lines.length - 60} more`);
}

await evaluateVotes(pdfjs, corpus);
await evaluateComparisons(pdfjs, corpus);
await evaluateQuestions(pdfjs, corpus);
