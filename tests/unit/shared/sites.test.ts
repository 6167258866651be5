import { describe, expect, it } from 'vitest';
import { councilSiteHosts, hostOfPattern, isVendorHost, nonSiteOrigins } from '../../../lib/shared/sites';

describe('the sites Council Lens reads', () => {
  it('reads the host of a granted site pattern, ignoring wildcards and vendor domains', () => {
    expect(hostOfPattern('*://moderngov.kingston.gov.uk/*')).toBe('moderngov.kingston.gov.uk');
    // Sites are only ever granted as *://host/*: a pattern with a scheme or a port was granted for a service or endpoint.
    expect(hostOfPattern('https://democracy.manchester.gov.uk/*')).toBeUndefined();
    expect(hostOfPattern('http://localhost:11434/*')).toBeUndefined();
    expect(hostOfPattern('*://*.moderngov.co.uk/*')).toBeUndefined();
    expect(hostOfPattern('*://*/*')).toBeUndefined();
    expect(hostOfPattern('*://milton-keynes.moderngov.co.uk/*')).toBeUndefined();
    expect(isVendorHost('birmingham.cmis.uk.com')).toBe(true);
  });

  it('the council sites enabled are the granted site patterns, each once, vendor domains aside', () => {
    expect(councilSiteHosts(['*://*.moderngov.co.uk/*', '*://moderngov.kingston.gov.uk/*', '*://cmis.derby.gov.uk/*', '*://cmis.derby.gov.uk/*'])).toEqual([
      'cmis.derby.gov.uk',
      'moderngov.kingston.gov.uk',
    ]);
  });
});

describe('what is never a council site', () => {
  it('never the summary service or other non-council origins', () => {
    expect(councilSiteHosts(['http://127.0.0.1/*', '*://moderngov.kingston.gov.uk/*'], ['http://127.0.0.1/*'])).toEqual(['moderngov.kingston.gov.uk']);
  });

  it('counts the recorded grants of the summary service and the AI endpoint as not council sites, and never a leftover grant either', () => {
    const notSites = nonSiteOrigins(['*://*.moderngov.co.uk/*'], ['http://127.0.0.1:8787/*', 'http://localhost:11434/*']);
    expect(notSites).toEqual(['*://*.moderngov.co.uk/*', 'http://127.0.0.1:8787/*', 'http://localhost:11434/*']);
    // A host-only grant an older version left behind is not a site either: it names a scheme.
    expect(councilSiteHosts(['http://localhost/*', 'http://127.0.0.1:8787/*', '*://moderngov.kingston.gov.uk/*'], notSites)).toEqual([
      'moderngov.kingston.gov.uk',
    ]);
  });
});
