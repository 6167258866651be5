/** Collapses the whitespace (including non-breaking spaces) that council templates scatter through text. */
export function cleanText(value: string | null | undefined): string {
  return (value ?? '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** Text of an element without the parts ModernGov hides from sighted users or appends as file sizes. */
export function visibleText(element: Element | null | undefined, removeSelectors = '.mgFileSize, .mgHide'): string {
  if (!element) return '';
  const copy = element.cloneNode(true) as Element;
  for (const hidden of Array.from(copy.querySelectorAll(removeSelectors))) hidden.remove();
  return cleanText(copy.textContent);
}

/** Resolves a link against the page and keeps it only when it is http(s). */
export function absoluteHttpUrl(href: string | null | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Case-insensitive query parameter lookup: ModernGov writes both `MId` and `MID`. */
export function queryParam(url: URL, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of url.searchParams) {
    if (key.toLowerCase() === wanted && value.trim() !== '') return value.trim();
  }
  return undefined;
}

/** The last path segment, lower-cased: ModernGov page names are matched as suffixes under any prefix. */
export function pageName(url: URL): string {
  const segments = url.pathname.split('/');
  return (segments[segments.length - 1] ?? '').toLowerCase();
}

/** The install's base URL: everything before the page name, so `/democracy/ieListDocuments.aspx` keeps `/democracy/`. */
export function installBase(url: URL): string {
  return new URL(url.pathname.replace(/[^/]*$/, ''), url.origin).href;
}
