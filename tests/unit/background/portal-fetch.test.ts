import { describe, expect, it } from 'vitest';
import { Cache } from '../../../lib/background/cache';
import { checkPortalRequest, PortalFetcher } from '../../../lib/background/portal-fetch';
import { failureSaying } from '../../support/failures';

const PAGE = 'https://kingston.moderngov.co.uk/ieListDocuments.aspx?CId=711&MId=10221';
const ATTENDANCE = 'https://kingston.moderngov.co.uk/mgMeetingAttendance.aspx?ID=10221';
let databases = 0;

function fetcher(respond: (url: string) => Promise<Response>, options: { maxBytes?: number; sleep?: (ms: number) => Promise<void>; now?: () => number } = {}) {
  const calls: string[] = [];
  databases += 1;
  const instance = new PortalFetcher({
    cache: new Cache({ dbName: `portal-test-${databases}` }),
    fetch: async (input) => {
      calls.push(String(input));
      return respond(String(input));
    },
    ...options,
  });
  return { instance, calls };
}

describe('checkPortalRequest', () => {
  it('allows the attendance page and the web service on the sender’s own origin', () => {
    expect(checkPortalRequest({ url: ATTENDANCE, purpose: 'attendance' }, PAGE)).toBeInstanceOf(URL);
    expect(
      checkPortalRequest({ url: 'https://kingston.moderngov.co.uk/democracy/mgWebService.asmx/GetMeeting?lMeetingId=1', purpose: 'webService' }, PAGE),
    ).toBeInstanceOf(URL);
  });

  it('refuses other origins, other paths and a purpose that does not match the path', () => {
    expect(checkPortalRequest({ url: 'https://evil.example/mgMeetingAttendance.aspx?ID=1', purpose: 'attendance' }, PAGE)).toMatchObject({
      ok: false,
      code: 'other_site',
    });
    expect(checkPortalRequest({ url: 'https://kingston.moderngov.co.uk/mgAdmin.aspx', purpose: 'attendance' }, PAGE)).toMatchObject({
      ok: false,
      code: 'page_not_fetched',
    });
    expect(checkPortalRequest({ url: ATTENDANCE, purpose: 'webService' }, PAGE)).toMatchObject({ ok: false, code: 'page_not_fetched' });
    expect(checkPortalRequest({ url: ATTENDANCE, purpose: 'attendance' }, undefined)).toMatchObject({ ok: false, code: 'other_site' });
  });
});

describe('PortalFetcher', () => {
  it('never reads an answer redirected to another site or to a page it does not fetch, but follows a move to https', async () => {
    const landing = (landedAt: string) =>
      fetcher(async () => {
        const response = new Response('<table><tr><td>SECRET</td></tr></table>', { headers: { 'content-type': 'text/html' } });
        Object.defineProperty(response, 'url', { value: landedAt });
        return response;
      }).instance;
    expect(await landing('http://127.0.0.1:4444/secret.html').fetchText({ url: ATTENDANCE, purpose: 'attendance' }, PAGE)).toMatchObject({
      ok: false,
      code: 'site_redirected',
    });
    expect(await landing('https://kingston.moderngov.co.uk/mgAdmin.aspx').fetchText({ url: ATTENDANCE, purpose: 'attendance' }, PAGE)).toMatchObject({
      ok: false,
      code: 'site_redirected',
    });
    const httpPage = PAGE.replace('https:', 'http:');
    expect(await landing(ATTENDANCE).fetchText({ url: ATTENDANCE.replace('https:', 'http:'), purpose: 'attendance' }, httpPage)).toMatchObject({
      ok: true,
      text: expect.stringContaining('SECRET'),
    });
  });

  it('fetches once, then answers from the cache', async () => {
    const { instance, calls } = fetcher(async () => new Response('<table></table>', { headers: { 'content-type': 'text/html' } }));
    const first = await instance.fetchText({ url: ATTENDANCE, purpose: 'attendance' }, PAGE);
    const second = await instance.fetchText({ url: ATTENDANCE, purpose: 'attendance' }, PAGE);
    expect(first).toMatchObject({ ok: true, text: '<table></table>', fromCache: false });
    expect(second).toMatchObject({ ok: true, text: '<table></table>', fromCache: true });
    expect(calls).toEqual([ATTENDANCE]);
  });

  it('shares one request between simultaneous callers', async () => {
    const { instance, calls } = fetcher(async () => new Response('ok'));
    const results = await Promise.all([1, 2, 3].map(() => instance.fetchText({ url: ATTENDANCE, purpose: 'attendance' }, PAGE)));
    expect(results.every((result) => result.ok)).toBe(true);
    expect(calls).toHaveLength(1);
  });

  it('never has more than two requests in flight to one host', async () => {
    let active = 0;
    let peak = 0;
    const { instance } = fetcher(async () => {
      active += 1;
      peak = Math.max(peak, active);
      await new Promise((resolve) => setTimeout(resolve, 5));
      active -= 1;
      return new Response('ok');
    });
    await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        instance.fetchText({ url: `https://kingston.moderngov.co.uk/mgMeetingAttendance.aspx?ID=${index}`, purpose: 'attendance' }, PAGE),
      ),
    );
    expect(peak).toBe(2);
  });

  it('maps HTTP errors, network errors and oversized answers to typed failures', async () => {
    expect(await fetcher(async () => new Response('no', { status: 500 })).instance.fetchText({ url: ATTENDANCE, purpose: 'attendance' }, PAGE)).toMatchObject({
      ok: false,
      code: 'site_error',
      detail: '500',
    });
    expect(
      await fetcher(async () => Promise.reject(new TypeError('offline'))).instance.fetchText({ url: ATTENDANCE, purpose: 'attendance' }, PAGE),
    ).toMatchObject({ ok: false, code: 'site_unreachable' });
    expect(
      await fetcher(async () => new Response('x'.repeat(2000)), { maxBytes: 1000 }).instance.fetchText({ url: ATTENDANCE, purpose: 'attendance' }, PAGE),
    ).toMatchObject({ ok: false, code: 'site_too_large' });
  });
});

