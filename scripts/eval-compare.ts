/**
 * Part of `npm run eval`: recommendation against decision on real meetings (tests/corpus/comparisons.json,
 * written by hand): each meeting's report with its minutes, its decision form, and both, through the
 * same meeting summary the sidebar shows; the outcome said for the item is compared with the truth.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extractPdfText, type PdfJs } from '../lib/pdf/extract';
import { summariseDocument } from '../lib/pdf/summarise';
import { combineMeeting, type MeetingDocumentResult } from '../lib/display/from-document';
import { inlineText } from '../lib/display/model';
import { ENGLISH } from '../lib/shared/i18n';
import { ROOT } from '../tests/support/launch';

interface Case {
  meeting: string;
  report: string;
  item: { number: string; title: string };
  records: string[];
  outcome: string;
}

const OUTCOME_WORDS: Record<string, string> = {
  asRecommended: ENGLISH.t('outcome_asRecommended'),
  withChanges: ENGLISH.t('outcome_withChanges'),
  deferred: ENGLISH.t('outcome_deferred'),
  refused: ENGLISH.t('outcome_refused'),
  noted: ENGLISH.t('outcome_noted'),
};

export async function evaluateComparisons(pdfjs: PdfJs, corpus: string): Promise<void> {
  const { cases } = JSON.parse(await readFile(join(ROOT, 'tests', 'corpus', 'comparisons.json'), 'utf8')) as { cases: Case[] };
  const read = async (file: string, itemNumber?: string): Promise<MeetingDocumentResult | undefined> => {
    const text = await extractPdfText(pdfjs, new Uint8Array(await readFile(join(corpus, file))));
    return text.ok
      ? {
          title: file,
          url: `https://democracy.bristol.gov.uk/documents/${file}`,
          summary: summariseDocument(text.pages),
          ...(itemNumber ? { itemNumber } : {}),
        }
      : undefined;
  };
  let asked = 0;
  let right = 0;
  const misses: string[] = [];
  for (const entry of cases) {
    const report = await read(entry.report, entry.item.number);
    const records = (await Promise.all(entry.records.map((file) => read(file)))).filter(
      (document): document is MeetingDocumentResult => document !== undefined,
    );
    if (!report) continue;
    for (const set of [...records.map((record) => [record]), records]) {
      asked += 1;
      const display = combineMeeting([report, ...set], [entry.item], ENGLISH.t);
      const heading = display.blocks.findIndex((block) => block.t === 'heading' && inlineText(block.c).startsWith(`Item ${entry.item.number}:`));
      const next = display.blocks[heading + 1];
      const said = heading >= 0 && next?.t === 'p' ? inlineText(next.c).replace(/^Outcome:\s*/, '') : '(no comparison)';
      if (said === OUTCOME_WORDS[entry.outcome]) right += 1;
      else
        misses.push(
          `${entry.meeting} item ${entry.item.number} with ${set.map((document) => document.title).join(' + ')}: said “${said}”, truth “${OUTCOME_WORDS[entry.outcome]}”`,
        );
    }
  }
  console.log('\nRecommended against decided (tests/corpus/comparisons.json)');
  console.log(`| meetings | comparisons (minutes, decision form, both) | outcome right |`);
  console.log(`|---|---|---|`);
  console.log(`| ${cases.length} | ${asked} | ${asked ? ((100 * right) / asked).toFixed(1) : '—'}% (${right}) |`);
  if (misses.length) console.log(`\nMisses\n${misses.map((miss) => `  ${miss}`).join('\n')}`);
}
