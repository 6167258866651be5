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

/** What to change so the registered scripts match the granted sites exactly. */
export function planRegistration(grantedOrigins: readonly string[], registeredIds: readonly string[]): { register: string[]; unregister: string[] } {
  const wanted = new Map<string, string>();
  for (const origin of grantedOrigins) {
    const host = hostOfPattern(origin);
    if (host) wanted.set(contentScriptId(host), host);
  }
  const ours = registeredIds.filter((id) => id.startsWith('council-lens-site-'));
  return {
    register: [...wanted].filter(([id]) => !ours.includes(id)).map(([, host]) => host),
    unregister: ours.filter((id) => !wanted.has(id)),
  };
}
