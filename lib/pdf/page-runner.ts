import * as pdfjs from 'pdfjs-dist';
import type { PdfJs } from './extract';
import { type JobProgress, type JobResult, type PdfJobRequest, runPdfJob } from './job';

/**
 * Runs PDF jobs in a page that has a DOM and workers: Firefox's background page (which has no
 * offscreen API). Loaded lazily, so pdf.js is never part of a bundle that does not use it.
 */
pdfjs.GlobalWorkerOptions.workerSrc = new URL('/pdf.worker.min.mjs', location.origin).href;
const running = new Map<string, AbortController>();

export async function runInPage(request: PdfJobRequest, onProgress: (progress: JobProgress) => void): Promise<JobResult> {
  const controller = new AbortController();
  running.set(request.jobId, controller);
  try {
    return await runPdfJob({
      url: request.url,
      policy: request.policy,
      pdfjs: pdfjs as unknown as PdfJs,
      signal: controller.signal,
      onProgress,
      ...(request.validators ? { validators: request.validators } : {}),
    });
  } finally {
    running.delete(request.jobId);
  }
}

export function cancelInPage(jobId: string): void {
  running.get(jobId)?.abort();
}
