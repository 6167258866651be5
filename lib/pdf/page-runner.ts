import * as pdfjs from 'pdfjs-dist';
import type { PdfJs } from './extract';
import { WORKER_IDLE_MS } from './worker-idle';
import { type JobProgress, type JobResult, type PdfJobRequest, runPdfJob } from './job';
import type { SerialisedIndex } from './ask';
import { failure, type Failure } from '../protocol/failure';

/**
 * Runs PDF jobs in a page that has a DOM and workers: Chrome's offscreen document, or Firefox's
 * background page (which has no offscreen API). Loaded lazily, so pdf.js is never part of a
 * bundle that does not use it.
 */
pdfjs.GlobalWorkerOptions.workerSrc = new URL('/pdf.worker.min.mjs', location.origin).href;
const running = new Map<string, AbortController>();
/**
 * Reads kept for their question index, by job and document (a meeting's documents share one job),
 * until the background asks for it (at once, after taking the summary). At most two: an index never
 * asked for is dropped with the oldest read.
 */
const readsToIndex = new Map<string, { makeIndex: () => SerialisedIndex; timer: ReturnType<typeof setTimeout> }>();
const READS_KEPT = 2;
/** How long after its summary a question index is begun, so the summary is on screen first (a 310-page pack's takes 230 ms). */
const INDEX_AFTER_MS = 300;
/** A read whose index is not asked for within this long (the background went away) is dropped. */
const READ_KEPT_MS = 30_000;

const readKey = (jobId: string, url: string) => `${jobId}\n${url}`;

function forgetRead(key: string): (() => SerialisedIndex) | undefined {
  const kept = readsToIndex.get(key);
  if (kept) clearTimeout(kept.timer);
  readsToIndex.delete(key);
  return kept?.makeIndex;
}

/**
 * One pdf.js worker for every document, started when this page loads and kept: starting one
 * per document (pdf.js's default) loads and compiles its 1 MB script each time, most of the
 * cost of a 30-page PDF. Given to `getDocument` explicitly, so a finished document's teardown
 * leaves it running for the next, and documents read at the same time share it.
 */
let worker: pdfjs.PDFWorker | undefined;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
function sharedWorker(): pdfjs.PDFWorker {
  clearTimeout(idleTimer);
  if (!worker || worker.destroyed) worker = new pdfjs.PDFWorker();
  return worker;
}
sharedWorker();

function releaseWhenIdle(): void {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    if (running.size > 0) return;
    worker?.destroy();
    worker = undefined;
  }, WORKER_IDLE_MS);
}

const pdfjsWithSharedWorker: PdfJs = {
  getDocument: (source) => (pdfjs as unknown as PdfJs).getDocument({ ...source, worker: sharedWorker() } as Parameters<PdfJs['getDocument']>[0]),
};

export async function runInPage(request: PdfJobRequest, onProgress: (progress: JobProgress) => void): Promise<JobResult> {
  const controller = new AbortController();
  running.set(request.jobId, controller);
  try {
    return await runPdfJob({
      url: request.url,
      policy: request.policy,
      pdfjs: pdfjsWithSharedWorker,
      signal: controller.signal,
      onProgress,
      ...(request.validators ? { validators: request.validators } : {}),
      ...(request.indexLater
        ? {
            indexLater: (makeIndex: () => SerialisedIndex) => {
              const key = readKey(request.jobId, request.url);
              forgetRead(key);
              readsToIndex.set(key, { makeIndex, timer: setTimeout(() => forgetRead(key), READ_KEPT_MS) });
              for (const older of readsToIndex.keys()) if (readsToIndex.size > READS_KEPT) forgetRead(older);
            },
          }
        : {}),
    });
  } finally {
    running.delete(request.jobId);
    if (running.size === 0) releaseWhenIdle();
  }
}

export function cancelInPage(jobId: string): void {
  running.get(jobId)?.abort();
  for (const key of readsToIndex.keys()) if (key.startsWith(`${jobId}\n`)) forgetRead(key);
}

/**
 * The question index of a job that answered without it, made from the read it kept (once), once
 * the summary is shown and this page's thread is idle: Chrome runs the extension's pages (this
 * offscreen document, the "Summarise this PDF" page) on one thread, so made at once it held up
 * showing the summary it followed.
 */
export async function indexInPage(jobId: string, url: string): Promise<{ ok: true; index: SerialisedIndex } | Failure> {
  // Taken at once: the next document of the same job keeps its own read meanwhile.
  const makeIndex = forgetRead(readKey(jobId, url));
  if (!makeIndex) return failure('not_found');
  // Idle alone came too soon: the thread is idle for a moment while the summary travels to the page through the background.
  await new Promise((resolve) => setTimeout(resolve, INDEX_AFTER_MS));
  await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1_000 }));
  return { ok: true, index: makeIndex() };
}

/** What this page is still doing: PDF jobs running (and reads kept for their index), and whether pdf.js's worker is alive (it stops when idle). */
export function pageRunnerActivity(): { jobs: number; worker: boolean } {
  return { jobs: running.size + readsToIndex.size, worker: worker !== undefined && !worker.destroyed };
}
