import { z } from 'zod/mini';

/**
 * The settings a council page's sidebar may know: nothing secret (no keys, no addresses), and
 * only what concerns the site it is on. Content scripts get these from the background: they
 * have no access to extension storage at all (the background closes it to them), and this
 * module, unlike lib/settings.ts, touches no storage, so the sidebar can import it.
 */
export const PageSettings = z.lazy(() =>
  z.object({
    autoSummaries: z.boolean(),
    /** Beside the page rather than over it, where the window is wide enough (absent from older backgrounds: beside). */
    sideBySide: z.optional(z.boolean()),
    callInWorkingDays: z.optional(z.int().check(z.minimum(1), z.maximum(30))),
    /** Documents would go to the person's own AI endpoint, so restricted ones must be flagged first. */
    sendsToRemoteEndpoint: z.boolean(),
    collapsed: z.boolean(),
  }),
);
export type PageSettings = z.infer<typeof PageSettings>;

/**
 * The background hands a council page's settings over as it injects the sidebar, so the
 * sidebar's first render does not wait on asking for them (a round trip of 10–15 ms on a 2-core
 * machine). They are left in the extension's isolated world, which page script cannot see, and
 * for one host: a tab that moved on meanwhile asks, as a sidebar injected any other way does.
 */
export const HANDED_SETTINGS = 'council-lens.page-settings';

/** Run in the page's isolated world by `scripting.executeScript` (so it is self-contained: it is sent as source). */
export function handOverSettings(key: string, host: string, settings: PageSettings): void {
  (globalThis as unknown as Record<symbol, unknown>)[Symbol.for(key)] = { host, settings };
}

/** The settings handed over for this host, taken once; anything else there (a stale or ill-formed handover) counts as none. */
export function takeHandedSettings(host: string, world: object = globalThis): PageSettings | undefined {
  const slot = world as Record<symbol, unknown>;
  const key = Symbol.for(HANDED_SETTINGS);
  const handed = slot[key];
  Reflect.deleteProperty(slot, key);
  const parsed = z.object({ host: z.string(), settings: PageSettings }).safeParse(handed);
  return parsed.success && parsed.data.host === host ? parsed.data.settings : undefined;
}
