import * as pdfjs from 'pdfjs-dist';
import { runPdfJob } from '../../lib/pdf/job';
import type { PdfJs } from '../../lib/pdf/extract';
import { offscreenMessaging } from '../../lib/messaging';
import { askChromeAi } from '../../lib/ai/chrome-ai';

/**
 * Chrome's offscreen document: the service worker cannot host pdf.js (no DOM, no nested
 * workers), so PDF jobs run here, with pdf.js's own worker bundled into the extension.
 */
// This page is an extension page, so its own origin is where the bundled worker lives.
pdfjs.GlobalWorkerOptions.workerSrc = new URL('/pdf.worker.min.mjs', location.origin).href;
const running = new Map<string, AbortController>();

/** Only the background may drive this page: this extension, and not from a tab (a content script or an extension page in one). */
const fromBackground = (sender: Browser.runtime.MessageSender) => sender.id === browser.runtime.id && sender.tab === undefined;

offscreenMessaging.onMessage('runPdfJob', async ({ data, sender }) => {
  if (!fromBackground(sender)) return { status: 'failed', error: 'not_allowed', message: 'Unknown sender.' };
  const controller = new AbortController();
  running.set(data.jobId, controller);
  try {
    return await runPdfJob({
      url: data.url,
      policy: data.policy,
      pdfjs: pdfjs as unknown as PdfJs,
      signal: controller.signal,
      ...(data.validators ? { validators: data.validators } : {}),
      onProgress: (progress) => void offscreenMessaging.sendMessage('pdfJobProgress', { jobId: data.jobId, ...progress }).catch(() => undefined),
    });
  } finally {
    running.delete(data.jobId);
  }
});

offscreenMessaging.onMessage('cancelPdfJob', ({ data, sender }) => {
  if (!fromBackground(sender)) return;
  running.get(data.jobId)?.abort();
});

offscreenMessaging.onMessage('askChromeAi', ({ data, sender }) => {
  if (!fromBackground(sender) || typeof data?.digest !== 'string') return { ok: false, message: 'Unknown sender.' };
  return askChromeAi(data.digest.slice(0, 60_000));
});
