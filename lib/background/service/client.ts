import type { ZodMiniType } from 'zod/mini';
import { fetchChecked, readCapped, retryAfterSeconds } from '../http';
import { salvage } from '../../shared/salvage';
import { servicePageAddress } from './page-key';
import { failure, type Failure } from '../../protocol/failure';
import { Council, PageLookup, ServiceDecision, ServiceMeeting } from './contract';

/**
 * The summary service client. It runs in the background only (content scripts are bound by
 * the council page's CORS). Every failure becomes a typed value the sidebar can explain.
 */

/**
 * `omitted`: how many bad optional fields or list entries were left out of an answer otherwise
 * kept (lib/shared/salvage.ts). A `rate_limited` failure's detail is the service's Retry-After, in seconds.
 */
export type ServiceResult<T> = { ok: true; value: T; omitted?: number } | Failure;

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
    if (!address) return Promise.resolve(failure('page_address_unusable'));
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
    let last: ServiceResult<T> = failure('service_unreachable');
    const serviceOrigin = originOf(this.options.baseUrl);
    if (!serviceOrigin) return failure('service_bad_address');
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
          return failure('service_redirected');
        }
        response = checked.response;
      } catch {
        clearTimeout(timer);
        // A server that has not answered in the timeout is not helped by asking again at once.
        if (controller.signal.aborted) return failure('service_timeout');
        last = failure('service_unreachable');
        if (attempt < maxRetries) await sleep(this.backoff(attempt));
        continue;
      }
      try {
        if (response.status === 429) {
          const wait = retryAfterSeconds(response);
          last = failure('rate_limited', wait);
          await response.body?.cancel().catch(() => undefined);
          if (attempt >= maxRetries || (wait !== undefined && wait * 1000 > maxDelayMs)) return last;
          await sleep(Math.max((wait ?? 0) * 1000, this.backoff(attempt)));
          continue;
        }
        if (response.status >= 500) {
          await response.body?.cancel().catch(() => undefined);
          last = failure('service_error', response.status);
          if (attempt < maxRetries) await sleep(this.backoff(attempt));
          continue;
        }
        if (response.status === 404) return failure('not_covered');
        if (response.status === 401) return failure('bad_key');
        if (response.status === 403) return failure('key_not_allowed');
        if (!response.ok) return failure('service_refused', response.status);
        const bytes = await readCapped(response, maxBytes);
        if (bytes === undefined) return failure('service_too_large');
        const body = new TextDecoder().decode(bytes);
        let json: unknown;
        try {
          json = JSON.parse(body);
        } catch {
          return failure('service_not_json');
        }
        // A bad field costs only itself: the rest of the answer is kept, and the view says something was left out.
        const parsed = salvage(schema, json);
        if (!parsed.ok) return failure('service_unexpected');
        return parsed.omitted.length ? { ok: true, value: parsed.value, omitted: parsed.omitted.length } : { ok: true, value: parsed.value };
      } catch {
        return failure(controller.signal.aborted ? 'service_timeout' : 'service_connection_failed');
      } finally {
        clearTimeout(timer);
      }
    }
    return last;
  }
}
