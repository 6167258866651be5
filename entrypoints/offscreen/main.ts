import { answerInPage, answersRunning, askChromeAi, cancelAnswerInPage } from '../../lib/background/ai/chrome-ai';
import { cancelInPage, indexInPage, pageRunnerActivity, runInPage } from '../../lib/pdf/page-runner';
import { offscreenChannel, offscreenReportChannel } from '../../lib/protocol';
import { webServiceReader } from '../../lib/background/follow/checker';

/**
 * Chrome's offscreen document: the service worker cannot host pdf.js (no DOM, no nested
 * workers), so PDF jobs run here, with pdf.js's own worker bundled into the extension. Only the
 * background may drive it (lib/protocol/messages.ts: `toOffscreen`).
 */
offscreenChannel.handle('runPdfJob', (request) =>
  runInPage(request, (progress) => void offscreenReportChannel.send('pdfJobProgress', { jobId: request.jobId, ...progress })),
);

offscreenChannel.handle('indexPdfJob', ({ jobId, url }) => indexInPage(jobId, url));

offscreenChannel.handle('activity', () => ({ ...pageRunnerActivity(), answers: answersRunning() }));

offscreenChannel.handle('cancelPdfJob', ({ jobId }) => {
  cancelInPage(jobId);
  cancelAnswerInPage(jobId);
});

offscreenChannel.handle('answerWithChromeAi', ({ jobId, prompt }) =>
  answerInPage(jobId, prompt, (text) => void offscreenReportChannel.send('chromeAiAnswerText', { jobId, text })),
);

offscreenChannel.handle('askChromeAi', ({ digest }) => askChromeAi(digest.slice(0, 60_000)));

const webService = webServiceReader((text, type) => new DOMParser().parseFromString(text, type));
// Each kind is the reader's method of that name; the reading is checked again where it is used (lib/background/follow/).
offscreenChannel.handle('readWebService', ({ kind, text, url }) => webService[kind](text, url));
