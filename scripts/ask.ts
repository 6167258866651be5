/**
 * `npm run ask -- <file.pdf | url>… --question "…" [--json]`: answers a question from council
 * documents with the same code as the extension's Ask box (pdf.js → passages → MiniSearch → the
 * deterministic answer), on this machine. Exits 1 when no document could be read.
 */
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { extractPdfText } from '../lib/pdf/extract';
import { loadPdfInput } from './pdf-input';
import { loadPdfJsForNode } from '../lib/pdf/pdfjs-node';
import { answerQuestion, loadIndex, type SearchableDocument, summariseAndIndex } from '../lib/pdf/ask';
import { ENGLISH, failureText } from '../lib/shared/i18n';

const usage = 'Usage: npm run ask -- <file.pdf | https://…/document.pdf>… --question "What is being decided?" [--json]';
const { values, positionals } = parseArgs({
  options: { question: { type: 'string', short: 'q' }, json: { type: 'boolean', default: false } },
  allowPositionals: true,
});
if (positionals.length === 0 || !values.question?.trim()) {
  console.error(usage);
  process.exit(2);
}
const question = values.question.trim();

const pdfjs = await loadPdfJsForNode();
const documents: SearchableDocument[] = [];
for (const source of positionals) {
  try {
    const text = await extractPdfText(pdfjs, await loadPdfInput(source, 'ask'));
    if (!text.ok) {
      console.error(`${source}: ${failureText(ENGLISH.t, text)}`);
      continue;
    }
    const { summary, index } = summariseAndIndex(text.pages);
    const loaded = loadIndex(index);
    if (loaded) documents.push({ url: source, title: basename(source), pages: summary.pages, restricted: summary.restricted, index: loaded });
  } catch (error) {
    console.error(`Could not load ${source}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
if (documents.length === 0) process.exit(1);

const answer = answerQuestion(question, documents);
if (values.json) {
  console.log(
    JSON.stringify(
      {
        question,
        answered: answer.answered,
        answers: answer.passages.map((passage) => ({ text: passage.text, document: passage.url, page: passage.page, score: passage.score })),
      },
      null,
      2,
    ),
  );
} else if (!answer.answered) {
  console.log(
    `These documents don't seem to answer that.\nSearched: ${answer.searched.map((document) => `${document.title} (${document.pages} pages)`).join('; ')}`,
  );
} else {
  console.log(`${question}\n`);
  for (const passage of answer.passages)
    console.log(
      `[${passage.n}] “${passage.text}”\n    — ${passage.title}, p. ${passage.page}${passage.restricted ? ' (restricted: kept on this device)' : ''}\n`,
    );
}
