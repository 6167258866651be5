import type { PdfProgress, PdfSummaryAnswer, SummariseMeetingRequest } from '../pdf/messages';
import type { Channel } from '../protocol/channel';
import type { toBackground } from '../protocol/messages';
import { failure, type Failure } from '../protocol/failure';

export type PdfSummary = Omit<Extract<PdfSummaryAnswer, { ok: true }>, 'ok'>;

/** Where one on-device summary stands, as the sidebar and the PDF page show it. */
export type LocalSummaryState =
  { status: 'idle' } | { status: 'running'; jobId: string; progress?: PdfProgress } | ({ status: 'ok' } & PdfSummary) | { status: 'failed'; failure: Failure };

/** A job's answer as the state it leaves the summary in. */
export function settled(answer: PdfSummaryAnswer): LocalSummaryState {
  if (!answer.ok) return { status: 'failed', failure: answer };
  const { ok: _ok, ...summary } = answer;
  return { status: 'ok', ...summary };
}

export interface PdfJobDeps {
  send: Channel<typeof toBackground>['send'];
  /** Registers the one handler for the background's progress messages. */
  onProgress(handler: (progress: PdfProgress) => void): void;
}

export interface PdfJobs {
  /** Summarises one document; `restricted` is the council's own flag, looked up while the job starts. Returns the job's id. */
  document(url: string, restricted: Promise<boolean>, update: (state: LocalSummaryState) => void, decided?: string): string;
  /** Summarises a meeting's documents, combined per agenda item. */
  meeting(request: Omit<SummariseMeetingRequest, 'jobId'>, update: (state: LocalSummaryState) => void): string;
  /** Stops a job: it shows as cancelled at once, and its late answer is dropped. */
  cancel(jobId: string): void;
}

/**
 * The one client for on-device PDF jobs, used by the sidebar and by the "Summarise this PDF"
 * page: job ids, progress routed to the job it belongs to, the answer (validated by the
 * channel), and cancelling.
 */
export function pdfJobs({ send, onProgress }: PdfJobDeps, prefix = 'job'): PdfJobs {
  const updates = new Map<string, (state: LocalSummaryState) => void>();
  let counter = 0;
  const nextId = () => `${prefix}-${Date.now().toString(36)}-${(counter += 1)}`;
  onProgress((progress) => updates.get(progress.jobId)?.({ status: 'running', jobId: progress.jobId, progress }));
  const run = (update: (state: LocalSummaryState) => void, ask: (jobId: string) => Promise<PdfSummaryAnswer>): string => {
    const jobId = nextId();
    updates.set(jobId, update);
    update({ status: 'running', jobId });
    void ask(jobId).then((answer) => {
      // A cancelled job's answer arrives after the person has moved on: it is dropped.
      if (!updates.has(jobId)) return;
      updates.delete(jobId);
      update(settled(answer));
    });
    return jobId;
  };
  return {
    document: (url, restricted, update, decided) =>
      run(update, async (jobId) => {
        const marked = await restricted.catch(() => false);
        return send('summarisePdf', { url, jobId, ...(marked ? { restricted: true } : {}), ...(decided ? { decided: decided.slice(0, 20_000) } : {}) });
      }),
    meeting: (request, update) => run(update, (jobId) => send('summariseMeeting', { ...request, jobId })),
    cancel(jobId) {
      const update = updates.get(jobId);
      if (!update) return;
      updates.delete(jobId);
      void send('cancelPdf', { jobId });
      update({ status: 'failed', failure: failure('cancelled') });
    },
  };
}
