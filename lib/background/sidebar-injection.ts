import { detectorsMatchingUrl } from '../page/platforms/detection';
import { roomCoversAddress } from './page-room';

/**
 * When the sidebar goes into a council page: from the background, once the tab has finished
 * loading, and never before. No script of Council Lens runs on council sites before then, so it
 * costs a page's own load nothing (`npm run bench`, "Sidebar latency": a declared content script,
 * however small, made Chromium build its isolated world before the load event, +3–20 ms on 25–95
 * ms pages). The one thing registered on those pages is a stylesheet (./page-room.ts), which needs
 * no isolated world.
 *
 * The address decides, as the browser reports it for the tab (the page cannot change that): one
 * the detectors read as a page Council Lens reads, on a site it may read (the vendors' domains, or
 * a council's own domain the person enabled). The sidebar script then checks the document itself
 * (`detectPage` with the platform's markup) and claims the frame once.
 *
 * A page whose images or analytics never finish never reports "complete": it gets the sidebar
 * `FALLBACK_MS` after it started loading (the browser still waits for the document to be ready).
 */
export const FALLBACK_MS = 2_000;

export interface TabChange {
  status?: string | undefined;
  url?: string | undefined;
}

export interface InjectorDeps {
  /** Whether the browser lets Council Lens read this page's site (vendors' domains; enabled own domains). */
  mayRead(url: string): Promise<boolean>;
  /** Puts the sidebar script into the tab's top frame. */
  inject(tabId: number, url: string): Promise<void>;
  /**
   * A page that gets no sidebar though the room's stylesheet (./page-room.ts) took its address, such as a meeting's
   * page name without a meeting: the room it kept from the start is given back.
   */
  giveBackRoom(tabId: number, url: string): Promise<void>;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
}

/** A page address the detectors read as one Council Lens shows a sidebar on. */
export function readsAsCouncilPage(address: string | undefined): address is string {
  if (!address || !/^https?:/i.test(address)) return false;
  try {
    return detectorsMatchingUrl(new URL(address)).length > 0;
  } catch {
    return false;
  }
}

export class SidebarInjector {
  /** Per tab: the page being loaded (its address), whether the sidebar went in, and the fallback's timer. */
  private readonly tabs = new Map<number, { url: string; injected: boolean; timer?: unknown }>();

  constructor(private readonly deps: InjectorDeps) {}

  /** `tabs.onUpdated`: "loading" starts a page (and its fallback), "complete" ends its load. */
  onUpdated(tabId: number, change: TabChange, tabUrl: string | undefined): void {
    const url = change.url ?? tabUrl;
    if (change.status === 'loading') {
      this.forget(tabId);
      if (!readsAsCouncilPage(url)) return;
      const entry: { url: string; injected: boolean; timer?: unknown } = { url, injected: false };
      entry.timer = this.deps.setTimer(() => void this.injectOnce(tabId, entry), FALLBACK_MS);
      this.tabs.set(tabId, entry);
    } else if (change.status === 'complete') {
      if (!readsAsCouncilPage(url)) {
        this.forget(tabId);
        if (url && roomCoversAddress(url)) void this.deps.giveBackRoom(tabId, url).catch(() => undefined);
        return;
      }
      const entry = this.tabs.get(tabId);
      // A page loaded before the background started (or restored whole) has no entry: it is taken as it is now.
      const current = entry && entry.url === url ? entry : { url, injected: false };
      this.tabs.set(tabId, current);
      void this.injectOnce(tabId, current);
    }
  }

  onRemoved(tabId: number): void {
    this.forget(tabId);
  }

  private forget(tabId: number): void {
    const entry = this.tabs.get(tabId);
    if (entry?.timer !== undefined) this.deps.clearTimer(entry.timer);
    this.tabs.delete(tabId);
  }

  private async injectOnce(tabId: number, entry: { url: string; injected: boolean; timer?: unknown }): Promise<void> {
    if (entry.injected || this.tabs.get(tabId) !== entry) return;
    entry.injected = true;
    if (entry.timer !== undefined) this.deps.clearTimer(entry.timer);
    if (!(await this.deps.mayRead(entry.url))) return;
    // The tab may have moved on while the permission was checked.
    if (this.tabs.get(tabId) !== entry) return;
    await this.deps.inject(tabId, entry.url).catch(() => undefined);
  }
}
