import type { ZodMiniType } from 'zod/mini';
import { fetchChecked, readCapped, retryAfterSeconds } from '../http';
import { salvage } from '../../shared/salvage';
import { servicePageAddress } from './page-key';
import { Council, PageLookup, ServiceDecision, ServiceMeeting } from './contract';

/**
 * The summary service client. It runs in the background only (content scripts are bound by
 * the council page's CORS). Every failure becomes a typed value the sidebar can explain.
 */

export const SERVICE_FAILURES = ['not_covered', 'bad_key', 'rate_limited', 'unavailable', 'unexpected_data'] as const;
export type ServiceFailureCode = (typeof SERVICE_FAILURES)[number];

/** `omitted`: how many bad optional fields or list entries were left out of an answer otherwise kept (lib/salvage.ts). */
export type ServiceResult<T> = { ok: true; value: T; omitted?: number } | { ok: false; error: ServiceFailureCode; message: string; retryAfterSeconds?: number };

export interface ServiceClientOptions {
  baseUrl: string;
  apiKey?: string;
  fetch?: typeof fetch;
  /** Per attempt. */
  timeoutMs?: number;
  /** Retries after the first attempt, for network errors, 5xx and 429. */
  maxRetries?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Larger answers are refused rather than read: no summary is megabytes long. */
  maxBytes?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export const SERVICE_TIMEOUT_MS = 8_000;
export const SERVICE_MAX_BYTES = 2 * 1024 * 1024;

function originOf(address: string): string | undefined {
  try {
    return new URL(address).origin;
  } catch {
    return undefined;
  }
}

export class ServiceClient {
  private readonly fetchImpl: typeof fetch;
  private readonly options: Required<Omit<ServiceClientOptions, 'apiKey' | 'fetch'>> & { apiKey?: string };

  constructor(options: ServiceClientOptions) {
    this.fetchImpl = options.fetch ?? ((...args) => fetch(...args));
    this.options = {
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      timeoutMs: options.timeoutMs ?? SERVICE_TIMEOUT_MS,
      maxRetries: options.maxRetries ?? 2,
      baseDelayMs: options.baseDelayMs ?? 400,
      maxDelayMs: options.maxDelayMs ?? 8_000,
      maxBytes: options.maxBytes ?? SERVICE_MAX_BYTES,
      sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
      random: options.random ?? Math.random,
      ...(options.apiKey ? { apiKey: options.apiKey } : {}),
    };
  }

  /** Only the page's identity is sent (servicePageAddress), never its full address. */
  lookupPage(pageUrl: string): Promise<ServiceResult<PageLookup>> {
    const address = servicePageAddress(pageUrl);
    if (!address) return Promise.resolve({ ok: false, error: 'unexpected_data', message: 'This page address cannot be looked up.' });
    return this.get(`/v1/pages?url=${encodeURIComponent(address)}`, PageLookup);
  }

  meeting(id: string): Promise<ServiceResult<ServiceMeeting>> {
    return this.get(`/v1/meetings/${encodeURIComponent(id)}`, ServiceMeeting);
  }

  decision(id: string): Promise<ServiceResult<ServiceDecision>> {
    return this.get(`/v1/decisions/${encodeURIComponent(id)}`, ServiceDecision);
  }

  council(slug: string): Promise<ServiceResult<Council>> {
    return this.get(`/v1/councils/${encodeURIComponent(slug)}`, Council);
  }

  /** Full jitter: a random wait up to the exponential step, so many clients never retry in step. */
  private backoff(attempt: number): number {
    return Math.round(Math.min(this.options.maxDelayMs, this.options.baseDelayMs * 2 ** attempt) * this.options.random());
  }

