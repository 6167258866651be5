import { describe, expect, it } from 'vitest';
import { policyForPage } from '../../../lib/background/document-policy';
import { extractPdfText, MAX_PDF_TEXT_ITEMS } from '../../../lib/pdf/extract';
import { runPdfJob } from '../../../lib/pdf/job';
import { loadPdfJsForNode } from '../../../lib/pdf/pdfjs-node';
import { CouncilRegistry } from '../../../lib/shared/registry';
import { makeReportsPack, makeSharedStreamPdf } from '../../support/make-pdf';
import { inEnglish } from '../../support/failures';
import { failure } from '../../../lib/protocol/failure';

const registry = CouncilRegistry.parse({ source: 'test', councils: [] });
const PAGE = 'https://kingston.moderngov.co.uk/ieListDocuments.aspx?MId=1';
const PDF = 'https://kingston.moderngov.co.uk/documents/s1/Report.pdf';
const policy = policyForPage(PAGE, registry, ['http://127.0.0.1:8787']);
if (!('hosts' in policy)) throw new Error('policy');

/** A fetch whose answers say they came from `landedAt` (what a browser reports after redirects). */
function fetchFrom(landedAt: string, bytes: Uint8Array) {
  const asked: string[] = [];
  const impl = (async (input: string | URL | Request) => {
    asked.push(String(input));
    const response = new Response(bytes.slice().buffer as ArrayBuffer, { headers: { 'content-type': 'application/pdf' } });
    Object.defineProperty(response, 'url', { value: landedAt });
    return response;
  }) as typeof fetch;
  return { impl, asked };
}

describe('PDF jobs', () => {
  it('refuse a document the rule does not allow before asking for it', async () => {
    const pdfjs = await loadPdfJsForNode();
    const { impl, asked } = fetchFrom('http://127.0.0.1:4444/secret.pdf', makeReportsPack(1));
    const result = await runPdfJob({ url: 'http://127.0.0.1:4444/secret.pdf', policy, pdfjs, fetch: impl });
    expect(result).toEqual({ ok: false, code: 'private_address' });
    expect(asked).toEqual([]);
  });

  it('never read a document whose address redirected to somewhere the rule does not allow', async () => {
    const pdfjs = await loadPdfJsForNode();
    const secret = fetchFrom('http://127.0.0.1:4444/secret.pdf', makeReportsPack(1));
    expect(await runPdfJob({ url: PDF, policy, pdfjs, fetch: secret.impl })).toEqual({ ok: false, code: 'redirected_elsewhere' });
    const otherCouncil = fetchFrom('https://milton-keynes.moderngov.co.uk/documents/s2/Other.pdf', makeReportsPack(1));
    expect(await runPdfJob({ url: PDF, policy, pdfjs, fetch: otherCouncil.impl })).toEqual({ ok: false, code: 'redirected_elsewhere' });
    // Moving to https on the same site is fine.
    const upgraded = fetchFrom(PDF.replace('http:', 'https:'), makeReportsPack(1));
    expect(await runPdfJob({ url: PDF.replace('https:', 'http:'), policy, pdfjs, fetch: upgraded.impl })).toMatchObject({ ok: true });
  });

  it('stop a small "shared stream" PDF that would keep a core busy for minutes, by its text caps', async () => {
    const pdfjs = await loadPdfJsForNode();
    // 1,000 pages that all show one 2,000-line stream: 2,000,000 pieces of text from about 200 KB.
    const bytes = makeSharedStreamPdf(1000, 2000);
    expect(bytes.byteLength).toBeLessThan(300_000);
    const pages: number[] = [];
    const result = await extractPdfText(pdfjs, bytes, { onProgress: (progress) => pages.push(progress.page) });
    expect(result).toMatchObject({ ok: false, code: 'too_complex' });
    // It stopped once the cap was passed, not at the end.
    expect(Math.max(...pages)).toBeLessThanOrEqual(MAX_PDF_TEXT_ITEMS / 2000 + 1);
  }, 60_000);

  it('stop any job at its wall-clock limit, saying why', async () => {
    const pdfjs = await loadPdfJsForNode();
    // Under every text cap (250,000 pieces), but seconds of work: only the clock stops it.
    const { impl } = fetchFrom(PDF, makeSharedStreamPdf(1000, 250));
    const pages: number[] = [];
    const result = await runPdfJob({
      url: PDF,
      policy,
      pdfjs,
      fetch: impl,
      timeLimitMs: 300,
      onProgress: (progress) => progress.stage === 'pages' && pages.push(progress.page),
    });
    expect(result).toMatchObject({ ok: false, code: 'too_complex' });
    expect(Math.max(0, ...pages)).toBeLessThan(1000);
  }, 30_000);

  it('a download cut off halfway is never read as the document: a clear failure, and nothing to cache', async () => {
    const pdfjs = await loadPdfJsForNode();
    const whole = makeReportsPack(3);
    const impl = (async () => {
      // The server promised the whole file, sent half, and closed the connection cleanly.
      const half = whole.slice(0, Math.floor(whole.byteLength / 2));
      const response = new Response(half.buffer as ArrayBuffer, { headers: { 'content-type': 'application/pdf', 'content-length': String(whole.byteLength) } });
      Object.defineProperty(response, 'url', { value: PDF });
      return response;
    }) as typeof fetch;
    const result = await runPdfJob({ url: PDF, policy, pdfjs, fetch: impl });
    expect(result).toEqual({ ok: false, code: 'download_cut_off' });
    expect(inEnglish(failure('download_cut_off'))).toBe('The download was cut off before the end. Try again.');
  });
});
