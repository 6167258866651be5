import Fuse from 'fuse.js';
import type { CouncilEntry, CouncilRegistry } from './registry';

/**
 * "Find your council": a forgiving search over the registry's names, aliases (including
 * Welsh names) and initials, so "milton keynes", "MK" and "Caerdydd" all find the council.
 */

function initials(name: string): string {
  return name
    .replace(/\b(council|city|borough|district|county|of|the|and|royal|metropolitan|london)\b/gi, ' ')
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('');
}

interface Searchable {
  entry: CouncilEntry;
  names: string[];
  initials: string[];
}

export interface CouncilLinks {
  home: string;
  meetings: string;
  decisions?: string;
  councillors: string;
}

/** Where to start on a council's portal; CMIS page paths differ per install, so it gets its home page. */
export function councilLinks(entry: CouncilEntry): CouncilLinks {
  if (entry.platform === 'moderngov') {
    return {
      home: entry.baseUrl,
      meetings: new URL('mgCalendarMonthView.aspx', entry.baseUrl).href,
      decisions: new URL('mgDelegatedDecisions.aspx?bcr=1', entry.baseUrl).href,
      councillors: new URL('mgMemberIndex.aspx', entry.baseUrl).href,
    };
  }
  return { home: entry.baseUrl, meetings: entry.baseUrl, councillors: entry.baseUrl };
}

export class CouncilSearch {
  private readonly fuse: Fuse<Searchable>;
  private readonly byInitials = new Map<string, CouncilEntry[]>();

  constructor(registry: CouncilRegistry) {
    const items = registry.councils
      .filter((entry) => !entry.ended)
      .map((entry) => {
        const names = [entry.name, ...entry.aliases].filter((name) => !name.includes('.'));
        return { entry, names, initials: [...new Set(names.map(initials).filter((value) => value.length >= 2))] };
      })
      .filter((item) => item.names.length > 0);
    for (const item of items) {
      for (const value of item.initials) this.byInitials.set(value, [...(this.byInitials.get(value) ?? []), item.entry]);
    }
    this.fuse = new Fuse(items, { keys: ['names'], threshold: 0.3, ignoreLocation: true, ignoreDiacritics: true, includeScore: true });
  }

  search(query: string, limit = 8): CouncilEntry[] {
    const trimmed = query.trim();
    if (trimmed.length < 2) return [];
    const exactInitials = /^[A-Za-z]{2,4}$/.test(trimmed) ? (this.byInitials.get(trimmed.toUpperCase()) ?? []) : [];
    const fuzzy = this.fuse.search(trimmed, { limit: limit * 2 }).map((result) => result.item.entry);
    const seen = new Set<string>();
    return [...exactInitials, ...fuzzy].filter((entry) => (seen.has(entry.host) ? false : (seen.add(entry.host), true))).slice(0, limit);
  }
}
