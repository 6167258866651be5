/**
 * A summary is answered as soon as it is made; its question index is made behind it, from the
 * same read, and kept beside it. What needs the index (a question, offering questions) waits for it.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Cache } from '../../../lib/background/cache';
import { policyForPage } from '../../../lib/background/document-policy';
import { PdfSummaries } from '../../../lib/background/pdf-summaries';
import { INDEX_VERSION, type SerialisedIndex } from '../../../lib/pdf/ask';
import type { JobResult, PdfJobRequest } from '../../../lib/pdf/job';
import { runPdfJob } from '../../../lib/pdf/job';
import { loadPdfJsForNode } from '../../../lib/pdf/pdfjs-node';
import { summariseDocument } from '../../../lib/pdf/summarise';
import { failure } from '../../../lib/protocol/failure';
import { CouncilRegistry } from '../../../lib/shared/registry';
import { excerpt } from '../../support/fixtures';
import { makeReportsPack } from '../../support/make-pdf';

const registry = CouncilRegistry.parse({ source: 'test', councils: [] });
const PAGE = 'https://kingston.moderngov.co.uk/ieListDocuments.aspx?MId=1';
const PDF = 'https://kingston.moderngov.co.uk/documents/s1/Report.pdf';
const policy = policyForPage(PAGE, registry, []);
if (!('hosts' in policy)) throw new Error('policy');

const summary = summariseDocument(excerpt('bristol-report-recommendations-2024-09-12.txt'));
const index: SerialisedIndex = { version: INDEX_VERSION, passages: 1, json: '{}' };

function summaries(name: string, indexJob: (jobId: string, url: string) => Promise<{ ok: true; index: SerialisedIndex } | ReturnType<typeof failure>>) {
  const requests: PdfJobRequest[] = [];
  const pdfs = new PdfSummaries({
    cache: new Cache({ dbName: name }),
    runJob: async (request): Promise<JobResult> => {
      requests.push(request);
      return { ok: true, summary, ...(request.indexLater ? {} : { index }), validators: {} };
    },
    indexJob,
  });
  return { pdfs, requests };
}

describe('a summary’s question index, made behind it', () => {
  it('does not hold up the summary; it is kept beside it once made, and offering questions waits for it', async () => {
    let release: () => void = () => undefined;
    const asked: string[] = [];
    const { pdfs, requests } = summaries('index-later-1', async (jobId) => {
      asked.push(jobId);
      await new Promise<void>((resolve) => (release = resolve));
      return { ok: true, index };
    });
    const answer = await pdfs.summarise(PDF, 'job-1', () => undefined, { policy });
    // Answered while the index is still being made.
    expect(answer).toMatchObject({ ok: true, fromCache: false });
    expect(requests).toEqual([expect.objectContaining({ jobId: 'job-1', indexLater: true })]);
    expect(asked).toEqual(['job-1']);
    const offered = pdfs.kept(PDF, policy);
    release();
    expect((await offered)?.index).toEqual(index);
    // A question then reads the kept index: no second job.
    expect(await pdfs.forQuestions(PDF, 'job-2', policy, () => undefined)).toMatchObject({ ok: true, fromCache: true, stored: { index } });
    expect(requests).toHaveLength(1);
  });

  it('each document of a meeting (one job) has its own index, asked for by its address', async () => {
    const asked: [string, string][] = [];
    const { pdfs } = summaries('index-later-4', async (jobId, url) => {
      asked.push([jobId, url]);
      return { ok: true, index: { ...index, json: JSON.stringify({ url }) } };
    });
    const second = PDF.replace('s1/Report', 's2/Appendix');
    const documents = [
      { url: PDF, title: 'Report' },
      { url: second, title: 'Appendix' },
    ];
    expect(await pdfs.meeting({ pageUrl: PAGE, jobId: 'job-1', policy, documents, items: [] }, () => undefined)).toMatchObject({ ok: true });
    expect(asked).toEqual([
      ['job-1', PDF],
      ['job-1', second],
    ]);
    expect((await pdfs.kept(PDF, policy))?.index?.json).toBe(JSON.stringify({ url: PDF }));
    expect((await pdfs.kept(second, policy))?.index?.json).toBe(JSON.stringify({ url: second }));
  });

  it('a question asks for the index with the summary, never later', async () => {
    const { pdfs, requests } = summaries('index-later-2', async () => failure('not_found'));
    expect(await pdfs.forQuestions(PDF, 'job-1', policy, () => undefined)).toMatchObject({ ok: true, stored: { index } });
    expect(requests[0]?.indexLater).toBeUndefined();
  });

  it('an index that could not be made leaves the summary kept without one, and a question reads the document again', async () => {
    const { pdfs, requests } = summaries('index-later-3', async () => failure('not_delivered'));
    expect(await pdfs.summarise(PDF, 'job-1', () => undefined, { policy })).toMatchObject({ ok: true });
    expect(await pdfs.kept(PDF, policy)).toBeUndefined();
    expect(await pdfs.forQuestions(PDF, 'job-2', policy, () => undefined)).toMatchObject({ ok: true, fromCache: false, stored: { index } });
    expect(requests.map((request) => request.indexLater)).toEqual([true, undefined]);
  });

  it('a job run with indexLater answers without the index and hands over the means to make it from the same read', async () => {
    const pdfjs = await loadPdfJsForNode();
    const bytes = makeReportsPack(3);
    const impl = (async () => {
      const response = new Response(bytes.slice().buffer as ArrayBuffer, { headers: { 'content-type': 'application/pdf' } });
      Object.defineProperty(response, 'url', { value: PDF });
      return response;
    }) as typeof fetch;
    let makeIndex: (() => SerialisedIndex) | undefined;
    const later = await runPdfJob({ url: PDF, policy, pdfjs, fetch: impl, indexLater: (make) => (makeIndex = make) });
    const together = await runPdfJob({ url: PDF, policy, pdfjs, fetch: impl });
    if (!later.ok || 'notModified' in later || !together.ok || 'notModified' in together) throw new Error('jobs failed');
    expect(later.index).toBeUndefined();
    expect(later.summary).toEqual(together.summary);
    expect(makeIndex?.()).toEqual(together.index);
  });
});
