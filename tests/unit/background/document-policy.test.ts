import { describe, expect, it } from 'vitest';
import registryJson from '../../../assets/council-registry.json';
import { isLocalHostname } from '../../../lib/background/addresses';
import { checkDocumentUrl, type DocumentPolicy, policyForChosenDocument, policyForPage, sameCouncilHosts } from '../../../lib/background/document-policy';
import { CouncilRegistry } from '../../../lib/shared/registry';

const registry = CouncilRegistry.parse(registryJson);
const KINGSTON_PAGE = 'https://kingston.moderngov.co.uk/ieListDocuments.aspx?CId=711&MId=10221';
const SETTINGS = ['http://127.0.0.1:8787', 'http://localhost:11434/v1'];

function pagePolicy(pageUrl: string): DocumentPolicy {
  const policy = policyForPage(pageUrl, registry, SETTINGS);
  if (!('hosts' in policy)) throw new Error(policy.code);
  return policy;
}
const allowed = (url: string, policy: DocumentPolicy) => checkDocumentUrl(url, policy) instanceof URL;

describe('local-network addresses', () => {
  it('recognises loopback, private, link-local and local names in every form the URL parser leaves', () => {
    for (const url of [
      'http://127.0.0.1:9/',
      'http://2130706433/',
      'http://0x7f.1/',
      'http://localhost/',
      'http://app.localhost/',
      'http://10.1.2.3/',
      'http://172.20.0.1/',
      'http://192.168.1.1/',
      'http://169.254.169.254/',
      'http://100.64.0.1/',
      'http://0.0.0.0/',
      'http://[::1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://[fd00::1]/',
      'http://[fe80::1]/',
      'http://router/',
      'http://printer.local/',
      'http://wiki.internal/',
    ]) {
      expect(isLocalHostname(new URL(url).hostname), url).toBe(true);
    }
    for (const url of [
      'https://kingston.moderngov.co.uk/',
      'http://8.8.8.8/',
      'http://172.32.0.1/',
      'http://[2001:db8::1]/',
      'https://democracy.manchester.gov.uk/',
    ]) {
      expect(isLocalHostname(new URL(url).hostname), url).toBe(false);
    }
  });
});

describe('the document rule', () => {
  it('lets a council page have its own documents read, and its same council’s other portal (from the registry)', () => {
    const policy = pagePolicy(KINGSTON_PAGE);
    expect(allowed('https://kingston.moderngov.co.uk/documents/g10230/Agenda%20frontsheet.pdf?T=0', policy)).toBe(true);
    expect(allowed('http://kingston.moderngov.co.uk/documents/s1/Report.pdf', policy)).toBe(true);
    expect(allowed('https://moderngov.kingston.gov.uk/documents/s1/Report.pdf', policy)).toBe(true);
    expect(sameCouncilHosts(registry, 'kingston.moderngov.co.uk')).toEqual(expect.arrayContaining(['kingston.moderngov.co.uk', 'moderngov.kingston.gov.uk']));
  });

  it('refuses another council’s portal, the service and endpoint, the local network, and odd addresses', () => {
    const policy = pagePolicy(KINGSTON_PAGE);
    expect(checkDocumentUrl('https://milton-keynes.moderngov.co.uk/documents/s70001/Report.pdf', policy)).toMatchObject({
      ok: false,
      code: 'document_elsewhere',
      detail: 'milton-keynes.moderngov.co.uk',
    });
    expect(allowed('http://127.0.0.1:8787/secret.pdf', policy)).toBe(false);
    expect(allowed('http://localhost:11434/v1/models', policy)).toBe(false);
    expect(allowed('http://127.0.0.1:4444/secret.pdf', policy)).toBe(false);
    expect(allowed('http://192.168.1.1/admin.pdf', policy)).toBe(false);
    expect(allowed('https://user:pass@kingston.moderngov.co.uk/a.pdf', policy)).toBe(false);
    expect(allowed('file:///etc/passwd', policy)).toBe(false);
    expect(allowed('javascript:alert(1)', policy)).toBe(false);
    // The same host on another port is another site.
    expect(allowed('https://kingston.moderngov.co.uk:8443/a.pdf', policy)).toBe(false);
  });

  it('allows the local network only for a page that is itself there, and only its own host and port', () => {
    const policy = pagePolicy('http://127.0.0.1:3000/ieListDocuments.aspx?MId=1');
    expect(allowed('http://127.0.0.1:3000/documents/a.pdf', policy)).toBe(true);
    expect(allowed('http://127.0.0.1:4000/secret.pdf', policy)).toBe(false);
    expect(allowed('http://127.0.0.1:8787/secret.pdf', policy)).toBe(false);
  });

  it('lets the person’s own choice on the PDF page through, except their service, endpoint and local network', () => {
    const chosen = (url: string) => {
      const policy = policyForChosenDocument(url, SETTINGS);
      return 'hosts' in policy && allowed(url, policy);
    };
    expect(chosen('https://milton-keynes.moderngov.co.uk/documents/s70001/Report.pdf')).toBe(true);
    expect(chosen('http://localhost:11434/v1/secret.pdf')).toBe(false);
    expect(chosen('http://127.0.0.1:9999/secret.pdf')).toBe(false);
    expect(policyForPage('chrome-extension://abc/pdf.html', registry, SETTINGS)).toMatchObject({ ok: false });
  });
});