  private async get<T>(path: string, schema: ZodMiniType<T>): Promise<ServiceResult<T>> {
    const { maxRetries, timeoutMs, maxBytes, sleep, maxDelayMs } = this.options;
    let last: ServiceResult<T> = { ok: false, error: 'unavailable', message: 'The summary service could not be reached.' };
    const serviceOrigin = originOf(this.options.baseUrl);
    if (!serviceOrigin) return { ok: false, error: 'unavailable', message: 'The summary service address is not a web address.' };
    for (let attempt = 0; attempt <= maxRetries; attempt += 1) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      let response: Response;
      try {
        // An answer redirected away from the service's own origin is never read (and the key is never re-sent by hand).
        const checked = await fetchChecked(
          this.fetchImpl,
          `${this.options.baseUrl}${path}`,
          {
            headers: { accept: 'application/json', ...(this.options.apiKey ? { authorization: `Bearer ${this.options.apiKey}` } : {}) },
            credentials: 'omit',
            signal: controller.signal,
          },
          (landed) => landed.origin === serviceOrigin,
        );
        if (!checked.ok) {
          clearTimeout(timer);
          return { ok: false, error: 'unexpected_data', message: 'The summary service redirected Council Lens to another site, which it does not follow.' };
        }
        response = checked.response;
      } catch {
        clearTimeout(timer);
        // A server that has not answered in the timeout is not helped by asking again at once.
        if (controller.signal.aborted) return { ok: false, error: 'unavailable', message: 'The summary service took too long to answer.' };
        last = { ok: false, error: 'unavailable', message: 'The summary service could not be reached.' };
        if (attempt < maxRetries) await sleep(this.backoff(attempt));
        continue;
      }
      try {
        if (response.status === 429) {
          const wait = retryAfterSeconds(response);
          last = {
            ok: false,
            error: 'rate_limited',
            message: 'The summary service is busy; Council Lens will try again later.',
            ...(wait !== undefined ? { retryAfterSeconds: wait } : {}),
          };
          await response.body?.cancel().catch(() => undefined);
          if (attempt >= maxRetries || (wait !== undefined && wait * 1000 > maxDelayMs)) return last;
          await sleep(Math.max((wait ?? 0) * 1000, this.backoff(attempt)));
          continue;
        }
        if (response.status >= 500) {
          await response.body?.cancel().catch(() => undefined);
          last = { ok: false, error: 'unavailable', message: `The summary service is having problems (${response.status}).` };
          if (attempt < maxRetries) await sleep(this.backoff(attempt));
          continue;
        }
        if (response.status === 404) return { ok: false, error: 'not_covered', message: 'The summary service has nothing for this page yet.' };
        if (response.status === 401)
          return { ok: false, error: 'bad_key', message: 'The summary service did not recognise your API key. Check it in Council Lens settings.' };
        if (response.status === 403) return { ok: false, error: 'bad_key', message: 'Your API key does not allow this. Check your subscription.' };
        if (!response.ok) return { ok: false, error: 'unexpected_data', message: `The summary service refused the request (${response.status}).` };
        const bytes = await readCapped(response, maxBytes);
        if (bytes === undefined) return { ok: false, error: 'unexpected_data', message: 'The summary service sent far more than a summary.' };
        const body = new TextDecoder().decode(bytes);
        let json: unknown;
        try {
          json = JSON.parse(body);
        } catch {
          return { ok: false, error: 'unexpected_data', message: 'The summary service sent something that is not JSON.' };
        }
        // A bad field costs only itself: the rest of the answer is kept, and the view says something was left out.
        const parsed = salvage(schema, json);
        if (!parsed.ok) return { ok: false, error: 'unexpected_data', message: 'The summary service sent data Council Lens does not understand.' };
        return parsed.omitted.length ? { ok: true, value: parsed.value, omitted: parsed.omitted.length } : { ok: true, value: parsed.value };
      } catch {
        return {
          ok: false,
          error: 'unavailable',
          message: controller.signal.aborted ? 'The summary service took too long to answer.' : 'The summary service connection failed.',
        };
      } finally {
        clearTimeout(timer);
      }
    }
    return last;
  }
}
