import { PLATFORM_DETECTION } from '../page/platforms/detection';
import { ROOM_STYLESHEET } from '../sidebar/side-by-side';

/**
 * The sidebar's room from the page's first layout (lib/sidebar/side-by-side.ts says why): a stylesheet, and no
 * script, registered for the pages that get a sidebar on the sites Council Lens reads, so the browser puts it
 * into each such page before parsing it and nothing of Council Lens runs during the page's load. Left out: sites
 * where the person collapsed the sidebar, and everything when they turned side by side off.
 */

export const ROOM_SCRIPT_ID = 'council-lens-room';

/**
 * The path patterns of the page addresses that get a sidebar, from the detectors' own real examples (lib/page/kinds/):
 * a ModernGov page by its page name, as its examples write it and in lower case (match patterns are case-sensitive;
 * installs live under any prefix); a CMIS page by its `/ctl/<view>/` segment. A page whose address is written
 * otherwise still gets the room, from the sidebar, once it has loaded. An address the patterns take that is not
 * one the sidebar reads has the room given back (`giveBackRoom`).
 */
export function roomPathPatterns(): string[] {
  const paths = new Set<string>();
  for (const platform of PLATFORM_DETECTION) {
    for (const detector of platform.detectors) {
      for (const example of detector.examples) {
        const path = new URL(example).pathname;
        if (platform.id === 'moderngov') {
          const name = path.split('/').pop() ?? '';
          if (!/^[\w-]+\.aspx$/i.test(name)) continue;
          paths.add(`/*${name}*`);
          paths.add(`/*${name.toLowerCase()}*`);
        } else {
          const view = /\/ctl\/([\w-]+)\//.exec(path)?.[1];
          if (view) paths.add(`/*/ctl/${view}/*`);
        }
      }
    }
  }
  return [...paths].sort();
}

const ROOM_PATH_PATTERNS: readonly string[] = roomPathPatterns();
/** The same patterns as the browser reads them: `*` any run of characters, everything else itself. */
const ROOM_PATHS: readonly RegExp[] = ROOM_PATH_PATTERNS.map(
  (path) =>
    new RegExp(
      `^${path
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
        .join('.*')}$`,
    ),
);

/** A match pattern's host as the browser reads it (`*.moderngov.co.uk`, `democracy.council.gov.uk`), from a site pattern `*://host/*`. */
function hostOfSitePattern(pattern: string): string | undefined {
  return /^\*:\/\/((?:\*\.)?[a-z0-9.-]+)\/\*$/i.exec(pattern)?.[1];
}

export interface RoomScript {
  id: string;
  css: string[];
  matches: string[];
  excludeMatches: string[];
  runAt: 'document_start';
  allFrames: false;
  persistAcrossSessions: true;
}

/**
 * The stylesheet's registration, for the sites Council Lens reads (their `*://host/*` patterns), without the hosts
 * where the person collapsed the sidebar; none when side by side is off or no site remains.
 */
export function roomScript(sitePatterns: readonly string[], collapsedHosts: readonly string[], sideBySide: boolean): RoomScript | undefined {
  if (!sideBySide) return undefined;
  const hosts = sitePatterns.map(hostOfSitePattern).filter((host): host is string => host !== undefined);
  if (hosts.length === 0) return undefined;
  // Stored as the page's `location.host`; a match pattern has no port.
  const collapsed = collapsedHosts.map((host) => host.replace(/:\d+$/, '').toLowerCase()).filter((host) => /^[a-z0-9.-]+$/.test(host));
  return {
    id: ROOM_SCRIPT_ID,
    css: [ROOM_STYLESHEET],
    matches: hosts.flatMap((host) => ROOM_PATH_PATTERNS.map((path) => `*://${host}${path}`)),
    excludeMatches: [...new Set(collapsed)].map((host) => `*://${host}/*`),
    runAt: 'document_start',
    allFrames: false,
    persistAcrossSessions: true,
  };
}

/** Whether one of the room's path patterns takes this address (path and query, as the browser matches them). */
export function roomCoversAddress(address: string): boolean {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return false;
  }
  const pathAndQuery = `${url.pathname}${url.search}`;
  return ROOM_PATHS.some((pattern) => pattern.test(pathAndQuery));
}
