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

/** The host a granted origin pattern names, or undefined for wildcards and vendor domains. */
export function hostOfPattern(pattern: string): string | undefined {
  const host = /^(?:\*|https?):\/\/([^/*]+)\/\*?$/.exec(pattern)?.[1];
  if (!host || host.includes('*') || isVendorHost(host)) return undefined;
  return host.toLowerCase();
}

export function contentScriptId(host: string): string {
  return `council-lens-site-${host}`;
}

/** The council sites the person has enabled, among the granted origins. */
export function councilSiteHosts(grantedOrigins: readonly string[], notSites: readonly string[] = []): string[] {
  const hosts = grantedOrigins.filter((origin) => !notSites.includes(origin)).map(hostOfPattern);
  return [...new Set(hosts.filter((host): host is string => host !== undefined))].sort();
}

/**
 * Granted origins that are not council sites: the manifest's own, and those of the addresses the
 * person set (the summary service, their AI endpoint), which must never get a sidebar.
 */
export function nonSiteOrigins(manifestHostPermissions: readonly string[] | undefined, settingsAddresses: readonly string[]): string[] {
  const patterns = settingsAddresses.map(originPattern).filter((pattern): pattern is string => pattern !== undefined);
  return [...(manifestHostPermissions ?? []), ...patterns];
}

/**
 * What to change so the registered scripts match the granted council sites exactly. Granted
 * origins that are not council sites (the manifest's own, the summary service's) are excluded.
 */
export function planRegistration(grantedOrigins: readonly string[], registeredIds: readonly string[], notSites: readonly string[] = []): { register: string[]; unregister: string[] } {
  const wanted = new Map(councilSiteHosts(grantedOrigins, notSites).map((host) => [contentScriptId(host), host]));
  const ours = registeredIds.filter((id) => id.startsWith('council-lens-site-'));
  return {
    register: [...wanted].filter(([id]) => !ours.includes(id)).map(([, host]) => host),
    unregister: ours.filter((id) => !wanted.has(id)),
  };
}

/**
 * The host-permission pattern for a web address's origin (the summary service, an AI endpoint).
 * No port: Firefox's match patterns ignore ports, so a pattern with one never matches there,
 * and in Chrome a pattern without one covers every port of the host.
 */
export function originPattern(address: string): string | undefined {
  try {
    const url = new URL(address);
    return /^https?:$/.test(url.protocol) ? `${url.protocol}//${url.hostname}/*` : undefined;
  } catch {
    return undefined;
  }
}
