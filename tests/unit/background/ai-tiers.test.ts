// @vitest-environment node
import { buildIndex } from '../../../lib/pdf/ask';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summaryForTier } from '../../../lib/background/ai/apply';
import { askChromeAi, type LanguageModelApi } from '../../../lib/background/ai/chrome-ai';
import { askEndpoint, chatCompletionsUrl } from '../../../lib/background/ai/endpoint';
import { digestOf, unsupportedFigures } from '../../../lib/background/ai/tiers';
import { extractPdfText } from '../../../lib/pdf/extract';
import { loadPdfJsForNode } from '../../../lib/pdf/pdfjs-node';
import { PdfSummaries } from '../../../lib/background/pdf-summaries';
import type { Cache } from '../../../lib/background/cache';
import { summariseDocument, type DocumentSummary } from '../../../lib/pdf/summarise';
import { isRestricted } from '../../../lib/pdf/summarise/restricted';
import { makePdf, makeReportsPack } from '../../support/make-pdf';
import { failureSaying } from '../../support/failures';
import { ENGLISH } from '../../../lib/shared/i18n';
import { policyForChosenDocument, type DocumentPolicy } from '../../../lib/background/document-policy';

const policyFor = (url: string) => policyForChosenDocument(url, []) as DocumentPolicy;

async function summaryOf(bytes: Uint8Array): Promise<DocumentSummary> {
  const text = await extractPdfText(await loadPdfJsForNode(), bytes);
  if (!text.ok) throw new Error(text.code);
  return summariseDocument(text.pages);
}

/** A local OpenAI-compatible endpoint: answers chat completions with whatever the test sets. */
let reply: { status: number; body: string } = { status: 200, body: '' };
const received: { path: string; body: { model: string; messages: { role: string; content: string }[] }; authorization?: string }[] = [];
let endpoint = '';
const server = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    received.push({
      path: request.url ?? '',
      body: JSON.parse(body || '{}'),
      ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}),
    });
    response.writeHead(reply.status, { 'content-type': 'application/json' });
    response.end(reply.body);
  });
});
const completion = (content: unknown) =>
  JSON.stringify({ choices: [{ message: { content: typeof content === 'string' ? content : JSON.stringify(content) } }] });

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const PDF_URL = 'https://example.moderngov.co.uk/documents/g1/pack.pdf';

describe('AI tier helpers', () => {
  it('give the tiers a digest with pages, not the raw pack', async () => {
    const digest = digestOf(await summaryOf(makeReportsPack(2)));
    expect(digest).toContain('Recommendations (verbatim):');
    expect(digest).toMatch(/- \[p\. 2\] 1\. That Cabinet approves the plan for topic 1 at a cost of £1\.5m/);
  });

  it('flag £ figures, dates and references the documents do not contain', () => {
    expect(unsupportedFigures('It costs £1.5m from 1 April 2026, not £9m, in 2026/27.', 'plan costs £1.5m over 2026/27 from 1 April 2026')).toEqual(['£9m']);
  });

  it('recognise exempt and confidential documents', () => {
    expect(isRestricted('NOT FOR PUBLICATION by virtue of paragraph 3 of Part 1 of Schedule 12A')).toBe(true);
    expect(isRestricted('Appendix B is exempt information.')).toBe(true);
    expect(isRestricted('The report is public.')).toBe(false);
  });

  it('find the chat completions path of an endpoint however it is written', () => {
    expect(chatCompletionsUrl('http://localhost:11434')).toBe('http://localhost:11434/v1/chat/completions');
    expect(chatCompletionsUrl('https://api.openai.com/v1/')).toBe('https://api.openai.com/v1/chat/completions');
  });
});

