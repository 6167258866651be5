import { failure, type Failure } from '../protocol/failure';
import { browser, type Browser } from 'wxt/browser';
import { answerInPage, answersRunning, askChromeAi, cancelAnswerInPage, type ChromeAiResult } from './ai/chrome-ai';
import type { JobProgress, JobResult, PdfJobRequest } from '../pdf/job';
import type { SerialisedIndex } from '../pdf/ask';
import { offscreenChannel, offscreenReportChannel } from '../protocol';
import { type WebServiceReader, webServiceReader } from './follow/checker';
import type { PageActivity, WebServiceReading } from '../protocol/messages';

/**
 * Where pdf.js runs: Chrome's offscreen document (its service worker cannot run pdf.js), or
 * Firefox's background page itself. The one place that uses Chrome's offscreen API.
 */

const OFFSCREEN = '/offscreen.html';

export interface PdfRunner {
  run(request: PdfJobRequest, onProgress: (progress: JobProgress) => void): Promise<JobResult>;
  /** The question index of a document read by a job run with `indexLater`, from the read the page kept. */
  index(jobId: string, url: string): Promise<{ ok: true; index: SerialisedIndex } | Failure>;
  cancel(jobId: string): void;
  /** Chrome's built-in model lives in pages, not service workers: the same page as pdf.js. */
  askChromeAi(digest: string): Promise<ChromeAiResult>;
  /** A question answered by the built-in model from quoted passages, streamed; `cancel(jobId)` stops it. */
  answerWithChromeAi(jobId: string, prompt: string, onText: (text: string) => void): Promise<{ ok: true; text: string } | Failure>;
  /** Reads web-service XML where a DOM exists, for a follow's check. */
  readWebService: WebServiceReader;
  /** Gets pdf.js and its worker ready before the first PDF is asked for (a page with documents is open). */
  warm(): void;
  /** What is still running: jobs and answers in the page (offscreen or, in Firefox, this one), and listeners waiting on them here. */
  activity(): Promise<RunnerActivity>;
}

export interface RunnerActivity extends PageActivity {
  /** Jobs whose progress, and answers whose text, this side still waits for. */
  progressListeners: number;
  answerListeners: number;
}

let offscreenReady: Promise<void> | undefined;

/** Chrome: one offscreen document hosts pdf.js; it is created on first use and reused. */
function ensureOffscreen(): Promise<void> {
  offscreenReady ??= (async () => {
    const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] as Browser.runtime.ContextType[] });
    if (contexts.length > 0) return;
    await browser.offscreen.createDocument({
      url: OFFSCREEN,
      reasons: ['WORKERS' as Browser.offscreen.Reason, 'DOM_PARSER' as Browser.offscreen.Reason],
      justification: 'Read council PDFs with pdf.js and its worker, and council web-service XML with DOMParser.',
    });
  })().catch((error: unknown) => {
    offscreenReady = undefined;
    throw error;
  });
  return offscreenReady;
}

/** A message to the offscreen document, made first if need be; a document that cannot be made answers `unreachable`. */
async function inOffscreen<Reply>(send: () => Promise<Reply>, unreachable: Failure): Promise<Reply | Failure> {
  try {
    await ensureOffscreen();
    return await send();
  } catch {
    return unreachable;
  }
}

function readInOffscreen(kind: keyof WebServiceReader, text: string, url: string): Promise<WebServiceReading> {
  return inOffscreen(() => offscreenChannel.send('readWebService', { kind, text, url }), failure('not_delivered'));
}

export function pdfRunner(): PdfRunner {
  if (import.meta.env.FIREFOX) {
    return {
      run: async (request, onProgress) => (await import('../pdf/page-runner')).runInPage(request, onProgress),
      index: async (jobId, url) => (await import('../pdf/page-runner')).indexInPage(jobId, url),
      cancel: (jobId) => {
        cancelAnswerInPage(jobId);
        void import('../pdf/page-runner').then((module) => module.cancelInPage(jobId));
      },
      askChromeAi: (digest) => askChromeAi(digest),
      answerWithChromeAi: answerInPage,
      readWebService: webServiceReader((text, type) => new DOMParser().parseFromString(text, type)),
      warm: () => void import('../pdf/page-runner').catch(() => undefined),
      activity: async () => ({
        ...(await import('../pdf/page-runner')).pageRunnerActivity(),
        answers: answersRunning(),
        progressListeners: 0,
        answerListeners: 0,
      }),
    };
  }
  const progressTargets = new Map<string, (progress: JobProgress) => void>();
  offscreenReportChannel.handle('pdfJobProgress', ({ jobId, ...progress }) => {
    progressTargets.get(jobId)?.(progress as JobProgress);
  });
  const answerTargets = new Map<string, (text: string) => void>();
  offscreenReportChannel.handle('chromeAiAnswerText', ({ jobId, text }) => answerTargets.get(jobId)?.(text));
  return {
    run: async (request, onProgress) => {
      progressTargets.set(request.jobId, onProgress);
      try {
        return await inOffscreen(() => offscreenChannel.send('runPdfJob', request), failure('not_delivered'));
      } finally {
        progressTargets.delete(request.jobId);
      }
    },
    index: (jobId, url) => inOffscreen(() => offscreenChannel.send('indexPdfJob', { jobId, url }), failure('not_delivered')),
    cancel: (jobId) => void offscreenChannel.send('cancelPdfJob', { jobId }),
    warm: () => void ensureOffscreen().catch(() => undefined),
    activity: async () => {
      // Asked without making one: no offscreen document is nothing running there.
      const open = (await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] as Browser.runtime.ContextType[] })).length > 0;
      const page = open
        ? await offscreenChannel.send('activity', undefined).catch(() => ({ jobs: -1, answers: -1, worker: false }))
        : { jobs: 0, answers: 0, worker: false };
      return { ...page, progressListeners: progressTargets.size, answerListeners: answerTargets.size };
    },
    readWebService: {
      listPage: (text, url) => readInOffscreen('listPage', text, url) as Promise<Awaited<ReturnType<WebServiceReader['listPage']>>>,
      meetingPage: (text, url) => readInOffscreen('meetingPage', text, url) as Promise<Awaited<ReturnType<WebServiceReader['meetingPage']>>>,
      decisionPage: (text, url) => readInOffscreen('decisionPage', text, url) as Promise<Awaited<ReturnType<WebServiceReader['decisionPage']>>>,
      meetings: (text) => readInOffscreen('meetings', text, 'https://offscreen.invalid/') as Promise<Awaited<ReturnType<WebServiceReader['meetings']>>>,
      meeting: (text, url) => readInOffscreen('meeting', text, url) as Promise<Awaited<ReturnType<WebServiceReader['meeting']>>>,
      councillors: (text, url) => readInOffscreen('councillors', text, url) as Promise<Awaited<ReturnType<WebServiceReader['councillors']>>>,
    },
    answerWithChromeAi: async (jobId, prompt, onText) => {
      answerTargets.set(jobId, onText);
      try {
        return await inOffscreen(() => offscreenChannel.send('answerWithChromeAi', { jobId, prompt }), failure('ai_unreachable'));
      } finally {
        answerTargets.delete(jobId);
      }
    },
    askChromeAi: (digest) => inOffscreen(() => offscreenChannel.send('askChromeAi', { digest }), failure('ai_unreachable')),
  };
}
