import type { Cache } from './cache';
import { detectorsMatchingUrl, followedPageDetection, meetingPageDetection } from '../page/platforms/detection';
import { fetchChecked, readCapped, retryAfterSeconds, sameSiteOrUpgrade } from './http';
import { KeyedLimiter } from './limiter';
import type { FetchPortalTextRequest, FetchPortalTextResponse, PortalPurpose } from '../protocol/messages';
import { failure, type Failure } from '../protocol/failure';

/**
 * Fetches pages and web-service answers from the council portal a tab is showing, for the
 * content script. Requests are limited to the sender's own origin and to the few portal
 * paths Council Lens reads, so a compromised page cannot use the extension as a proxy.
 */

const ALLOWED_PATHS: Record<PortalPurpose, (target: URL) => boolean> = {
  attendance: (target) => /\/mgMeetingAttendance\.aspx$/i.test(target.pathname),
  webService: (target) => /\/mgWebService\.asmx\/(GetMeetings?|GetCouncillorsByWard|GetCouncillorsByPostcode)$/i.test(target.pathname),
  // Only an address the detectors read as a meetings list, calendar or decisions register, or a CMIS committee's index of meetings.
  listPage: (target) => followedPageDetection(target) !== undefined,
  // A meeting's own page, for what a followed list's or CMIS committee's meeting has published.
  meetingPage: (target) => meetingPageDetection(target) !== undefined,
  // A decision's own page, for who took a decision a followed register lists.
  decisionPage: (target) => detectorsMatchingUrl(target).some(({ detector }) => detector.kind === 'decision'),
};

const HOUR = 60 * 60 * 1000;

/** Attendance and meetings change through the day; the councillor directory at most daily. */
export function portalTtlMs(target: URL): number {
  return /GetCouncillorsByWard$/i.test(target.pathname) ? 24 * HOUR : 6 * HOUR;
}

export const PORTAL_MAX_BYTES = 2 * 1024 * 1024;
export const PORTAL_TIMEOUT_MS = 15_000;
/** At most this many requests at once to one council host, across all tabs. */
export const PORTAL_CONCURRENCY_PER_HOST = 2;
/** A busy council server's `Retry-After` is honoured once, up to this long; a longer wait is not worth holding the sidebar for. */
export const PORTAL_MAX_RETRY_AFTER_S = 30;

export function checkPortalRequest(request: FetchPortalTextRequest, senderUrl: string | undefined): URL | Failure {
  let target: URL;
  let sender: URL;
  try {
    target = new URL(request.url);
    sender = new URL(senderUrl ?? '');
  } catch {
    return failure('other_site');
  }
  if (target.origin !== sender.origin || !/^https?:$/.test(target.protocol)) {
    return failure('other_site');
  }
  if (!ALLOWED_PATHS[request.purpose](target)) {
    return failure('page_not_fetched');
  }
  return target;
}

interface StoredText {
  text: string;
  contentType: string;
  /** The server's validators, for a conditional request next time. */
  etag?: string;
  lastModified?: string;
}

export interface PortalFetcherOptions {
  cache: Cache;
  fetch?: typeof fetch;
  maxBytes?: number;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/** What one request brought: the text with its validators, or "what you kept is current". */
type Downloaded =
  | { ok: true; text: string; contentType: string; fetchedAt: number; fromCache: false; validators: { etag?: string; lastModified?: string } }
  | { ok: true; notModified: true };

export class PortalFetcher {
  private readonly limiter = new KeyedLimiter(PORTAL_CONCURRENCY_PER_HOST);
  private readonly inFlight = new Map<string, Promise<FetchPortalTextResponse>>();
  private readonly fetchImpl: typeof fetch;
  private readonly maxBytes: number;
  private readonly timeoutMs: number;
  /** Council hosts that said "busy, come back after…": nothing more is sent to them until then. */
  private readonly busyUntil = new Map<string, number>();
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;

  constructor(private readonly options: PortalFetcherOptions) {
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.now = options.now ?? (() => Date.now());
    this.fetchImpl = options.fetch ?? ((...args) => fetch(...args));
    this.maxBytes = options.maxBytes ?? PORTAL_MAX_BYTES;
    this.timeoutMs = options.timeoutMs ?? PORTAL_TIMEOUT_MS;
  }