describe('the OpenAI-compatible endpoint tier (local test server)', () => {
  it('sends the digest with the model and key, and shows its cited points, flagging unsupported figures', async () => {
    const summary = await summaryOf(makeReportsPack(2));
    reply = {
      status: 200,
      body: completion({
        points: [
          { text: 'Cabinet is asked to approve a plan for topic 1 costing £1.5m.', page: 2 },
          { text: 'It would cost £40m in total.', page: 3 },
        ],
      }),
    };
    received.length = 0;
    const outcome = await summaryForTier(summary, PDF_URL, '2026-11-22T00:00:00Z', {
      tier: 'llm-endpoint',
      endpoint: { endpoint, model: 'llama3.2', key: 'sk-test' },
      askEndpoint,
      askChromeAi,
    });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ path: '/v1/chat/completions', authorization: 'Bearer sk-test', body: { model: 'llama3.2' } });
    expect(received[0]!.body.messages[1]!.content).toBe(digestOf(summary));
    expect(outcome.fellBack).toBeUndefined();
    expect(outcome.display.producedBy).toBe('llm-endpoint');
    expect(outcome.display.generatedBy).toBe(`llama3.2 (${new URL(endpoint).host})`);
    expect(JSON.stringify(outcome.display.blocks)).toContain('(not found in the documents: £40m)');
    expect(outcome.display.footnotes[0]?.href).toBe(`${PDF_URL}#page=2`);
  });

  it('falls back to the deterministic summary on a bad answer, an error or no server, saying why', async () => {
    const summary = await summaryOf(makeReportsPack(1));
    const deps = { tier: 'llm-endpoint' as const, endpoint: { endpoint, model: 'm', key: '' }, askEndpoint, askChromeAi };
    reply = { status: 200, body: completion('Sure! Here is a summary: the council met.') };
    expect(await summaryForTier(summary, PDF_URL, 'now', deps)).toMatchObject({
      display: { producedBy: 'extractive' },
      fellBack: failureSaying('did not answer with JSON'),
    });
    reply = { status: 200, body: completion({ points: [{ text: 'x', page: 0 }] }) };
    expect(await summaryForTier(summary, PDF_URL, 'now', deps)).toMatchObject({
      display: { producedBy: 'extractive' },
      fellBack: failureSaying('expected shape'),
    });
    reply = { status: 500, body: '{}' };
    expect(await summaryForTier(summary, PDF_URL, 'now', deps)).toMatchObject({ fellBack: failureSaying('answered 500') });
    expect(await summaryForTier(summary, PDF_URL, 'now', { ...deps, endpoint: { endpoint: 'http://127.0.0.1:9', model: 'm', key: '' } })).toMatchObject({
      fellBack: failureSaying('could not be reached'),
    });
  });

  it('never sends an exempt document to the endpoint', async () => {
    const summary = await summaryOf(
      makePdf([
        [
          'Report to Cabinet',
          'NOT FOR PUBLICATION by virtue of paragraph 3 of Part 1 of Schedule 12A.',
          'Recommendations',
          '1. That the sale of the depot for £2m be approved.',
        ],
      ]),
    );
    expect(summary.restricted).toBe(true);
    received.length = 0;
    const outcome = await summaryForTier(summary, PDF_URL, 'now', {
      tier: 'llm-endpoint',
      endpoint: { endpoint, model: 'm', key: '' },
      askEndpoint,
      askChromeAi,
    });
    expect(received).toHaveLength(0);
    expect(outcome).toMatchObject({ display: { producedBy: 'extractive' }, fellBack: failureSaying('exempt or confidential') });
  });

  it('never sends a document the council’s web service marks restricted, even when its text looks public', async () => {
    const summary = await summaryOf(makeReportsPack(2));
    expect(summary.restricted).toBe(false);
    const noCache = { get: async () => undefined, set: async () => undefined } as unknown as Cache;
    const settings = { endpoint, model: 'm', key: '' };
    const pdfs = new PdfSummaries({
      cache: noCache,
      runJob: async () => ({ ok: true, summary, index: buildIndex([]), validators: {} }),
      present: async (document, url, at) => {
        const outcome = await summaryForTier(document, url, at, { tier: 'llm-endpoint', endpoint: settings, askEndpoint, askChromeAi });
        return { display: outcome.display, ...(outcome.fellBack ? { note: outcome.fellBack } : {}) };
      },
    });
    received.length = 0;
    const restricted = await pdfs.summarise(PDF_URL, 'job-1', () => undefined, { restricted: true, policy: policyFor(PDF_URL) });
    expect(received).toHaveLength(0);
    expect(restricted).toMatchObject({ ok: true, display: { producedBy: 'extractive' }, note: failureSaying('exempt or confidential') });

    reply = { status: 200, body: completion({ points: [{ text: 'Cabinet is asked to approve a plan for topic 1 costing £1.5m.', page: 2 }] }) };
    const open = await pdfs.summarise(PDF_URL, 'job-2', () => undefined, { policy: policyFor(PDF_URL) });
    expect(received).toHaveLength(1);
    expect(open).toMatchObject({ ok: true, display: { producedBy: 'llm-endpoint' } });
  });
});

