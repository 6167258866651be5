// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceClient } from '../../../lib/background/service/client';
import { servicePageAddress, servicePageKey } from '../../../lib/background/service/page-key';
import { startServiceServer, type ServiceServer } from '../../../scripts/service/server';
import { failureSaying } from '../../support/failures';
import { isTransient } from '../../../lib/protocol/failure';

const DECISION_URL = 'https://milton-keynes.moderngov.co.uk/ieDecisionDetails.aspx?ID=1613';
const MEETING_URL = 'https://milton-keynes.moderngov.co.uk/ieListDocuments.aspx?CId=139&MId=9288';

describe('page keys', () => {
  it('ignore scheme, www, case, parameter order and cosmetic parameters', () => {
    const key = servicePageKey('https://milton-keynes.moderngov.co.uk/ieListDocuments.aspx?CId=139&MId=9288');
    expect(servicePageKey('http://www.Milton-Keynes.moderngov.co.uk/ielistdocuments.aspx?MID=9288&Ver=4')).toBe(key);
    expect(servicePageKey('https://milton-keynes.moderngov.co.uk/ieListDocuments.aspx?MId=9289')).not.toBe(key);
    expect(servicePageKey('javascript:alert(1)')).toBeUndefined();
  });

  it('are all the service is told of a page: never the fragment or any parameter that does not identify it', () => {
    expect(
      servicePageAddress('http://Milton-Keynes.moderngov.co.uk/ieListDocuments.aspx?CId=139&MId=9288&session=s3cret&utm_source=mail#private-fragment'),
    ).toBe('https://milton-keynes.moderngov.co.uk/ielistdocuments.aspx?mid=9288');
    // CMIS addresses identify the meeting in their path; their query strings are dropped.
    expect(
      servicePageAddress('https://birmingham.cmis.uk.com/birmingham/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/15042/Default.aspx?token=abc'),
    ).toBe('https://birmingham.cmis.uk.com/birmingham/meetings/tabid/70/ctl/viewmeetingpublic/mid/397/meeting/15042/default.aspx');
  });
});

