import { describe, expect, it } from 'vitest';
import { Cache } from '../../../lib/background/cache';
import type { ServiceResult } from '../../../lib/background/service/client';
import type { PageLookup } from '../../../lib/background/service/contract';
import { ServiceLookup } from '../../../lib/background/service/lookup';
import { DEFAULT_SETTINGS } from '../../../lib/background/settings';
import type { ServiceAnswer } from '../../../lib/background/service/view';
import { loadServiceData } from '../../../scripts/service/server';

const DECISION_URL = 'https://milton-keynes.moderngov.co.uk/ieDecisionDetails.aspx?ID=1613';
const decision = loadServiceData().decisions[0]!;
let databases = 0;

function setup(options: {
  serviceUrl?: string;
  permitted?: boolean;
  consent?: 'granted' | 'declined' | 'unasked';
  answers: ServiceResult<PageLookup>[];
  now?: () => number;
}) {
  databases += 1;
  const calls: string[] = [];
  const lookup = new ServiceLookup({
    cache: new Cache({ dbName: `service-lookup-${databases}`, ...(options.now ? { now: options.now } : {}) }),
    settings: async () => ({ ...DEFAULT_SETTINGS, serviceUrl: options.serviceUrl ?? 'http://127.0.0.1:8787', autoSummaries: false }),
    hasPermission: async () => options.permitted ?? true,
    consent: async () => (options.consent === 'unasked' ? undefined : (options.consent ?? 'granted')),
    client: () => ({
      lookupPage: async (url: string) => {
        calls.push(url);
        return options.answers[Math.min(calls.length - 1, options.answers.length - 1)]!;
      },
    }),
  });
  return { lookup, calls };
}

describe('service lookup', () => {
  it('is off with no service URL, and asks for permission when it lacks it', async () => {
    expect(await setup({ serviceUrl: '', answers: [] }).lookup.lookup(DECISION_URL)).toEqual({ ok: false, code: 'service_off' });
    expect(await setup({ permitted: false, answers: [] }).lookup.lookup(DECISION_URL)).toEqual({ ok: false, code: 'needs_permission' });
  });

  it('sends nothing until the person agrees, and says exactly what would be sent', async () => {
    const unasked = setup({ consent: 'unasked', answers: [{ ok: true, value: { kind: 'decision', decision } }] });
    expect(await unasked.lookup.lookup(`${DECISION_URL}&session=abc#private`)).toEqual({
      ok: true,
      status: 'needsConsent',
      serviceOrigin: 'http://127.0.0.1:8787',
      sends: 'https://milton-keynes.moderngov.co.uk/iedecisiondetails.aspx?id=1613',
    });
    expect(unasked.calls).toEqual([]);
    const declined = setup({ consent: 'declined', answers: [] });
    expect(await declined.lookup.lookup(DECISION_URL)).toEqual({ ok: false, code: 'service_declined' });
    expect(declined.calls).toEqual([]);
  });

  it('fetches once and then answers from the cache', async () => {
    const { lookup, calls } = setup({ answers: [{ ok: true, value: { kind: 'decision', decision } }] });
    const first = await lookup.lookup(DECISION_URL);
    const second = await lookup.lookup('http://milton-keynes.moderngov.co.uk/iedecisiondetails.aspx?id=1613');
    expect(first).toMatchObject({ status: 'ready', offline: false, view: { kind: 'decision', analysis: { contentiousness_score: 7 } } });
    expect(second).toEqual(first);
    expect(calls).toHaveLength(1);
  });

  it('shows a stale answer at once, then pushes the fresh one', async () => {
    let now = 0;
    const { lookup, calls } = setup({
      now: () => now,
      answers: [
        { ok: true, value: { kind: 'decision', decision } },
        { ok: true, value: { kind: 'decision', decision: { ...decision, outcome: 'Revised' } } },
      ],
    });
    await lookup.lookup(DECISION_URL);
    now += 25 * 60 * 60 * 1000;
    const pushed = new Promise<ServiceAnswer>((resolve) => {
      void lookup
        .lookup(DECISION_URL, resolve)
        .then((answer) => expect(answer).toMatchObject({ status: 'ready', view: { outcome: 'Recommendations Approved' } }));
    });
    expect(await pushed).toMatchObject({ status: 'ready', offline: false, view: { outcome: 'Revised' } });
    expect(calls).toHaveLength(2);
  });

  it('marks the last copy offline when the service cannot be reached', async () => {
    let now = 0;
    const { lookup } = setup({
      now: () => now,
      answers: [
        { ok: true, value: { kind: 'decision', decision } },
        { ok: false, code: 'service_unreachable' },
      ],
    });
    await lookup.lookup(DECISION_URL);
    now += 25 * 60 * 60 * 1000;
    const pushed = await new Promise<ServiceAnswer>((resolve) => void lookup.lookup(DECISION_URL, resolve));
    expect(pushed).toMatchObject({ status: 'ready', offline: true, view: { kind: 'decision' } });
  });

  it('remembers "not covered" briefly and passes other failures through', async () => {
    const notCovered = setup({ answers: [{ ok: false, code: 'not_covered' }] });
    expect(await notCovered.lookup.lookup(DECISION_URL)).toEqual({ ok: false, code: 'not_covered' });
    expect(await notCovered.lookup.lookup(DECISION_URL)).toEqual({ ok: false, code: 'not_covered' });
    expect(notCovered.calls).toHaveLength(1);
    expect(await setup({ answers: [{ ok: false, code: 'bad_key' }] }).lookup.lookup(DECISION_URL)).toEqual({ ok: false, code: 'bad_key' });
  });
});
