import type { Cache } from '../cache';
import type { Settings } from '../settings';
import { originPattern } from '../../shared/sites';
import type { ServiceClient, ServiceResult } from './client';
import type { PageLookup } from './contract';
import { servicePageAddress, servicePageKey } from './page-key';
import { failure, isTransient } from '../../protocol/failure';
import { type ServiceAnswer, type ServiceView, toServiceView } from './view';

/**
 * "What does the summary service say about this page?", answered stale-while-revalidate:
 * a cached answer is returned at once; if it is past its TTL it is refreshed in the
 * background and the fresh answer is pushed to the page. When the service cannot be reached,
 * the last copy is shown, marked offline.
 */

const HOUR = 60 * 60 * 1000;
/** Meeting summaries are rewritten as documents are published; decisions rarely change. */
export const SERVICE_TTL_MS = { meeting: 6 * HOUR, decision: 24 * HOUR, notCovered: HOUR } as const;

/** `omitted`: bad fields the service sent that were left out of the view (lib/salvage.ts). */
type Stored = { view: ServiceView; omitted?: number } | { notCovered: true };

export interface ServiceLookupDeps {
  cache: Cache;
  settings(): Promise<Settings>;
  hasPermission(originPattern: string): Promise<boolean>;
  /** What the person said when asked whether this service may be told which pages they open. */
  consent(serviceUrl: string): Promise<'granted' | 'declined' | undefined>;
  client(settings: Settings): Pick<ServiceClient, 'lookupPage'>;
}

/** A short, stable, non-reversible tag for an API key: answers differ by plan, so the cache must too. */
function keyTag(key: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index += 1) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return key ? (hash >>> 0).toString(16) : 'anonymous';
}

function answerOf(stored: Stored, fetchedAt: number, offline: boolean): ServiceAnswer {
  if (!('view' in stored)) return failure('not_covered');
  return { ok: true, status: 'ready', view: stored.view, fetchedAt, offline, ...(stored.omitted ? { omitted: stored.omitted } : {}) };
}

export class ServiceLookup {
  private readonly inFlight = new Map<string, Promise<ServiceAnswer>>();

  constructor(private readonly deps: ServiceLookupDeps) {}

  async lookup(pageUrl: string, onRevalidated?: (answer: ServiceAnswer) => void): Promise<ServiceAnswer> {
    const settings = await this.deps.settings();
    if (!settings.serviceUrl) return failure('service_off');
    const pattern = originPattern(settings.serviceUrl);
    const pageKey = servicePageKey(pageUrl);
    const sends = servicePageAddress(pageUrl);
    if (!pattern) return failure('needs_permission');
    if (!pageKey || !sends) return failure('page_address_unusable');
    const key = `service:${settings.serviceUrl}|${keyTag(settings.serviceKey)}|${pageKey}`;
    // Asked together, as none depends on another: reading this browser's own cache sends nothing anywhere.
    const [permitted, consent, cached] = await Promise.all([
      this.deps.hasPermission(pattern),
      this.deps.consent(settings.serviceUrl),
      this.deps.cache.get<Stored>(key).catch(() => undefined),
    ]);
    if (!permitted) return failure('needs_permission');
    // Nothing leaves the browser until the person has said yes, once, for this service.
    if (consent === 'declined') return failure('service_declined');
    if (consent !== 'granted') return { ok: true, status: 'needsConsent', serviceOrigin: new URL(settings.serviceUrl).origin, sends };

    if (cached?.fresh) return answerOf(cached.value, cached.storedAt, false);
    if (cached) {
      void this.fetch(key, pageUrl, settings).then((fresh) => {
        onRevalidated?.(!fresh.ok && isTransient(fresh.code) ? answerOf(cached.value, cached.storedAt, true) : fresh);
      });
      return answerOf(cached.value, cached.storedAt, false);
    }
    return this.fetch(key, pageUrl, settings);
  }

  private fetch(key: string, pageUrl: string, settings: Settings): Promise<ServiceAnswer> {
    const existing = this.inFlight.get(key);
    if (existing) return existing;
    const pending = this.deps
      .client(settings)
      .lookupPage(pageUrl)
      .then((result) => this.store(key, result))
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, pending);
    return pending;
  }

  private async store(key: string, result: ServiceResult<PageLookup>): Promise<ServiceAnswer> {
    if (result.ok) {
      const view = toServiceView(result.value);
      const stored: Stored = { view, ...(result.omitted ? { omitted: result.omitted } : {}) };
      // The time the cache records, so a later cached answer is identical to this one.
      const fetchedAt = await this.deps.cache
        .set<Stored>(key, stored, view.kind === 'meeting' ? SERVICE_TTL_MS.meeting : SERVICE_TTL_MS.decision)
        .catch(() => Date.now());
      return answerOf(stored, fetchedAt, false);
    }
    if (result.code === 'not_covered') {
      // Remembered briefly, so browsing a council's pages does not ask the service about each again and again.
      await this.deps.cache.set<Stored>(key, { notCovered: true }, SERVICE_TTL_MS.notCovered).catch(() => undefined);
    }
    return result;
  }
}
