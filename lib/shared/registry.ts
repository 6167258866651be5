import { isVendorHost } from './sites';
import { z } from 'zod/mini';

/**
 * The shipped registry of council democracy portals (assets/council-registry.json): data,
 * not code. It names the council in the sidebar and tells known portals from unknown ones.
 */
export const CouncilEntry = z.lazy(() =>
  z.object({
    host: z.string(),
    platform: z.enum(['moderngov', 'cmis']),
    name: z.string(),
    aliases: z.array(z.string()),
    /** Where the install lives, including any sub-path: `https://host/democracy/`. */
    baseUrl: z.string(),
    gss: z.optional(z.string()),
    ended: z.optional(z.boolean()),
  }),
);
export type CouncilEntry = z.infer<typeof CouncilEntry>;

export const CouncilRegistry = z.lazy(() => z.object({ source: z.string(), councils: z.array(CouncilEntry) }));
export type CouncilRegistry = z.infer<typeof CouncilRegistry>;

export function findCouncilByHost(registry: CouncilRegistry, host: string): CouncilEntry | undefined {
  const wanted = host.toLowerCase().replace(/^www\./, '');
  return registry.councils.find((entry) => entry.host === wanted || entry.host === `www.${wanted}`);
}

/** Welsh-language portal hosts (`democratiaeth.*`, `.llyw.cymru`) are recognised as council portals too. */
export function looksLikePortalHost(host: string): boolean {
  return isVendorHost(host) || /^(democracy|democratiaeth|moderngov|mgov|committees|councillors|cmis)\./i.test(host) || /\.llyw\.cymru$/i.test(host);
}
