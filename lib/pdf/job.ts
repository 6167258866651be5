import { readCapped } from '../http';
import { KeyedLimiter } from '../limiter';
import { summariseDocument, type DocumentSummary } from '../summarise';
import { checkPdfBytes, extractPdfText, MAX_PDF_BYTES, pdfFailure, type PdfFailureCode, type PdfJs } from './extract';

/**
 * One "summarise this PDF" job, from download to summary. It runs where pdf.js can: Chrome's
 * offscreen document, Firefox's background page, or Node (CLI, tests).
 */

export type JobProgress =
  | { stage: 'download'; received: number; total?: number }
  | { stage: 'pages'; page: number; of: number }
  | { stage: 'summarising' };

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type JobFailureCode = PdfFailureCode | 'unavailable' | 'not_found';

export type JobResult =
  | { status: 'ok'; summary: DocumentSummary; validators: Validators }
  | { status: 'notModified' }
  | { status: 'failed'; error: JobFailureCode; message: string };

/** At most two downloads at once from one council host, across every tab and job. */
const downloads = new KeyedLimiter(2);

export interface JobOptions {
  url: string;
  pdfjs: PdfJs;
  fetch?: typeof fetch;
  validators?: Validators;
  signal?: AbortSignal;
  onProgress?(progress: JobProgress): void;
  maxBytes?: number;
}

async function download(options: JobOptions): Promise<{ bytes: Uint8Array; validators: Validators } | { notModified: true } | { error: JobFailureCode; message: string }> {
  const fetchImpl = options.fetch ?? ((...args) => fetch(...args));
  const maxBytes = options.maxBytes ?? MAX_PDF_BYTES;
  const headers: Record<string, string> = {};
  if (options.validators?.etag) headers['if-none-match'] = options.validators.etag;
  if (options.validators?.lastModified) headers['if-modified-since'] = options.validators.lastModified;
  let response: Response;
  try {
    response = await fetchImpl(options.url, { headers, credentials: 'omit', ...(options.signal ? { signal: options.signal } : {}) });
  } catch {
    if (options.signal?.aborted) return pdfFailure('cancelled');
    return { error: 'unavailable', message: 'The council’s website could not be reached.' };
  }
  if (response.status === 304) return { notModified: true };
  if (response.status === 404 || response.status === 410) return { error: 'not_found', message: 'The council’s website no longer has this document.' };
  if (!response.ok) return { error: 'unavailable', message: `The council’s website answered ${response.status}.` };
  const total = Number(response.headers.get('content-length') ?? '') || undefined;
  if (total !== undefined && total > maxBytes) return pdfFailure('too_large');
  const validators: Validators = {
    ...(response.headers.get('etag') ? { etag: response.headers.get('etag')! } : {}),
    ...(response.headers.get('last-modified') ? { lastModified: response.headers.get('last-modified')! } : {}),
  };
  let bytes: Uint8Array | undefined;
  try {
    bytes = await readCapped(response, maxBytes, (received) => options.onProgress?.({ stage: 'download', received, ...(total ? { total } : {}) }));
  } catch {
    if (options.signal?.aborted) return pdfFailure('cancelled');
    return { error: 'unavailable', message: 'The download was interrupted.' };
  }
  if (bytes === undefined) return pdfFailure('too_large');
  return { bytes, validators };
}

/** How often progress is passed on at most: each report crosses two extension message hops. */
export const PROGRESS_INTERVAL_MS = 100;

/**
 * Passes progress on at most every `intervalMs`, and always a stage's first and last report, so a
 * 300-page pack sends a few dozen messages rather than one per page and the reader sees no lag.
 */
export function throttleProgress(onProgress: (progress: JobProgress) => void, intervalMs = PROGRESS_INTERVAL_MS, now: () => number = () => performance.now()): (progress: JobProgress) => void {
  let lastSent = Number.NEGATIVE_INFINITY;
  let lastStage: JobProgress['stage'] | undefined;
  return (progress) => {
    const last = (progress.stage === 'pages' && progress.page === progress.of) || (progress.stage === 'download' && progress.total !== undefined && progress.received >= progress.total);
    const time = now();
    if (progress.stage !== lastStage || last || time - lastSent >= intervalMs) {
      lastSent = time;
      lastStage = progress.stage;
      onProgress(progress);
    }
  };
}

export async function runPdfJob(options: JobOptions): Promise<JobResult> {
  let host: string;
  try {
    host = new URL(options.url).host;
  } catch {
    return { status: 'failed', error: 'not_pdf', message: 'That is not a document address.' };
  }
  const report = options.onProgress ? throttleProgress(options.onProgress) : undefined;
  const fetched = await downloads.run(host, () => download({ ...options, ...(report ? { onProgress: report } : {}) }));
  if ('notModified' in fetched) return { status: 'notModified' };
  if ('error' in fetched) return { status: 'failed', error: fetched.error, message: fetched.message };
  const checked = checkPdfBytes(fetched.bytes);
  if (!checked.ok) return { status: 'failed', error: checked.error, message: checked.message };
  const text = await extractPdfText(options.pdfjs, fetched.bytes, { ...(options.signal ? { signal: options.signal } : {}), onProgress: (progress) => report?.(progress) });
  if (!text.ok) return { status: 'failed', error: text.error, message: text.message };
  if (options.signal?.aborted) return { status: 'failed', ...pdfFailure('cancelled') };
  report?.({ stage: 'summarising' });
  return { status: 'ok', summary: summariseDocument(text.pages), validators: fetched.validators };
}
