import * as pdfjs from 'pdfjs-dist';
import { askChromeAi } from '../../lib/background/ai/chrome-ai';
import type { PdfJs } from '../../lib/pdf/extract';
import { runPdfJob } from '../../lib/pdf/job';
import { offscreenChannel, offscreenReportChannel } from '../../lib/protocol';

/**
 * Chrome's offscreen document: the service worker cannot host pdf.js (no DOM, no nested
 * workers), so PDF jobs run here, with pdf.js's own worker bundled into the extension. Only the
 * background may drive it (lib/protocol/messages.ts: `toOffscreen`).
 */
// This page is an extension page, so its own origin is where the bundled worker lives.
pdfjs.GlobalWorkerOptions.workerSrc = new URL('/pdf.worker.min.mjs', location.origin).href;
const running = new Map<string, AbortController>();

offscreenChannel.handle('runPdfJob', async (request) => {
  const controller = new AbortController();
  running.set(request.jobId, controller);
  try {
    return await runPdfJob({
      url: request.url,
      policy: request.policy,
      pdfjs: pdfjs as unknown as PdfJs,
      signal: controller.signal,
      ...(request.validators ? { validators: request.validators } : {}),
      onProgress: (progress) => void offscreenReportChannel.send('pdfJobProgress', { jobId: request.jobId, ...progress }),
    });
  } finally {
    running.delete(request.jobId);
  }
});

offscreenChannel.handle('cancelPdfJob', ({ jobId }) => running.get(jobId)?.abort());

offscreenChannel.handle('askChromeAi', ({ digest }) => askChromeAi(digest.slice(0, 60_000)));