describe('the Chrome built-in AI tier (stubbed globals)', () => {
  const stub = (
    availability: Awaited<ReturnType<LanguageModelApi['availability']>>,
    answer: string,
  ): LanguageModelApi & { prompts: string[]; constraints: unknown[] } => {
    const prompts: string[] = [];
    const constraints: unknown[] = [];
    return {
      prompts,
      constraints,
      availability: async () => availability,
      create: async () => ({
        prompt: async (input, options) => {
          prompts.push(input);
          constraints.push(options?.responseConstraint);
          return answer;
        },
        destroy: () => undefined,
      }),
    };
  };

  it('prompts with the digest under a JSON-schema constraint and shows cited points', async () => {
    const summary = await summaryOf(makeReportsPack(1));
    const api = stub('available', JSON.stringify({ points: [{ text: 'Cabinet is asked to approve the plan for topic 1.', page: 2 }] }));
    const outcome = await summaryForTier(summary, PDF_URL, 'now', { tier: 'chrome-ai', askEndpoint, askChromeAi: (digest) => askChromeAi(digest, api) });
    expect(api.prompts).toEqual([digestOf(summary)]);
    expect(api.constraints[0]).toMatchObject({ required: ['points'] });
    expect(outcome.display.producedBy).toBe('chrome-ai');
  });

  it('falls back when the model is unavailable, must be downloaded, answers badly, or does not exist', async () => {
    const summary = await summaryOf(makeReportsPack(1));
    for (const [api, reason] of [
      [stub('unavailable', ''), 'not available on this device'],
      [stub('downloadable', ''), 'must be downloaded first'],
      [stub('available', 'not json'), 'failed to answer'],
      [undefined, 'no built-in AI model'],
    ] as const) {
      const outcome = await summaryForTier(summary, PDF_URL, 'now', { tier: 'chrome-ai', askEndpoint, askChromeAi: (digest) => askChromeAi(digest, api) });
      expect(outcome).toMatchObject({ display: { producedBy: 'extractive' }, fellBack: failureSaying(reason) });
    }
  });
});

describe('AI output the documents do not support', () => {
  it('removes web addresses, e-mail addresses and phone numbers that are not in the documents, and keeps those that are', async () => {
    const { removeUnsourcedContacts } = await import('../../../lib/background/ai/tiers');
    const source = 'Contact democratic.services@kingston.gov.uk or see https://kingston.moderngov.co.uk/mgCalendar.aspx. Section 3.2/3.4 applies.';
    const cleaned = removeUnsourcedContacts(
      'Log in at http://evil.example/login, or evil.example/reset, email help@evil.example, call 0800 123 4567. Ask democratic.services@kingston.gov.uk. Section 3.2/3.4 applies.',
      source,
    );
    expect(cleaned.removed).toEqual(['http://evil.example/login', 'help@evil.example', '0800 123 4567', 'evil.example/reset']);
    expect(cleaned.text).not.toMatch(/evil|0800/);
    expect(cleaned.text).toContain('democratic.services@kingston.gov.uk');
    expect(cleaned.text).toContain('Section 3.2/3.4 applies.');
  });

  it('clamps every citation to the document’s real page count, and says what it removed', async () => {
    const { aiDisplay } = await import('../../../lib/background/ai/tiers');
    const display = aiDisplay(
      { points: [{ text: 'Log in at http://evil.example/login to see more.', page: 9999 }] },
      'llm-endpoint',
      'https://kingston.moderngov.co.uk/documents/s1/a.pdf',
      'digest',
      'm at host',
      1,
      ENGLISH.t,
    );
    expect(display.footnotes.map((note) => note.href)).toEqual(['https://kingston.moderngov.co.uk/documents/s1/a.pdf#page=1']);
    const text = JSON.stringify(display.blocks);
    expect(text).not.toContain('evil.example');
    expect(text).toContain('(an address or number not in the documents removed)');
  });
});