describe('reference server and client over real HTTP', () => {
  let server: ServiceServer;
  const client = (apiKey?: string) => new ServiceClient({ baseUrl: server.url, ...(apiKey ? { apiKey } : {}), sleep: async () => undefined });

  beforeAll(async () => {
    server = await startServiceServer({ port: 0 });
  });
  afterAll(() => server.close());

  it('answers a decision by its council URL, in any of its forms, with the analysis', async () => {
    for (const url of [DECISION_URL, 'http://milton-keynes.moderngov.co.uk/iedecisiondetails.aspx?id=1613']) {
      const result = await client().lookupPage(url);
      if (!result.ok || result.value.kind !== 'decision') throw new Error(`expected a decision for ${url}`);
      expect(result.value.decision.analysis).toMatchObject({
        contentiousness_score: 7,
        affected_stakeholders: ['Children and young people in care', 'Local authorities', 'Department for Education'],
      });
      expect(result.value.decision.decisionMaker).toBe("Director of Children's Services");
    }
  });

  it('hides the summary of a limited council from residents and shows it to subscribers', async () => {
    const anonymous = await client().lookupPage(MEETING_URL);
    if (!anonymous.ok || anonymous.value.kind !== 'meeting') throw new Error('expected a meeting');
    expect(anonymous.value.meeting.summary).toBeUndefined();
    expect(anonymous.value.meeting.council.coverage).toBe('limited');
    expect(anonymous.value.meeting.limitedNotice).toMatch(/^Limited support for Milton Keynes/);
    expect(anonymous.value.meeting.attendees).toHaveLength(8);

    const resident = await client('demo-resident-key').lookupPage(MEETING_URL);
    expect(resident.ok && resident.value.kind === 'meeting' && resident.value.meeting.summary).toBe(undefined);

    const subscriber = await client('demo-professional-key').lookupPage(MEETING_URL);
    if (!subscriber.ok || subscriber.value.kind !== 'meeting') throw new Error('expected a meeting');
    expect(subscriber.value.meeting.council.coverage).toBe('full');
    expect(subscriber.value.meeting.summary?.footnotes.map((note) => note.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(subscriber.value.meeting.summary?.markdown).toContain('Section 106 contributions[^1].');
    expect(subscriber.value.meeting.suggestedQuestions).toEqual(['Why did residential placements overspend by £11.4m?']);
  });

  it('serves meetings, decisions and councils by id', async () => {
    expect(await client().decision('mk-1613')).toMatchObject({
      ok: true,
      value: { title: 'Regional Care Cooperative', isKeyDecision: false, isCallableIn: false, decidedOn: '2025-07-02' },
    });
    expect(await client().meeting('mk-delegated-decisions-2025-09-30')).toMatchObject({ ok: true, value: { committee: 'Delegated Decisions' } });
    expect(await client().council('milton-keynes')).toMatchObject({ ok: true, value: { coverage: 'limited', portalHosts: ['milton-keynes.moderngov.co.uk'] } });
  });

  it('maps not found, bad and lapsed keys to typed failures', async () => {
    expect(await client().lookupPage('https://kingston.moderngov.co.uk/ieListDocuments.aspx?CId=711&MId=10221')).toMatchObject({
      ok: false,
      code: 'not_covered',
    });
    expect(await client('not-a-key').lookupPage(DECISION_URL)).toMatchObject({ ok: false, code: 'bad_key' });
    const lapsed = await client('demo-lapsed-key').lookupPage(DECISION_URL);
    expect(lapsed).toEqual({ ok: false, code: 'key_not_allowed' });
    expect(lapsed).toEqual(failureSaying('subscription'));
    expect(await client().council('nowhere')).toMatchObject({ ok: false, code: 'not_covered' });
  });

  it('rate-limits with Retry-After, which the client reports', async () => {
    const strict = await startServiceServer({ port: 0, requestsPerMinute: 1 });
    try {
      const impatient = new ServiceClient({ baseUrl: strict.url, maxRetries: 1, maxDelayMs: 1000, sleep: async () => undefined });
      expect((await impatient.lookupPage(DECISION_URL)).ok).toBe(true);
      expect(await impatient.lookupPage(DECISION_URL)).toEqual({ ok: false, code: 'rate_limited', detail: '60' });
    } finally {
      await strict.close();
    }
  });
});

describe('client against misbehaving answers', () => {
  function scripted(responses: (() => Response | Promise<Response>)[]) {
    const calls: string[] = [];
    const sleeps: number[] = [];
    const client = new ServiceClient({
      baseUrl: 'https://service.example/',
      timeoutMs: 50,
      random: () => 0.5,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      fetch: async (input, init) => {
        calls.push(String(input));
        const next = responses[Math.min(calls.length - 1, responses.length - 1)]!;
        return new Promise<Response>((resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
          Promise.resolve(next()).then(resolve, reject);
        });
      },
    });
    return { client, calls, sleeps };
  }
  const decisionJson = () =>
    new Response(
      JSON.stringify({
        kind: 'decision',
        decision: {
          id: 'x',
          council: { slug: 'a', name: 'A', coverage: 'full' },
          title: 'T',
          councilUrl: 'https://a.example/x',
          decisionMaker: 'D',
          outcome: 'O',
          isKeyDecision: false,
          isCallableIn: false,
          purpose: 'P',
          content: 'C',
          decidedOn: '2025-01-01',
        },
      }),
    );

  it('retries 5xx and network errors with backoff, then succeeds', async () => {
    const { client, calls, sleeps } = scripted([() => new Response('', { status: 503 }), () => Promise.reject(new TypeError('offline')), decisionJson]);
    expect((await client.lookupPage(DECISION_URL)).ok).toBe(true);
    expect(calls).toHaveLength(3);
    expect(sleeps).toEqual([200, 400]);
  });

  it('honours Retry-After on 429', async () => {
    const { client, sleeps } = scripted([() => new Response('{}', { status: 429, headers: { 'retry-after': '3' } }), decisionJson]);
    expect((await client.lookupPage(DECISION_URL)).ok).toBe(true);
    expect(sleeps).toEqual([3000]);
  });

  it('does not retry other 4xx', async () => {
    const { client, calls } = scripted([() => new Response('{}', { status: 400 })]);
    expect(await client.lookupPage(DECISION_URL)).toEqual({ ok: false, code: 'service_refused', detail: '400' });
    expect(calls).toHaveLength(1);
  });

  it('gives up on 5xx after its retries as "unavailable"', async () => {
    const { client, calls } = scripted([() => new Response('', { status: 500 })]);
    const gaveUp = await client.lookupPage(DECISION_URL);
    expect(gaveUp).toEqual({ ok: false, code: 'service_error', detail: '500' });
    expect(!gaveUp.ok && isTransient(gaveUp.code)).toBe(true);
    expect(calls).toHaveLength(3);
  });

  it('refuses malformed JSON, wrong types and huge answers as unexpected data', async () => {
    expect(await scripted([() => new Response('{"kind": "decision", ')]).client.lookupPage(DECISION_URL)).toEqual({ ok: false, code: 'service_not_json' });
    expect(await scripted([() => new Response(JSON.stringify({ kind: 'decision', decision: { id: 5 } }))]).client.lookupPage(DECISION_URL)).toEqual({
      ok: false,
      code: 'service_unexpected',
    });
    expect(await scripted([() => new Response('x'.repeat(3 * 1024 * 1024))]).client.lookupPage(DECISION_URL)).toEqual({ ok: false, code: 'service_too_large' });
  });

  it('sends only the page’s identity, and never reads an answer redirected away from the service', async () => {
    const { client, calls } = scripted([() => decisionJson()]);
    await client.lookupPage('https://milton-keynes.moderngov.co.uk/ieDecisionDetails.aspx?ID=1613&session=abc#frag');
    expect(calls).toEqual([
      `https://service.example/v1/pages?url=${encodeURIComponent('https://milton-keynes.moderngov.co.uk/iedecisiondetails.aspx?id=1613')}`,
    ]);
    const redirected = scripted([
      () => {
        const response = decisionJson();
        Object.defineProperty(response, 'url', { value: 'http://127.0.0.1:4444/elsewhere' });
        return response;
      },
    ]);
    expect(await redirected.client.lookupPage(DECISION_URL)).toEqual({ ok: false, code: 'service_redirected' });
    expect(await redirected.client.lookupPage(DECISION_URL)).toEqual(failureSaying('redirected'));
  });

  it('times out an answer that never comes, without retrying', async () => {
    const { client, calls } = scripted([() => new Promise<Response>(() => undefined)]);
    const timedOut = await client.lookupPage(DECISION_URL);
    expect(timedOut).toEqual({ ok: false, code: 'service_timeout' });
    expect(timedOut).toEqual(failureSaying('too long'));
    expect(calls).toHaveLength(1);
  });
});
