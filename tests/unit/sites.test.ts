import { describe, expect, it } from 'vitest';
import { contentScriptId, councilSiteHosts, hostOfPattern, isVendorHost, nonSiteOrigins, planRegistration } from '../../lib/sites';

describe('site registration', () => {
  it('reads the host of a granted site pattern, ignoring wildcards and vendor domains', () => {
    expect(hostOfPattern('*://moderngov.kingston.gov.uk/*')).toBe('moderngov.kingston.gov.uk');
    expect(hostOfPattern('https://democracy.manchester.gov.uk/*')).toBe('democracy.manchester.gov.uk');
    expect(hostOfPattern('*://*.moderngov.co.uk/*')).toBeUndefined();
    expect(hostOfPattern('*://*/*')).toBeUndefined();
    expect(hostOfPattern('*://milton-keynes.moderngov.co.uk/*')).toBeUndefined();
    expect(isVendorHost('birmingham.cmis.uk.com')).toBe(true);
  });

  it('registers newly granted sites and unregisters removed ones, leaving others alone', () => {
    const plan = planRegistration(
      ['*://*.moderngov.co.uk/*', '*://moderngov.kingston.gov.uk/*', '*://cmis.derby.gov.uk/*'],
      [contentScriptId('cmis.derby.gov.uk'), contentScriptId('democracy.leeds.gov.uk'), 'someone-elses-script'],
    );
    expect(plan).toEqual({ register: ['moderngov.kingston.gov.uk'], unregister: [contentScriptId('democracy.leeds.gov.uk')] });
  });
});

describe('site registration exclusions', () => {
  it('never registers the sidebar on the summary service or other non-council origins', () => {
    const plan = planRegistration(['http://127.0.0.1/*', '*://moderngov.kingston.gov.uk/*'], [], ['http://127.0.0.1/*']);
    expect(plan.register).toEqual(['moderngov.kingston.gov.uk']);
  });

  it('counts the summary service’s and the AI endpoint’s origins (any port) as not council sites', () => {
    const notSites = nonSiteOrigins(['*://*.moderngov.co.uk/*'], ['http://127.0.0.1:8787', 'http://localhost:11434/v1', '']);
    expect(notSites).toEqual(['*://*.moderngov.co.uk/*', 'http://127.0.0.1/*', 'http://localhost/*']);
    expect(councilSiteHosts(['http://localhost/*', 'http://127.0.0.1/*', '*://moderngov.kingston.gov.uk/*'], notSites)).toEqual(['moderngov.kingston.gov.uk']);
  });
});
