import { describe, expect, it } from 'vitest';
import registryJson from '../../../assets/council-registry.json';
import { CouncilSearch, councilLinks } from '../../../lib/shared/council-search';
import { CouncilRegistry, findCouncilByHost, looksLikePortalHost } from '../../../lib/shared/registry';

const registry = CouncilRegistry.parse(registryJson);
const search = new CouncilSearch(registry);

describe('council registry', () => {
  it('has one entry per host, all ModernGov or CMIS, with names', () => {
    const hosts = registry.councils.map((entry) => entry.host);
    expect(new Set(hosts).size).toBe(hosts.length);
    expect(hosts.length).toBeGreaterThan(400);
    expect(registry.councils.every((entry) => entry.name.length > 0 && /^https:\/\//.test(entry.baseUrl))).toBe(true);
  });

  it('names councils by host, on the vendor domain and their own', () => {
    expect(findCouncilByHost(registry, 'milton-keynes.moderngov.co.uk')?.name).toBe('Milton Keynes Council');
    expect(findCouncilByHost(registry, 'moderngov.kingston.gov.uk')?.name).toBe('Royal Borough of Kingston upon Thames');
    expect(findCouncilByHost(registry, 'cmis.derby.gov.uk')).toMatchObject({ platform: 'cmis', baseUrl: 'https://cmis.derby.gov.uk/cmis5/' });
    expect(findCouncilByHost(registry, 'example.org')).toBeUndefined();
  });

  it('recognises Welsh-language portal hosts', () => {
    expect(looksLikePortalHost('democratiaeth.sirgar.llyw.cymru')).toBe(true);
    expect(looksLikePortalHost('democratiaeth.cyngor.gwynedd.gov.uk')).toBe(true);
    expect(looksLikePortalHost('www.bbc.co.uk')).toBe(false);
  });
});

describe('find your council', () => {
  it.each([
    ['milton keynes', 'milton-keynes.moderngov.co.uk'],
    ['MK', 'milton-keynes.moderngov.co.uk'],
    ['Kingston upon Thames', 'moderngov.kingston.gov.uk'],
    ['Caerdydd', 'cardiff.moderngov.co.uk'],
    ['manchestr', 'democracy.manchester.gov.uk'],
  ])('"%s" finds %s', (query, host) => {
    expect(search.search(query).map((entry) => entry.host)).toContain(host);
  });

  it('links to the meetings calendar, decisions and councillors of a ModernGov portal', () => {
    const entry = findCouncilByHost(registry, 'milton-keynes.moderngov.co.uk')!;
    expect(councilLinks(entry)).toEqual({
      home: 'https://milton-keynes.moderngov.co.uk/',
      meetings: 'https://milton-keynes.moderngov.co.uk/mgCalendarMonthView.aspx',
      decisions: 'https://milton-keynes.moderngov.co.uk/mgDelegatedDecisions.aspx?bcr=1',
      councillors: 'https://milton-keynes.moderngov.co.uk/mgMemberIndex.aspx',
    });
  });

  it('finds nothing for one letter', () => {
    expect(search.search('m')).toEqual([]);
  });
});
