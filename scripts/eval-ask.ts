/**
 * The Ask box against hand-written questions over the real corpus (tests/corpus/questions.json):
 * whether the right page is among the first three passages quoted, and whether "these documents
 * don't seem to answer that" is said for the questions they do not answer. Run by `npm run eval`;
 * it reports, and never fails on figures.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extractPdfText } from '../lib/pdf/extract';
import type { PdfJs } from '../lib/pdf/extract';
import { answerQuestion, loadIndex, type SearchableDocument, summariseAndIndex } from '../lib/pdf/ask';
import { ROOT } from '../tests/support/launch';

interface Question {
  documents: string[];
  question: string;
  answers: { file: string; pages: number[] }[];
}

export async function evaluateQuestions(pdfjs: PdfJs, corpus: string): Promise<void> {
  const set = JSON.parse(await readFile(join(ROOT, 'tests', 'corpus', 'questions.json'), 'utf8')) as {
    questions: Question[];
    heldOut: { questions: Question[] };
  };
  const indexed = new Map<string, SearchableDocument>();
  const documentFor = async (file: string): Promise<SearchableDocument | undefined> => {
    if (indexed.has(file)) return indexed.get(file);
    const text = await extractPdfText(pdfjs, new Uint8Array(await readFile(join(corpus, file))));
    if (!text.ok) return undefined;
    const { summary, index } = summariseAndIndex(text.pages);
    const loaded = loadIndex(index);
    if (!loaded) return undefined;
    const document = { url: file, title: file, pages: summary.pages, restricted: summary.restricted, index: loaded };
    indexed.set(file, document);
    return document;
  };
  const score = async (label: string, questions: Question[]) => {
    let answerable = 0;
    let inTopThree = 0;
    let unanswerable = 0;
    let saidUnanswered = 0;
    let wrongNotAnswered = 0;
    const misses: string[] = [];
    for (const question of questions) {
      const documents = (await Promise.all(question.documents.map(documentFor))).filter((document) => document !== undefined);
      const answer = answerQuestion(question.question, documents);
      const topThree = answer.passages.slice(0, 3);
      const where = topThree.map((passage) => `${passage.url.replace(/\.pdf$/, '').slice(-24)} p${passage.page}`).join(', ');
      if (question.answers.length === 0) {
        unanswerable += 1;
        if (!answer.answered) saidUnanswered += 1;
        else misses.push(`answered, should not: “${question.question}” → ${where}`);
        continue;
      }
      answerable += 1;
      const right = topThree.some((passage) => question.answers.some((expected) => expected.file === passage.url && expected.pages.includes(passage.page)));
      if (right) inTopThree += 1;
      else {
        if (!answer.answered) wrongNotAnswered += 1;
        misses.push(
          `${answer.answered ? 'wrong page' : 'not answered'}: “${question.question}” → ${where || 'nothing'} (want ${question.answers.map((expected) => `p${expected.pages.join('/')}`).join(' or ')})`,
        );
      }
    }
    const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`);
    console.log(
      `\nAsk this meeting, ${label}: ${questions.length} hand-written questions over ${new Set(questions.flatMap((question) => question.documents)).size} documents`,
    );
    console.log(
      `  answer in the top 3:           ${percent(inTopThree, answerable)} of ${answerable} (target ≥ 90%); ${wrongNotAnswered} said "not answered" wrongly`,
    );
    console.log(`  "not answered" when it is not: ${percent(saidUnanswered, unanswerable)} of ${unanswerable} (target ≥ 80%)`);
    if (misses.length) {
      console.log('  Misses');
      for (const miss of misses) console.log(`    ${miss}`);
    }
  };
  await score('tuned on', set.questions);
  await score('held out', set.heldOut.questions);
}
