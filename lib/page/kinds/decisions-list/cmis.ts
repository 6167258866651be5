import { unreadable } from '../../platforms/cmis/markup';
import { parseUkDateTime } from '../../dates';
import { compact, validated } from '../../platforms/shared';
import type { ExtractResult } from '../../platforms/types';
import { absoluteHttpUrl, cleanText } from '../../text';
import { DecisionsList } from './model';

export function extractCmisDecisions(url: URL, document: Document): ExtractResult<DecisionsList> {
  const decisions: DecisionsList['decisions'] = [];
  const seen = new Set<string>();
  for (const row of Array.from(document.querySelectorAll('table tr'))) {
    const link = row.querySelector('a[href]');
    const href = absoluteHttpUrl(link?.getAttribute('href'), url.href);
    const title = cleanText(link?.textContent);
    if (!href || !title || seen.has(href)) continue;
    seen.add(href);
    const cells = Array.from(row.querySelectorAll('td'))
      .filter((cell) => !link || !cell.contains(link))
      .map((cell) => cleanText(cell.textContent));
    decisions.push(
      compact({
        title,
        url: href,
        date: cells.map((cell) => parseUkDateTime(cell)?.date).find(Boolean),
        note: cells.find((cell) => cell && !parseUkDateTime(cell)),
      }),
    );
  }
  const wrapper = document.querySelector('.CMIS_ModuleWrapper, [class*="ModCMIS"], [class*="Decision"]');
  if (decisions.length === 0 && !wrapper) return unreadable('decisions');
  return validated(
    DecisionsList,
    { kind: 'decisionsList', platform: 'cmis', url: url.href, title: cleanText(document.querySelector('h1')?.textContent) || 'Decisions', decisions },
    'decisions',
  );
}
