import { isTemplateBoilerplate } from '../summarise/boilerplate';
import type { ReadDocument } from '../summarise';

/**
 * The passages a question is answered from: every sentence of a document (a short one joined to
 * the next, so that "Approved." keeps its subject), each with the page it starts on, plus every
 * recommendation and decision part verbatim, marked as such so that answers can rank them first.
 */

export const PASSAGE_KINDS = ['text', 'recommendation', 'decision'] as const;
export type PassageKind = (typeof PASSAGE_KINDS)[number];

export interface Passage {
  text: string;
  page: number;
  kind: PassageKind;
  /** The agenda item or heading the passage sits under, where the document says: searched too, with less weight. */
  context?: string;
}

/** A passage is quoted whole; one longer than this is a table or a run-on the text layer made, cut at a word. */
export const MAX_PASSAGE_CHARACTERS = 700;
/** A sentence shorter than this is joined to the one after it on the same page. */
const SHORT_SENTENCE = 70;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const LIST_MARKER = /^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|\(?[a-z]\)|\([ivx]+\)|[•▪◦·-])\s+(?=[A-Z(£0-9])/;

function cut(text: string): string {
  if (text.length <= MAX_PASSAGE_CHARACTERS) return text;
  const at = text.lastIndexOf(' ', MAX_PASSAGE_CHARACTERS);
  return `${text.slice(0, at > 200 ? at : MAX_PASSAGE_CHARACTERS)} …`;
}

/** Fewer than four words, or no letters: a page number, a table cell or a heading, which answers nothing alone. */
const tooSmall = (text: string) => text.length < 25 || text.split(/\s+/).length < 4 || !/[a-z]/i.test(text);

export function passagesOf({ summary, text, parts }: ReadDocument): Passage[] {
  const passages: Passage[] = [];
  const decided = new Set(parts.decisions);
  // Which agenda item a page belongs to, in a reports pack whose frontsheet gives page ranges.
  const itemOfPage = (page: number): string | undefined => {
    const item = summary.items.find(
      (candidate) => candidate.pageStart !== undefined && page >= candidate.pageStart && page <= (candidate.pageEnd ?? candidate.pageStart),
    );
    return item ? `${item.number}. ${item.title}` : undefined;
  };
  for (const part of parts.all) {
    if (tooSmall(part.text)) continue;
    const context = part.itemTitle ?? itemOfPage(part.page);
    passages.push({ text: cut(part.text), page: part.page, kind: decided.has(part) ? 'decision' : 'recommendation', ...(context ? { context } : {}) });
  }
  let pending: { text: string; page: number } | undefined;
  const flush = () => {
    if (!pending) return;
    const passage = pending.text.trim();
    // An officer's e-mail address in a forward plan's row does not make the row a contact block.
    if (!tooSmall(passage) && !isTemplateBoilerplate(passage.replace(EMAIL, ''))) {
      const context = itemOfPage(pending.page);
      passages.push({ text: cut(passage), page: pending.page, kind: 'text', ...(context ? { context } : {}) });
    }
    pending = undefined;
  };
  for (const sentence of text.sentences) {
    // The lines a part was quoted from are in the index already, as that part.
    if (parts.quotedLines.has(sentence.line)) {
      flush();
      continue;
    }
    const clean = sentence.text.replace(LIST_MARKER, '').trim();
    if (pending && pending.page === sentence.page && pending.text.length < SHORT_SENTENCE) pending.text += ` ${clean}`;
    else {
      flush();
      pending = { text: clean, page: sentence.page };
    }
  }
  flush();
  return passages;
}
