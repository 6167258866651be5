import { pageName, queryParam } from '../../text';
import type { PageDetector } from '../types';

/**
 * ModernGov page detectors. Page names are matched as path suffixes, case-insensitively,
 * because installs live under any prefix (`/democracy/`, `/mginternet/`) and write
 * `MId` and `MID` alike.
 */

export const meeting: PageDetector = {
  kind: 'meeting',
  matchesUrl: (url) => pageName(url) === 'ielistdocuments.aspx' && queryParam(url, 'MId') !== undefined,
  examples: [
    'https://moderngov.kingston.gov.uk/ieListDocuments.aspx?CId=711&MId=10221&Ver=4',
    'https://milton-keynes.moderngov.co.uk/ieListDocuments.aspx?CId=1234&MId=5678',
    'https://democracy.manchester.gov.uk/ieListDocuments.aspx?CId=147&MId=4967',
    'https://www.lewes-eastbourne.gov.uk/democracy/ieListDocuments.aspx?CId=307&MID=5291',
    'https://cardiff.moderngov.co.uk/ielistdocuments.aspx?cid=151&mid=8480&ver=4&LLL=0',
  ],
};

export const moderngovDetectors: readonly PageDetector[] = [meeting];

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