describe('a busy council server', () => {
  const busy = (seconds: string) => new Response('Service Unavailable', { status: 503, headers: { 'retry-after': seconds } });
  const attendance = (id: number) => `https://kingston.moderngov.co.uk/mgMeetingAttendance.aspx?ID=${id}`;
  function clock() {
    let now = 1_000_000;
    const sleeps: number[] = [];
    const sleep = async (ms: number): Promise<void> => {
      sleeps.push(ms);
      now += ms;
    };
    return { sleeps, now: () => now, sleep };
  }

  it('a 503 with Retry-After is retried once, after that delay', async () => {
    const time = clock();
    const answers = [busy('2'), new Response('<table></table>', { headers: { 'content-type': 'text/html' } })];
    const { instance, calls } = fetcher(async () => answers.shift()!, time);
    const result = await instance.fetchText({ url: attendance(1), purpose: 'attendance' }, PAGE);
    expect(result).toMatchObject({ ok: true, text: '<table></table>' });
    expect(calls).toHaveLength(2);
    expect(time.sleeps).toEqual([2000]);
  });

  it('busy twice: one retry only, and a clear failure; never a storm', async () => {
    const time = clock();
    const { instance, calls } = fetcher(async () => busy('1'), time);
    const result = await instance.fetchText({ url: attendance(2), purpose: 'attendance' }, PAGE);
    expect(result).toEqual(failureSaying('busy (503)'));
    expect(result).toEqual({ ok: false, code: 'site_busy', detail: '503' });
    expect(calls).toHaveLength(2);
  });

  it('a wait longer than half a minute is not held: no retry, and no request sent meanwhile is lost', async () => {
    const time = clock();
    const { instance, calls } = fetcher(async () => busy('600'), time);
    expect(await instance.fetchText({ url: attendance(3), purpose: 'attendance' }, PAGE)).toMatchObject({ ok: false });
    expect(calls).toHaveLength(1);
    expect(time.sleeps).toEqual([]);
  });

  it('while a host is busy, the next request to it waits out the delay instead of asking again at once', async () => {
    const time = clock();
    const answers = [busy('3'), busy('3'), new Response('later')];
    const { instance, calls } = fetcher(async () => answers.shift()!, time);
    expect(await instance.fetchText({ url: attendance(4), purpose: 'attendance' }, PAGE)).toMatchObject({ ok: false });
    // Another page of the same council, asked for next: it waits the 3 s the host asked for, then one request.
    expect(await instance.fetchText({ url: attendance(5), purpose: 'attendance' }, PAGE)).toMatchObject({ ok: true, text: 'later' });
    expect(time.sleeps).toEqual([3000, 3000]);
    expect(calls).toHaveLength(3);
  });
});
