import { isLocalHostname } from './addresses';
import type { CouncilRegistry } from '../shared/registry';
import { failure, type Failure } from '../protocol/failure';

/**
 * The one rule for which documents Council Lens may fetch and summarise for someone, used by
 * every message that takes a document URL, and again on the address a download ends up at after
 * redirects. A council page may only have documents read from its own host, or from a host the
 * shipped registry ties to the same council (its vendor portal and its own domain). Never from
 * the summary service or the AI endpoint (those are the person's own, often on localhost), and
 * never from the local network unless the page itself is there (which keeps the local fixture
 * sites working, and stops a public page pointing the extension at an intranet or a router).
 *
 * The policy is plain data, so the background can hand it to the offscreen document with a job
 * and the download there checks each answer against the same rule.
 */
export interface DocumentPolicy {
  /** Hosts (`URL.host`, so with any port) documents may come from. */
  hosts: string[];
  /** Hostnames that belong to the person's own settings (service, AI endpoint): never documents. */
  excludedHostnames: string[];
  /** The one local-network host allowed: the page's own, when the page is itself on one. */
  localHost?: string;
}

function parseHttp(address: string): URL | undefined {
  try {
    const url = new URL(address);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function hostnamesOf(addresses: readonly string[]): string[] {
  return [
    ...new Set(
      addresses
        .map(parseHttp)
        .filter((url): url is URL => url !== undefined)
        .map((url) => url.hostname.toLowerCase()),
    ),
  ];
}

const bare = (host: string) => host.toLowerCase().replace(/^www\./, '');

/** The hosts the registry lists for the council whose portal is at `host` (same GSS code, or the same name), `www.` or not. */
export function sameCouncilHosts(registry: CouncilRegistry, host: string): string[] {
  const own = registry.councils.find((entry) => bare(entry.host) === bare(host));
  if (!own) return [];
  const name = own.name.toLowerCase();
  const related = registry.councils.filter((entry) => (own.gss && entry.gss ? entry.gss === own.gss : entry.name.toLowerCase() === name));
  return [...new Set(related.flatMap((entry) => [bare(entry.host), `www.${bare(entry.host)}`]))];
}

/** What a content script on `pageUrl` may have fetched. */
export function policyForPage(pageUrl: string | undefined, registry: CouncilRegistry, settingsAddresses: readonly string[]): DocumentPolicy | Failure {
  const page = pageUrl ? parseHttp(pageUrl) : undefined;
  if (!page) return failure('not_a_council_page');
  const pageHost = page.host.toLowerCase();
  return {
    hosts: [...new Set([pageHost, ...sameCouncilHosts(registry, page.hostname)])],
    excludedHostnames: hostnamesOf(settingsAddresses),
    ...(isLocalHostname(page.hostname) ? { localHost: pageHost } : {}),
  };
}

/**
 * What an extension page (the "Summarise this PDF" page, given an address the person pasted or
 * chose from the menu) may have fetched: that one host, which the browser must also have granted.
 */
export function policyForChosenDocument(documentUrl: string, settingsAddresses: readonly string[]): DocumentPolicy | Failure {
  const target = parseHttp(documentUrl);
  if (!target) return failure('not_a_document_address');
  return { hosts: [target.host.toLowerCase()], excludedHostnames: hostnamesOf(settingsAddresses) };
}

/** The document address if the policy allows it, or why not. */
export function checkDocumentUrl(address: string, policy: DocumentPolicy): URL | Failure {
  const target = parseHttp(address);
  if (!target) return failure('not_a_document_address');
  if (target.username || target.password) return failure('credentials_in_address');
  const host = target.host.toLowerCase();
  if (isLocalHostname(target.hostname) && host !== policy.localHost) return failure('private_address');
  // (A page on the local network may share a hostname with a local service; its own host and port are still its own.)
  if (policy.excludedHostnames.includes(target.hostname.toLowerCase()) && host !== policy.localHost) return failure('own_service_address');
  if (!policy.hosts.includes(host)) return failure('document_elsewhere', target.host);
  return target;
}
