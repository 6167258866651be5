import { modgovRoot, pageTitle, unreadable } from '../../platforms/moderngov/markup';
import { compact, validated } from '../../platforms/shared';
import type { ExtractResult } from '../../platforms/types';
import { absoluteHttpUrl, cleanText, queryParam, visibleText } from '../../text';
import { CouncillorList } from './model';

/**
 * Extracts `mgMemberIndex.aspx` in its list, table and picture views. Grouped views
 * (by ward, by party) put the group in a heading before each list.
 */
export function extractModernGovCouncillorList(url: URL, document: Document): ExtractResult<CouncillorList> {
  const root = modgovRoot(document);
  const title = pageTitle(root) || 'Councillors';
  const groupBy = (queryParam(url, 'FN') ?? '').toUpperCase();
  const councillors: CouncillorList['councillors'] = [];
  const seen = new Set<string>();
  for (const link of Array.from(root.querySelectorAll('a[href*="mgUserInfo.aspx" i]'))) {
    const href = absoluteHttpUrl(link.getAttribute('href'), url.href);
    const name = visibleText(link);
    if (!name || !href || seen.has(href)) continue;
    seen.add(href);
    const holder = link.closest('li, tr') ?? link.parentElement;
    const lines = Array.from(holder?.querySelectorAll('p, td, span') ?? []).map((element) => cleanText(element.textContent));
    const after = (label: RegExp) => {
      for (const line of lines) {
        const value = label.exec(line)?.[1]?.trim();
        if (value) return value;
      }
      return undefined;
    };
    let heading: Element | null = holder?.closest('ul, table') ?? null;
    while (heading && !/^H[2-4]$/.test(heading.tagName)) heading = heading.previousElementSibling;
    const group = cleanText(heading?.textContent);
    councillors.push(
      compact({
        name,
        url: href,
        party: after(/^(?:political )?party:?\s*(.+)$/i) ?? (groupBy === 'PARTY' ? group : undefined),
        ward: after(/^(?:ward|division):?\s*(.+)$/i) ?? (groupBy === 'WARD' ? group : undefined),
        photoUrl: absoluteHttpUrl(holder?.querySelector('img')?.getAttribute('src'), url.href),
      }),
    );
  }
  if (councillors.length === 0 && !root.querySelector('.mgContent')) return unreadable('councillor list');
  return validated(CouncillorList, { kind: 'councillorList', platform: 'moderngov', url: url.href, title, councillors }, 'councillor list');
}
