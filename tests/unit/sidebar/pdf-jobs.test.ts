/** The one PDF-job client, shared by the sidebar and the "Summarise this PDF" page, driven by a fake channel. */
import { describe, expect, it } from 'vitest';
import type { PdfProgress, PdfSummaryAnswer } from '../../../lib/pdf/messages';
import { type LocalSummaryState, pdfJobs } from '../../../lib/sidebar/pdf-jobs';

function fakeChannel() {
  const sent: { name: string; request: unknown }[] = [];
  const pending = new Map<string, (answer: unknown) => void>();
  let progress: ((progress: PdfProgress) => void) | undefined;
  const send = ((name: string, request: { jobId?: string }) => {
    sent.push({ name, request });
    if (name === 'cancelPdf') return Promise.resolve(undefined);
    return new Promise<unknown>((resolve) => pending.set(request.jobId!, resolve));
  }) as Parameters<typeof pdfJobs>[0]['send'];
  return {
    sent,
    pending,
    send,
    onProgress: (handler: (progress: PdfProgress) => void) => void (progress = handler),
    progress: (value: PdfProgress) => progress?.(value),
  };
}

const failed = (status: number): PdfSummaryAnswer => ({ ok: false, code: 'site_error', detail: String(status) });
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('on-device PDF jobs', () => {
  it('a job runs, shows its own progress, and ends with the answer; another job’s progress never reaches it', async () => {
    const channel = fakeChannel();
    const jobs = pdfJobs(channel, 'test');
    const states: LocalSummaryState[] = [];
    const jobId = jobs.document('https://democracy.example.gov.uk/documents/s1/r.pdf', Promise.resolve(true), (state) => states.push(state));
    await flush();
    expect(channel.sent).toEqual([{ name: 'summarisePdf', request: { url: 'https://democracy.example.gov.uk/documents/s1/r.pdf', jobId, restricted: true } }]);
    channel.progress({ jobId: 'someone-else', stage: 'pages', page: 1, of: 9 });
    channel.progress({ jobId, stage: 'pages', page: 2, of: 9 });
    channel.pending.get(jobId)!(failed(503));
    await flush();
    expect(states).toEqual([
      { status: 'running', jobId },
      { status: 'running', jobId, progress: { jobId, stage: 'pages', page: 2, of: 9 } },
      { status: 'failed', failure: failed(503) },
    ]);
  });

  it('a meeting job carries its documents and items; cancelling shows "Cancelled" at once and drops the late answer', async () => {
    const channel = fakeChannel();
    const jobs = pdfJobs(channel);
    const states: LocalSummaryState[] = [];
    const jobId = jobs.meeting(
      { documents: [{ url: 'https://democracy.example.gov.uk/documents/g1/pack.pdf', title: 'Reports pack' }], items: [{ number: '1', title: 'Budget' }] },
      (state) => states.push(state),
    );
    expect(channel.sent[0]).toMatchObject({ name: 'summariseMeeting', request: { jobId, items: [{ number: '1', title: 'Budget' }] } });
    jobs.cancel(jobId);
    expect(channel.sent[1]).toEqual({ name: 'cancelPdf', request: { jobId } });
    channel.pending.get(jobId)!(failed(500));
    await flush();
    expect(states).toEqual([
      { status: 'running', jobId },
      { status: 'failed', failure: { ok: false, code: 'cancelled' } },
    ]);
    // Cancelling again, or a job that is not running, sends nothing more.
    jobs.cancel(jobId);
    expect(channel.sent).toHaveLength(2);
  });

  it('a restricted-flag lookup that fails does not stop the job; it runs unflagged', async () => {
    const channel = fakeChannel();
    const jobs = pdfJobs(channel);
    const jobId = jobs.document('https://democracy.example.gov.uk/documents/s2/r.pdf', Promise.reject(new Error('offline')), () => undefined);
    await flush();
    expect(channel.sent).toEqual([{ name: 'summarisePdf', request: { url: 'https://democracy.example.gov.uk/documents/s2/r.pdf', jobId } }]);
  });
});
