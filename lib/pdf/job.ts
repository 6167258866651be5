import { checkDocumentUrl, type DocumentPolicy } from '../background/document-policy';
import { fetchChecked, readCapped } from '../background/http';
import { KeyedLimiter } from '../background/limiter';
import type { DocumentSummary } from './summarise';
import { type SerialisedIndex, summariseThenIndex } from './ask';
import { checkPdfBytes, extractPdfText, MAX_PDF_BYTES, pdfFailure, type PdfJs } from './extract';
import { failure, type Failure } from '../protocol/failure';

/**
 * One "summarise this PDF" job, from download to summary. It runs where pdf.js can: Chrome's
 * offscreen document, Firefox's background page, or Node (CLI, tests).
 */

export type JobProgress = { stage: 'download'; received: number; total?: number } | { stage: 'pages'; page: number; of: number } | { stage: 'summarising' };

export interface Validators {
  etag?: string;
  lastModified?: string;
}

/** One job as the background hands it to wherever pdf.js runs. */
export interface PdfJobRequest {
  jobId: string;
  url: string;
  policy: DocumentPolicy;
  validators?: Validators;
  /** Answer with the summary, and make the question index only when asked for it (`indexPdfJob`). */
  indexLater?: boolean;
}

/**
 * A summary and the document's question index (made from one read of its text; absent when it
 * is to be made later), or "what you have is still current" (for a conditional request), or why not.
 */
export type JobResult = { ok: true; summary: DocumentSummary; index?: SerialisedIndex; validators: Validators } | { ok: true; notModified: true } | Failure;

/** At most two downloads at once from one council host, across every tab and job. */
const downloads = new KeyedLimiter(2);

export interface JobOptions {
  url: string;
  /** Where the document may come from: checked on the address asked for and on the one any redirect lands on. */
  policy: DocumentPolicy;
  pdfjs: PdfJs;
  fetch?: typeof fetch;
  validators?: Validators;
  signal?: AbortSignal;
  onProgress?(progress: JobProgress): void;
  maxBytes?: number;
  /** Wall-clock limit for the whole job; see PDF_JOB_TIME_LIMIT_MS. */
  timeLimitMs?: number;
  /** Given, the job answers without the question index, and hands this the means to make it from the same read. */
  indexLater?(makeIndex: () => SerialisedIndex): void;
}

/**
 * A job stops after this long, whatever it is doing: a small crafted PDF (1,000 pages sharing one
 * huge content stream) can otherwise keep a core busy for minutes. Real 300-page packs take about
 * 2 s in Chromium on a 2-core machine, so this leaves a wide margin.
 */
export const PDF_JOB_TIME_LIMIT_MS = 60_000;

async function download(options: JobOptions): Promise<{ ok: true; bytes: Uint8Array; validators: Validators } | { ok: true; notModified: true } | Failure> {
  const fetchImpl = options.fetch ?? ((...args) => fetch(...args));
  const maxBytes = options.maxBytes ?? MAX_PDF_BYTES;
  const headers: Record<string, string> = {};
  if (options.validators?.etag) headers['if-none-match'] = options.validators.etag;
  if (options.validators?.lastModified) headers['if-modified-since'] = options.validators.lastModified;
  let response: Response;
  try {
    const checked = await fetchChecked(
      fetchImpl,
      options.url,
      { headers, credentials: 'omit', ...(options.signal ? { signal: options.signal } : {}) },
      (landed) => checkDocumentUrl(landed.href, options.policy) instanceof URL,
    );
    if (!checked.ok) return failure('redirected_elsewhere');
    response = checked.response;
  } catch {
    if (options.signal?.aborted) return pdfFailure('cancelled');
    return failure('site_unreachable');
  }
  if (response.status === 304) return { ok: true, notModified: true };
  if (response.status === 404 || response.status === 410) return failure('not_found');
  if (!response.ok) return failure('site_error', response.status);
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
    return failure('download_interrupted');
  }
  if (bytes === undefined) return pdfFailure('too_large');
  // The connection closed early without an error: what arrived is part of a file, never read (or kept) as the document.
  if (total !== undefined && bytes.byteLength < total) return failure('download_cut_off');
  return { ok: true, bytes, validators };
}

/** How often progress is passed on at most: each report crosses two extension message hops. */
export const PROGRESS_INTERVAL_MS = 100;

/**
 * Passes progress on at most every `intervalMs`, and always a stage's first and last report, so a
 * 300-page pack sends a few dozen messages rather than one per page and the reader sees no lag.
 */
export function throttleProgress(
  onProgress: (progress: JobProgress) => void,
  intervalMs = PROGRESS_INTERVAL_MS,
  now: () => number = () => performance.now(),
): (progress: JobProgress) => void {
  let lastSent = Number.NEGATIVE_INFINITY;
  let lastStage: JobProgress['stage'] | undefined;
  return (progress) => {
    const last =
      (progress.stage === 'pages' && progress.page === progress.of) ||
      (progress.stage === 'download' && progress.total !== undefined && progress.received >= progress.total);
    const time = now();
    if (progress.stage !== lastStage || last || time - lastSent >= intervalMs) {
      lastSent = time;
      lastStage = progress.stage;
      onProgress(progress);
    }
  };
}

export async function runPdfJob(options: JobOptions): Promise<JobResult> {
  const allowed = checkDocumentUrl(options.url, options.policy);
  if (!(allowed instanceof URL)) return allowed;
  const host = allowed.host;
  // One signal for "stop": the caller's cancel (tab closed, Cancel pressed) or the time limit.
  const limitMs = options.timeLimitMs ?? PDF_JOB_TIME_LIMIT_MS;
  const timeLimit = new AbortController();
  const timer = setTimeout(() => timeLimit.abort(), limitMs);
  const signal = options.signal ? anySignal([options.signal, timeLimit.signal]) : timeLimit.signal;
  try {
    const result = await runWithin({ ...options, signal }, host, performance.now() + limitMs);
    if (!result.ok && result.code === 'cancelled' && timeLimit.signal.aborted && !options.signal?.aborted) return pdfFailure('too_complex');
    return result;
  } finally {
    clearTimeout(timer);
  }
}

function anySignal(signals: AbortSignal[]): AbortSignal {
  const controller = new AbortController();
  for (const signal of signals) {
    if (signal.aborted) controller.abort();
    else signal.addEventListener('abort', () => controller.abort(), { once: true });
  }
  return controller.signal;
}

async function runWithin(options: JobOptions & { signal: AbortSignal }, host: string, deadline: number): Promise<JobResult> {
  const report = options.onProgress ? throttleProgress(options.onProgress) : undefined;
  const fetched = await downloads.run(host, () => download({ ...options, ...(report ? { onProgress: report } : {}) }));
  if (!fetched.ok || 'notModified' in fetched) return fetched;
  const checked = checkPdfBytes(fetched.bytes);
  if (!checked.ok) return checked;
  const text = await extractPdfText(options.pdfjs, fetched.bytes, { signal: options.signal, deadline, onProgress: (progress) => report?.(progress) });
  if (!text.ok) return text;
  if (options.signal.aborted) return pdfFailure('cancelled');
  report?.({ stage: 'summarising' });
  const { summary, index } = summariseThenIndex(text.pages);
  if (!options.indexLater) return { ok: true, summary, index: index(), validators: fetched.validators };
  options.indexLater(index);
  return { ok: true, summary, validators: fetched.validators };
}
