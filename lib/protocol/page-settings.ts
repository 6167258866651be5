import { z } from 'zod/mini';

/**
 * The settings a council page's sidebar may know: nothing secret (no keys, no addresses), and
 * only what concerns the site it is on. Content scripts get these from the background: they
 * have no access to extension storage at all (the background closes it to them), and this
 * module, unlike lib/settings.ts, touches no storage, so the sidebar can import it.
 */
export const PageSettings = z.object({
  autoSummaries: z.boolean(),
  /** Beside the page rather than over it, where the window is wide enough (absent from older backgrounds: beside). */
  sideBySide: z.optional(z.boolean()),
  callInWorkingDays: z.optional(z.int().check(z.minimum(1), z.maximum(30))),
  /** Documents would go to the person's own AI endpoint, so restricted ones must be flagged first. */
  sendsToRemoteEndpoint: z.boolean(),
  collapsed: z.boolean(),
});
export type PageSettings = z.infer<typeof PageSettings>;
