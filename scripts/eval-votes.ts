/**
 * Part of `npm run eval`: recorded votes and declarations of interest against hand-written truth
 * (tests/corpus/votes.json): every vote the minutes record, on its page and minute, with its
 * outcome and counts; and who declared what. Prints how many were found exactly, how many
 * were found that are not votes, and every miss. It reports figures; it never fails on them.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extractPdfText } from '../lib/pdf/extract';
import type { PdfJs } from '../lib/pdf/extract';
import { summariseDocument } from '../lib/pdf/summarise';
import type { RecordedVote } from '../lib/pdf/summarise/votes';
import { ROOT } from '../tests/support/launch';

interface TruthVote {
  page: number;
  item: string;
  outcome: 'carried' | 'lost';
  unanimous?: boolean;
  for?: number;
  against?: number;
  abstain?: number;
}
interface TruthDocument {
  file: string;
  votes: TruthVote[];
  declarations?: { none: boolean; entries?: { who: string[]; item?: string }[] };
}

const matches = (truth: TruthVote, found: RecordedVote) =>
  found.page === truth.page &&
  found.item === truth.item &&
  found.outcome === truth.outcome &&
  Boolean(found.unanimous) === Boolean(truth.unanimous) &&
  (['for', 'against', 'abstain'] as const).every((side) => truth[side] === undefined || found[side].count === truth[side]);

export async function evaluateVotes(pdfjs: PdfJs, corpus: string): Promise<void> {
  const truth = JSON.parse(await readFile(join(ROOT, 'tests', 'corpus', 'votes.json'), 'utf8')) as { documents: TruthDocument[] };
  let expected = 0;
  let right = 0;
  let extra = 0;
  let declarationsRight = 0;
  let declarationsAsked = 0;
  const misses: string[] = [];
  for (const document of truth.documents) {
    const text = await extractPdfText(pdfjs, new Uint8Array(await readFile(join(corpus, document.file))));
    if (!text.ok) continue;
    const summary = summariseDocument(text.pages);
    const unused = [...summary.votes];
    for (const vote of document.votes) {
      expected += 1;
      const at = unused.findIndex((found) => matches(vote, found));
      if (at >= 0) {
        right += 1;
        unused.splice(at, 1);
      } else misses.push(`${document.file}: missed p${vote.page} item ${vote.item} ${vote.outcome} ${JSON.stringify(vote)}`);
    }
    extra += unused.length;
    for (const vote of unused) misses.push(`${document.file}: not in the truth p${vote.page} item ${vote.item ?? '?'}: ${vote.text.slice(0, 90)}`);
    if (document.declarations) {
      declarationsAsked += 1;
      const found = summary.declarations;
      const same =
        found !== undefined &&
        found.none === document.declarations.none &&
        (document.declarations.entries ?? []).every((entry) =>
          found.entries.some(
            (candidate) => entry.who.every((name) => candidate.who.includes(name)) && (entry.item === undefined || candidate.item === entry.item),
          ),
        ) &&
        found.entries.length === (document.declarations.entries ?? []).length;
      if (same) declarationsRight += 1;
      else misses.push(`${document.file}: declarations ${JSON.stringify(found)} (truth ${JSON.stringify(document.declarations)})`);
    }
  }
  const percent = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)}%` : '—');
  console.log('\nRecorded votes and declarations (tests/corpus/votes.json)');
  console.log(`| votes in the truth | found exactly (page, minute, outcome, counts) | found that are not votes | declarations items right |`);
  console.log(`|---|---|---|---|`);
  console.log(`| ${expected} | ${percent(right, expected)} (${right}) | ${extra} | ${declarationsRight} of ${declarationsAsked} |`);
  if (misses.length) console.log(`\nMisses\n${misses.map((miss) => `  ${miss}`).join('\n')}`);
}
