import { pageName, queryParam } from '../../text';
import type { PageDetector, PageKind } from '../types';

/**
 * A ModernGov page detector, as each page kind declares its own (lib/page/kinds/). Page names are
 * matched as path suffixes, case-insensitively, because installs live under any prefix
 * (`/democracy/`, `/mginternet/`) and write `MId` and `MID` alike. Each lists real URLs;
 * tests/unit/page/detect.test.ts checks that each matches its own detector and no other.
 */
export function modernGovDetector<K extends PageKind>(
  kind: K,
  names: readonly string[],
  required: readonly string[],
  examples: readonly string[],
  extra?: (url: URL) => boolean,
): PageDetector<K> {
  return {
    kind,
    matchesUrl: (url) =>
      names.includes(pageName(url)) && (required.length === 0 || required.some((param) => queryParam(url, param) !== undefined)) && (extra?.(url) ?? true),
    examples,
  };
}

/**
 * The markup every ModernGov theme keeps: the `#modgov` block, the `$ModernGov`
 * bootstrap script, or its stylesheets. Host names prove nothing on their own.
 */
export function hasModernGovFingerprint(document: Document): boolean {
  if (document.getElementById('modgov')) return true;
  if (document.querySelector('link[href*="mg.jqueryaddons" i], link[href*="ssMgStyles" i]')) return true;
  for (const script of Array.from(document.scripts)) {
    if (script.text.includes('$ModernGov') || script.text.includes('mgJQuery')) return true;
  }
  return false;
}
