import { failure, type Failure, type FailureCode } from '../protocol/failure';
import { laidOutLinesFromItems, type PageLines, removeRunningLines, type TextItem } from './lines';

/**
 * PDF → pages of lines, through pdf.js. The pdf.js module is passed in, because it loads
 * differently in Node (legacy build, tests and the CLI), in Chrome's offscreen document and in
 * Firefox's background page. Every failure is a value whose code says what a person can do about it.
 */

export const MAX_PDF_BYTES = 50 * 1024 * 1024;
export const MAX_PDF_PAGES = 1000;
/**
 * Caps on what one document may hand the summariser. Real council PDFs (the 27 in the corpus and
 * fixtures) have 37–120 pieces of text and under 3,000 characters a page, so a 1,000-page pack
 * would have about 120,000 pieces. A crafted file whose pages all share one stream multiplies
 * its text by its page count, and is stopped here (after a few seconds of work) rather than read
 * for minutes.
 */
export const MAX_PDF_TEXT_ITEMS = 300_000;
export const MAX_PAGE_TEXT_ITEMS = 20_000;
export const MAX_PDF_CHARACTERS = 5_000_000;

export type PdfFailureCode = Extract<
  FailureCode,
  'empty' | 'not_pdf' | 'too_large' | 'encrypted' | 'corrupt' | 'no_text_layer' | 'too_many_pages' | 'too_complex' | 'cancelled'
>;

export type PdfResult = { ok: true; pages: PageLines[]; pageCount: number; characters: number } | Failure;

export type PdfProgress = { stage: 'pages'; page: number; of: number };

/** The slice of the pdf.js API this module uses, so any of its builds fits. */
export interface PdfJs {
  getDocument(source: {
    data: Uint8Array;
    isEvalSupported?: boolean;
    useSystemFonts?: boolean;
    disableFontFace?: boolean;
    stopAtErrors?: boolean;
    verbosity?: number;
  }): {
    promise: Promise<PdfDocument>;
    destroy(): Promise<void>;
  };
}

interface PdfDocument {
  numPages: number;
  getPage(number: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }>; cleanup(): void }>;
  destroy(): Promise<void>;
}

export interface ExtractOptions {
  signal?: AbortSignal;
  onProgress?(progress: PdfProgress): void;
  maxPages?: number;
  maxTextItems?: number;
  maxCharacters?: number;
  /**
   * A `performance.now()` time after which reading stops. Checked on every page as well as
   * through `signal`, because where pdf.js runs in the same thread (Node's fake worker) its
   * messages are microtasks and a timer set to abort would not fire until the end.
   */
  deadline?: number;
}

/** A failure of reading a PDF (the catalogues say each in words: failure_<code>). */
export function pdfFailure(code: PdfFailureCode, detail?: string | number): Failure {
  return failure(code, detail);
}

function isTextItem(item: unknown): item is TextItem {
  return typeof item === 'object' && item !== null && typeof (item as TextItem).str === 'string' && Array.isArray((item as TextItem).transform);
}

/** Checks the bytes before pdf.js sees them: the cheap, certain failures first. */
export function checkPdfBytes(bytes: Uint8Array): { ok: true } | Failure {
  if (bytes.byteLength === 0) return pdfFailure('empty');
  if (bytes.byteLength > MAX_PDF_BYTES) return pdfFailure('too_large');
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(1024, bytes.byteLength)));
  if (!head.includes('%PDF-')) return pdfFailure('not_pdf');
  return { ok: true };
}

const PAGE_LOOKAHEAD = 8;

export async function extractPdfText(pdfjs: PdfJs, input: Uint8Array, options: ExtractOptions = {}): Promise<PdfResult> {
  const checked = checkPdfBytes(input);
  if (!checked.ok) return checked;
  if (options.signal?.aborted) return pdfFailure('cancelled');
  // pdf.js takes ownership of (detaches) the buffer it is given.
  const task = pdfjs.getDocument({
    data: input.slice(),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  const abort = () => void task.destroy();
  options.signal?.addEventListener('abort', abort, { once: true });
  let document: PdfDocument;
  try {
    document = await task.promise;
  } catch (error) {
    options.signal?.removeEventListener('abort', abort);
    if (options.signal?.aborted) return pdfFailure('cancelled');
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') return pdfFailure('encrypted');
    return pdfFailure('corrupt');
  }
  try {
    const limit = options.maxPages ?? MAX_PDF_PAGES;
    if (document.numPages > limit) return pdfFailure('too_many_pages', document.numPages);
    const pages: PageLines[] = [];
    let characters = 0;
    let textItems = 0;
    const maxItems = options.maxTextItems ?? MAX_PDF_TEXT_ITEMS;
    const maxCharacters = options.maxCharacters ?? MAX_PDF_CHARACTERS;
    const pdf = document;
    const textOf = async (number: number) => {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      page.cleanup();
      return content.items;
    };
    // Pages are asked for ahead, so pdf.js parses (and inflates streams for) the next ones while
    // this one is laid out: eight measured about 20% faster than four on a 310-page pack, and
    // more gained nothing. Few enough that a 500-page file never holds more than eight pages'
    // text items at once.
    const ahead = new Map<number, Promise<unknown[]>>();
    const request = (number: number) => {
      if (number > pdf.numPages || ahead.has(number)) return;
      const pending = textOf(number);
      pending.catch(() => undefined);
      ahead.set(number, pending);
    };
    for (let number = 1; number <= pdf.numPages; number += 1) {
      if (options.signal?.aborted) return pdfFailure('cancelled');
      if (options.deadline !== undefined && performance.now() > options.deadline) return pdfFailure('too_complex');
      for (let next = number; next < number + PAGE_LOOKAHEAD; next += 1) request(next);
      const items = await ahead.get(number)!;
      ahead.delete(number);
      textItems += items.length;
      if (textItems > maxItems || items.length > MAX_PAGE_TEXT_ITEMS) return pdfFailure('too_complex');
      const laidOut = laidOutLinesFromItems(items.filter(isTextItem));
      const lines = laidOut.map((line) => line.text);
      characters += lines.reduce((sum, line) => sum + line.length, 0);
      if (characters > maxCharacters) return pdfFailure('too_complex');
      pages.push({ page: number, lines, layout: laidOut.map(({ text: _text, ...layout }) => layout) });
      options.onProgress?.({ stage: 'pages', page: number, of: pdf.numPages });
    }
    // Scans have no text, or only a few stray characters per page from a stamp or page number.
    if (characters < Math.max(40, document.numPages * 20)) return pdfFailure('no_text_layer');
    return { ok: true, pages: removeRunningLines(pages), pageCount: document.numPages, characters };
  } catch {
    if (options.signal?.aborted) return pdfFailure('cancelled');
    return pdfFailure('corrupt');
  } finally {
    options.signal?.removeEventListener('abort', abort);
    await document.destroy().catch(() => undefined);
  }
}