  /**
   * `revalidate`: ask the server even when the kept copy is fresh (a follow's check), with the
   * copy's ETag or Last-Modified, so an unchanged answer costs a "304 Not Modified".
   */
  fetchText(request: FetchPortalTextRequest, senderUrl: string | undefined, options: { revalidate?: boolean } = {}): Promise<FetchPortalTextResponse> {
    const target = checkPortalRequest(request, senderUrl);
    if (!(target instanceof URL)) return Promise.resolve(target);
    const key = `portal:${target.href}`;
    // Two tabs (or a re-render) asking for the same page share one request.
    const existing = this.inFlight.get(key);
    if (existing) return existing;
    const pending = this.load(key, target, request.purpose, options.revalidate === true).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, pending);
    return pending;
  }

  private async load(key: string, target: URL, purpose: PortalPurpose, revalidate: boolean): Promise<FetchPortalTextResponse> {
    const cached = await this.options.cache.get<StoredText>(key).catch(() => undefined);
    const kept = (value: StoredText, storedAt: number) => ({
      ok: true as const,
      text: value.text,
      contentType: value.contentType,
      fetchedAt: storedAt,
      fromCache: true,
    });
    if (cached?.fresh && !revalidate) return kept(cached.value, cached.storedAt);
    const fetched = await this.limiter.run(target.host, () => this.politely(target, purpose, cached?.value));
    if (fetched.ok && 'notModified' in fetched && cached) {
      const storedAt = await this.options.cache.set<StoredText>(key, cached.value, portalTtlMs(target)).catch(() => cached.storedAt);
      return kept(cached.value, storedAt);
    }
    if (fetched.ok && !('notModified' in fetched)) {
      const { validators, ...answer } = fetched;
      await this.options.cache
        .set<StoredText>(key, { text: answer.text, contentType: answer.contentType, ...validators }, portalTtlMs(target))
        .catch(() => undefined);
      return answer;
    }
    if (fetched.ok) return failure('nothing_new_no_copy');
    // Offline or the council site is down: an older copy is better than nothing.
    if (cached) return { ok: true, ...cached.value, fetchedAt: cached.storedAt, fromCache: true };
    return fetched;
  }

  /**
   * One request, and at most one more: a 503 or 429 with `Retry-After` is retried once, after
   * that delay, and the host gets nothing else from Council Lens meanwhile. Never a storm.
   */
  private async politely(target: URL, purpose: PortalPurpose, kept?: StoredText): Promise<Downloaded | Failure> {
    for (let attempt = 0; ; attempt += 1) {
      const waitMs = (this.busyUntil.get(target.host) ?? 0) - this.now();
      if (waitMs > 0) await this.sleep(waitMs);
      const result = await this.download(target, purpose, kept);
      if (!('retryAfterS' in result)) return result;
      // Remembered even when not retried: the next request for this host, from any tab, waits too.
      this.busyUntil.set(target.host, this.now() + Math.min(result.retryAfterS, PORTAL_MAX_RETRY_AFTER_S) * 1000);
      if (attempt > 0 || result.retryAfterS > PORTAL_MAX_RETRY_AFTER_S) return result.failure;
    }
  }

  private async download(target: URL, purpose: PortalPurpose, kept?: StoredText): Promise<Downloaded | Failure | { retryAfterS: number; failure: Failure }> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    const headers: Record<string, string> = {};
    if (kept?.etag) headers['if-none-match'] = kept.etag;
    if (kept?.lastModified) headers['if-modified-since'] = kept.lastModified;
    try {
      // A redirect must land on the same site and on a page Council Lens reads, like the request itself.
      const checked = await fetchChecked(
        this.fetchImpl,
        target.href,
        { credentials: 'omit', signal: controller.signal, headers },
        (landed) => sameSiteOrUpgrade(landed, target) && ALLOWED_PATHS[purpose](landed),
      );
      if (!checked.ok) return failure('site_redirected');
      const { response } = checked;
      const retryAfterS = response.status === 503 || response.status === 429 ? retryAfterSeconds(response) : undefined;
      if (retryAfterS !== undefined) {
        await response.body?.cancel().catch(() => undefined);
        return { retryAfterS, failure: failure('site_busy', response.status) };
      }
      if (response.status === 304 && kept) return { ok: true, notModified: true };
      if (!response.ok) return failure('site_error', response.status);
      const bytes = await readCapped(response, this.maxBytes);
      if (bytes === undefined) return failure('site_too_large');
      const text = new TextDecoder().decode(bytes);
      const etag = response.headers.get('etag');
      const lastModified = response.headers.get('last-modified');
      return {
        ok: true,
        text,
        contentType: response.headers.get('content-type') ?? '',
        fetchedAt: Date.now(),
        fromCache: false,
        validators: { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) },
      };
    } catch {
      return failure(controller.signal.aborted ? 'site_timeout' : 'site_unreachable');
    } finally {
      clearTimeout(timer);
    }
  }
}
