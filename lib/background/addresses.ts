/**
 * Addresses that lead into the person's own machine or network: loopback, private ranges,
 * link-local, and names that only resolve on a local network. A council page on the public
 * internet must never be able to make Council Lens read from these (intranet pages, a local
 * AI server, a router), so the document rule refuses them unless the page itself is there.
 *
 * The URL parser has already normalised the host (`http://2130706433/` is `127.0.0.1`,
 * IPv6 is bracketed and compressed), so only canonical forms need checking here.
 */

function ipv4Parts(host: string): number[] | undefined {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!match) return undefined;
  const parts = match.slice(1).map(Number);
  return parts.every((part) => part <= 255) ? parts : undefined;
}

function isLocalIpv4([a, b]: number[]): boolean {
  return (
    a === 0 || // "this network", 0.0.0.0 reaches loopback on Linux and macOS
    a === 10 ||
    a === 127 ||
    (a === 100 && b! >= 64 && b! <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) || // link-local, including cloud metadata at 169.254.169.254
    (a === 172 && b! >= 16 && b! <= 31) ||
    (a === 192 && b === 168)
  );
}

function isLocalIpv6(address: string): boolean {
  const lower = address.toLowerCase();
  if (lower === '::' || lower === '::1') return true;
  // IPv4-mapped (::ffff:127.0.0.1, which the URL parser writes as ::ffff:7f00:1).
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (mapped) {
    const high = parseInt(mapped[1]!, 16);
    const low = parseInt(mapped[2]!, 16);
    return isLocalIpv4([high >> 8, high & 255, low >> 8, low & 255]);
  }
  const dotted = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return isLocalIpv4(ipv4Parts(dotted[1]!) ?? [0]);
  const first = parseInt(lower.split(':')[0] || '0', 16);
  return (first & 0xfe00) === 0xfc00 /* unique local fc00::/7 */ || (first & 0xffc0) === 0xfe80; /* link-local fe80::/10 */
}

/** Local-network names: no public DNS answers for these. */
const LOCAL_NAME = /(^|\.)(localhost|local|internal|intranet|lan|home\.arpa|localdomain)$/i;

/** Whether a URL's hostname (as `new URL(…).hostname` gives it) is loopback, private or link-local. */
export function isLocalHostname(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('[') && host.endsWith(']')) return isLocalIpv6(host.slice(1, -1));
  const ipv4 = ipv4Parts(host);
  if (ipv4) return isLocalIpv4(ipv4);
  // A single label ("intranet", "router") resolves only through a local search domain.
  if (!host.includes('.')) return true;
  return LOCAL_NAME.test(host);
}
