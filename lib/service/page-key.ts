/**
 * One key per council page, whatever form its URL takes: scheme, `www.`, letter case,
 * parameter order and cosmetic parameters (`Ver`, `LLL`, `bcr`) do not matter. The reference
 * server indexes pages by it, and the client caches answers under it.
 */
const IDENTIFYING: Record<string, readonly string[]> = {
  'ielistdocuments.aspx': ['mid'],
  'iedecisiondetails.aspx': ['id', 'aiid'],
  'mgai.aspx': ['id'],
  'mgmeetingattendance.aspx': ['id'],
};

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
  const wanted = IDENTIFYING[page];
  const kept = (wanted ? wanted.filter((name) => params.has(name)) : [...params.keys()].filter((name) => !['ver', 'lll', 'bcr', 't'].includes(name))).sort();
  return `${host}${path}${kept.length ? `?${kept.map((name) => `${name}=${params.get(name) ?? ''}`).join('&')}` : ''}`;
}
