import { parseUkDateTime } from '../../dates';
import { modgovRoot, pageTitle, unreadable } from '../../platforms/moderngov/markup';
import { compact, validated } from '../../platforms/shared';
import type { ExtractResult, PageKind } from '../../platforms/types';
import { absoluteHttpUrl, cleanText, visibleText } from '../../text';
import { DecisionsList, type ListedDecision } from './model';

/**
 * Extracts decision registers (`mgDelegatedDecisions.aspx`, `mgListOfficerDecisions.aspx`)
 * and the forward plan (`mgListPlanItems.aspx`): rows of `table.mgTabTable` whose first
 * link goes to a decision or plan item, with the first date cell.
 */
export function extractModernGovDecisions(kind: Extract<PageKind, 'decisionsList' | 'forwardPlan'>) {
  return (url: URL, document: Document): ExtractResult<DecisionsList> => {
    const root = modgovRoot(document);
    const targets =
      kind === 'forwardPlan'
        ? 'a[href*="mgIssueHistoryHome.aspx" i], a[href*="ieIssueDetails.aspx" i], a[href*="mgListPlanItems.aspx" i], a[href*="ieDecisionDetails.aspx" i]'
        : 'a[href*="ieDecisionDetails.aspx" i]';
    const decisions: ListedDecision[] = [];
    const seen = new Set<string>();
    for (const link of Array.from(document.querySelectorAll(targets))) {
      const href = absoluteHttpUrl(link.getAttribute('href'), url.href);
      const title = visibleText(link);
      if (!href || !title || seen.has(href)) continue;
      seen.add(href);
      const row = link.closest('tr, li');
      const cells = Array.from(row?.querySelectorAll('td') ?? []).filter((cell) => !cell.contains(link));
      const date = cells.map((cell) => parseUkDateTime(cleanText(cell.textContent))?.date).find(Boolean);
      const note = cells.map((cell) => cleanText(cell.textContent)).find((text) => text && !parseUkDateTime(text));
      decisions.push(compact({ title, url: href, date, note }));
    }
    const title =
      pageTitle(root) || cleanText(document.querySelector('table.mgTabTable caption')?.textContent) || (kind === 'forwardPlan' ? 'Forward plan' : 'Decisions');
    if (decisions.length === 0 && !root.querySelector('.mgContent, table.mgTabTable'))
      return unreadable(kind === 'forwardPlan' ? 'forward plan' : 'decisions list');
    return validated(DecisionsList, { kind, platform: 'moderngov', url: url.href, title, decisions }, 'decisions list');
  };
}
