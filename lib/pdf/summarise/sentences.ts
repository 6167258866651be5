import type { PageLines } from '../lines';

/**
 * Sentences with the page they start on. Splitting uses the platform's Unicode sentence
 * segmenter (Intl.Segmenter, ICU), then rejoins the breaks it makes after abbreviations that
 * council documents use all the time ("Cllr. Smith", "No. 5", "para. 3.2", "approx. £2m").
 */

export interface Sentence {
  text: string;
  /** The page the sentence starts on. */
  page: number;
  /** Where, inside the text, a later page begins: for citing a fact in a sentence that crosses pages. */
  pageBreaks?: { at: number; page: number }[];
  /** Index of the line it starts on, across the document, for section lookup. */
  line: number;
}

const ABBREVIATIONS = new Set([
  'cllr',
  'cllrs',
  'no',
  'nos',
  'para',
  'paras',
  'approx',
  'ltd',
  'st',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'rev',
  'revd',
  'co',
  'etc',
  'e.g',
  'i.e',
  'vs',
  'cf',
  'inc',
  'dept',
  'govt',
  'ref',
  'refs',
  'fig',
  'figs',
  'vol',
  'app',
  'appx',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'sec',
  'cl',
  'sch',
  'reg',
  'regs',
  'art',
  'ch',
  'p',
  'pp',
  'hon',
  'rt',
  'est',
  'max',
  'min',
  'tel',
  'mob',
]);

const segmenter = new Intl.Segmenter('en-GB', { granularity: 'sentence' });

function endsWithAbbreviation(segment: string): boolean {
  const match = /(?:^|[\s(])([A-Za-z]{1,7}(?:\.[A-Za-z]{1,3})?)\.\s*$/.exec(segment);
  if (match && ABBREVIATIONS.has(match[1]!.toLowerCase())) return true;
  // Initials ("M. Bradburn") and numbered points ("4.") are not sentence ends either.
  return /(?:^|\s)[A-Z]\.\s*$/.test(segment) || /(?:^|\s)\d{1,3}\.\s*$/.test(segment);
}

/** The page of a position inside a sentence. */
export function pageAt(sentence: Sentence, index: number): number {
  let page = sentence.page;
  for (const pageBreak of sentence.pageBreaks ?? []) if (pageBreak.at <= index) page = pageBreak.page;
  return page;
}

export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let pending = '';
  for (const { segment } of segmenter.segment(text)) {
    pending += segment;
    if (endsWithAbbreviation(pending)) continue;
    const trimmed = pending.trim();
    if (trimmed) out.push(trimmed);
    pending = '';
  }
  if (pending.trim()) out.push(pending.trim());
  return out;
}

export interface DocumentLine {
  text: string;
  page: number;
  size?: number;
  gap?: number;
  x?: number;
  face?: string;
  cells?: { x: number; text: string }[];
}

export interface DocumentText {
  /** Every line, in order, with its page, and its font size and the space above it where pdf.js gave them. */
  lines: DocumentLine[];
  sentences: Sentence[];
}

const BULLET = /^[•●▪◦‣\-–*]\s+/;

/**
 * Joins lines into paragraphs (a blank-ish break, a bullet, or a numbered heading starts a new
 * one; hyphenated line ends are rejoined), then splits paragraphs into sentences that keep the
 * page of their first word.
 */
export function documentText(pages: readonly PageLines[], maxCharacters = Number.POSITIVE_INFINITY): DocumentText {
  const lines: DocumentText['lines'] = [];
  let characters = 0;
  for (const page of pages) {
    page.lines.forEach((text, index) => {
      if (characters > maxCharacters) return;
      const layout = page.layout?.[index];
      lines.push({ text, page: page.page, ...layout });
      characters += text.length + 1;
    });
  }
  const sentences: Sentence[] = [];
  let paragraph = '';
  let paragraphLine = 0;
  const offsets: { at: number; line: number }[] = [];
  const flush = () => {
    if (!paragraph.trim()) return;
    let cursor = 0;
    for (const sentence of splitSentences(paragraph)) {
      const at = paragraph.indexOf(sentence, cursor);
      cursor = at >= 0 ? at + sentence.length : cursor;
      const startsAt = at >= 0 ? at : 0;
      let line = paragraphLine;
      for (const offset of offsets) if (offset.at <= startsAt) line = offset.line;
      const page = lines[line]?.page ?? 1;
      const pageBreaks: { at: number; page: number }[] = [];
      for (const offset of offsets) {
        const offsetPage = lines[offset.line]?.page ?? page;
        const relative = offset.at - startsAt;
        if (relative > 0 && relative < sentence.length && offsetPage !== (pageBreaks[pageBreaks.length - 1]?.page ?? page))
          pageBreaks.push({ at: relative, page: offsetPage });
      }
      sentences.push({ text: sentence, page, line, ...(pageBreaks.length ? { pageBreaks } : {}) });
    }
    paragraph = '';
    offsets.length = 0;
  };
  lines.forEach((entry, index) => {
    const text = entry.text.trim();
    const startsBlock =
      BULLET.test(text) ||
      /^\d{1,2}(\.\d{1,2})*\.?\s*$/.test(text) ||
      /^\d{1,2}(\.\d{1,2})+\s+[A-Z]/.test(text) ||
      (text.length < 60 && /^[A-Z][^.]*$/.test(text) && !/[,;]$/.test(text));
    if (startsBlock || !paragraph) {
      flush();
      paragraphLine = index;
    }
    offsets.push({ at: paragraph.length, line: index });
    const clean = text.replace(BULLET, '');
    if (paragraph.endsWith('-') && /^[a-z]/.test(clean)) paragraph = paragraph.slice(0, -1) + clean;
    else paragraph += (paragraph ? ' ' : '') + clean;
    // A short title line stands alone, so it does not run into the sentence after it.
    if (startsBlock && !/[.:;,]$/.test(clean) && clean.length < 60) flush();
  });
  flush();
  return { lines, sentences };
}
