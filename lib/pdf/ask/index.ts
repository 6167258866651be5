import type { PageLines } from '../lines';
import { readDocument, type DocumentSummary } from '../summarise';
import { passagesOf } from './passages';
import { buildIndex, type SerialisedIndex } from './search';

export { answerQuestion, type DeterministicAnswer, type QuotedPassage, type SearchableDocument } from './answer';
export { buildIndex, INDEX_VERSION, loadIndex, type LoadedIndex, type SerialisedIndex } from './search';

/** One read of a document's text: its summary and its question index, made together where the PDF is read. */
export function summariseAndIndex(pages: readonly PageLines[]): { summary: DocumentSummary; index: SerialisedIndex } {
  const { summary, index } = summariseThenIndex(pages);
  return { summary, index: index() };
}

/**
 * The same read, with the index made only when asked for: the summary is what a reader waits
 * for, and the index (a fifth of reading the document again) can follow it.
 */
export function summariseThenIndex(pages: readonly PageLines[]): { summary: DocumentSummary; index(): SerialisedIndex } {
  const read = readDocument(pages);
  return { summary: read.summary, index: () => buildIndex(passagesOf(read)) };
}
