/**
 * The sidebar's room from a page's first layout: a stylesheet registered for the page addresses that get a sidebar,
 * on the sites Council Lens reads, but not where the person collapsed it or turned side by side off.
 */
import { describe, expect, it } from 'vitest';
import { ROOM_SCRIPT_ID, roomCoversAddress, roomPathPatterns, roomScript } from '../../../lib/background/page-room';
import { readsAsCouncilPage } from '../../../lib/background/sidebar-injection';
import { PLATFORM_DETECTION } from '../../../lib/page/platforms/detection';
import { ROOM_STYLESHEET } from '../../../lib/sidebar/side-by-side';
import { VENDOR_MATCHES } from '../../../lib/shared/sites';
import { MEETING_URLS, PAGE_URLS } from '../../support/fixture-sites';

describe('which pages keep the room from their start', () => {
  it('every real ModernGov address the detectors list, and CMIS’s meeting, committee and councillor pages', () => {
    const missed: string[] = [];
    for (const platform of PLATFORM_DETECTION)
      for (const detector of platform.detectors)
        for (const example of detector.examples) {
          const expected = platform.id === 'moderngov' || /\/ctl\//.test(example);
          if (roomCoversAddress(example) !== expected) missed.push(example);
        }
    expect(missed).toEqual([]);
    for (const url of [MEETING_URLS.kingston, PAGE_URLS.decision1613, PAGE_URLS.kingstonCommittee, PAGE_URLS.cmisMeeting]) {
      expect(readsAsCouncilPage(url)).toBe(true);
      expect(roomCoversAddress(url)).toBe(true);
    }
  });

  it('not a portal’s other pages, its documents or its web service, nor a page name in another’s path', () => {
    for (const address of [
      PAGE_URLS.kingstonNotRead,
      'https://kingston.moderngov.co.uk/mgWebService.asmx/GetMeetings?lCommitteeId=1',
      'https://kingston.moderngov.co.uk/documents/s1234/Report.pdf',
      'https://kingston.moderngov.co.uk/mgConvert2PDF.aspx?ID=1',
      'https://birmingham.cmis.uk.com/birmingham/Default.aspx',
      'not an address',
    ])
      expect(roomCoversAddress(address), address).toBe(false);
    // The patterns are the browser's globs: ModernGov's page names in their usual case and in lower case.
    expect(roomPathPatterns()).toContain('/*ieListDocuments.aspx*');
    expect(roomPathPatterns()).toContain('/*ielistdocuments.aspx*');
    expect(roomPathPatterns()).toContain('/*/ctl/ViewMeetingPublic/*');
    expect(roomPathPatterns().every((path) => path.startsWith('/*'))).toBe(true);
  });
});

describe('the stylesheet’s registration', () => {
  const sites = [...VENDOR_MATCHES, '*://democracy.council.gov.uk/*', 'http://127.0.0.1:8787/*'];

  it('each site’s pages that get a sidebar, from the document’s start, in the top frame only', () => {
    const script = roomScript(sites, [], true)!;
    expect(script).toMatchObject({ id: ROOM_SCRIPT_ID, css: [ROOM_STYLESHEET], runAt: 'document_start', allFrames: false, excludeMatches: [] });
    expect(script.matches).toContain('*://*.moderngov.co.uk/*ieListDocuments.aspx*');
    expect(script.matches).toContain('*://democracy.council.gov.uk/*ieListDocuments.aspx*');
    // The summary service's origin is a grant for settings, never a site.
    expect(script.matches.some((pattern) => pattern.includes('127.0.0.1'))).toBe(false);
    expect(script.matches).toHaveLength(4 * roomPathPatterns().length);
  });

  it('not on sites where the person collapsed the sidebar (the host’s port dropped, as patterns have none); nothing with side by side off or no site', () => {
    const script = roomScript(sites, ['kingston.moderngov.co.uk', 'democracy.council.gov.uk:8080', 'bad host/*'], true)!;
    expect(script.excludeMatches).toEqual(['*://kingston.moderngov.co.uk/*', '*://democracy.council.gov.uk/*']);
    expect(roomScript(sites, [], false)).toBeUndefined();
    expect(roomScript(['http://127.0.0.1:8787/*'], [], true)).toBeUndefined();
  });
});
