/**
 * Which sites Council Lens runs on. The vendors' domains are required host permissions;
 * every other council domain is an optional permission the person grants per site.
 */
export const VENDOR_MATCHES = ['*://*.moderngov.co.uk/*', '*://*.cmis.uk.com/*', '*://*.cmis-ni.org/*'] as const;

const VENDOR_HOST = /(^|\.)(moderngov\.co\.uk|cmis\.uk\.com|cmis-ni\.org)$/i;

export function isVendorHost(host: string): boolean {
  return VENDOR_HOST.test(host);
}

/** The match pattern that grants one council site, whatever its scheme. */
export function sitePattern(host: string): string {
  return `*://${host}/*`;
}

/**
 * The council site a granted origin pattern enables, or undefined for wildcards, vendor domains
 * and anything that is not a site pattern. Sites are only ever granted as `*://host/*`
 * (sitePattern); the service's and endpoint's grants name a scheme, and are never sites.
 */
export function hostOfPattern(pattern: string): string | undefined {
  const host = /^\*:\/\/([^/*:]+)\/\*$/.exec(pattern)?.[1];
  if (!host || host.includes('*') || isVendorHost(host)) return undefined;
  return host.toLowerCase();
}

/** The council sites the person has enabled, among the granted origins. */
export function councilSiteHosts(grantedOrigins: readonly string[], notSites: readonly string[] = []): string[] {
  const hosts = grantedOrigins.filter((origin) => !notSites.includes(origin)).map(hostOfPattern);
  return [...new Set(hosts.filter((host): host is string => host !== undefined))].sort();
}

/**
 * Granted origins that are not council sites: the manifest's own, and those recorded as granted
 * for the person's settings (the summary service, their AI endpoint), which never get a sidebar.
 */
export function nonSiteOrigins(manifestHostPermissions: readonly string[] | undefined, settingsGrants: readonly string[]): string[] {
  return [...(manifestHostPermissions ?? []), ...settingsGrants];
}

/**
 * Whether this browser's match patterns can name a port. Chrome's can, so a service or AI
 * endpoint on `localhost:11434` is granted that one port and nothing else on the machine.
 * Firefox never matches a pattern that has a port in it (a pattern with one would leave a
 * self-hosted service unreachable there), so Firefox gets the host-only pattern, which covers
 * every port of that host: the document rule (lib/document-policy.ts) is what keeps pages from
 * using that wider grant to read anything.
 */
export const PATTERNS_HAVE_PORTS: boolean = !(import.meta as { env?: { FIREFOX?: boolean } }).env?.FIREFOX;

/** The host-permission pattern for a web address's origin (the summary service, an AI endpoint, a document). */
export function originPattern(address: string, withPort: boolean = PATTERNS_HAVE_PORTS): string | undefined {
  try {
    const url = new URL(address);
    if (!/^https?:$/.test(url.protocol)) return undefined;
    return `${url.protocol}//${url.hostname}${withPort && url.port ? `:${url.port}` : ''}/*`;
  } catch {
    return undefined;
  }
}
