/**
 * One key per council page, whatever form its URL takes: scheme, `www.`, letter case,
 * parameter order and cosmetic parameters (`Ver`, `LLL`, `bcr`) do not matter. The reference
 * server indexes pages by it, and the client caches answers under it.
 *
 * It is also all the service is ever told of a page (servicePageAddress): host, path and the
 * parameters that identify the meeting or decision. Never the fragment, and never any other
 * parameter (a session id, a search, a tracking tag) that the council's address happens to carry.
 */
const IDENTIFYING: Record<string, readonly string[]> = {
  'ielistdocuments.aspx': ['mid'],
  'iedecisiondetails.aspx': ['id', 'aiid'],
  'mgai.aspx': ['id'],
  'mgmeetingattendance.aspx': ['id'],
};

/** On pages not listed above (other ModernGov pages, CMIS), only these can name a meeting, item or decision. */
const IDENTIFYING_ELSEWHERE = ['aiid', 'cid', 'decisionid', 'id', 'iid', 'itemid', 'meetingid', 'mid'];

/**
 * The address sent to the service for a page: its key as an https URL (the service keys it the
 * same way, so the answer is the same as for the page's own address).
 */
export function servicePageAddress(input: string | URL): string | undefined {
  const key = servicePageKey(input);
  return key ? `https://${key}` : undefined;
}

export function servicePageKey(input: string | URL): string | undefined {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const path = url.pathname.toLowerCase().replace(/\/+$/, '');
  const page = path.split('/').pop() ?? '';
  const params = new Map([...url.searchParams].map(([name, value]) => [name.toLowerCase(), value.trim().toLowerCase()]));
  const wanted = IDENTIFYING[page] ?? IDENTIFYING_ELSEWHERE;
  const kept = wanted.filter((name) => params.has(name)).sort();
  return `${host}${path}${kept.length ? `?${kept.map((name) => `${name}=${params.get(name) ?? ''}`).join('&')}` : ''}`;
}
