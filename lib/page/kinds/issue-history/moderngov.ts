import { documentsIn, isDocumentHref } from '../../platforms/moderngov/documents';
import { isoDateOf, modgovRoot, paragraphs, unreadable } from '../../platforms/moderngov/markup';
import { compact, validated } from '../../platforms/shared';
import type { ExtractResult } from '../../platforms/types';
import { absoluteHttpUrl, cleanText, queryParam, visibleText } from '../../text';
import { IssueHistory } from './model';

/** Extracts `mgIssueHistoryHome.aspx?IId=` / `ieIssueDetails.aspx?IId=`: an issue's path through meetings. */
export function extractModernGovIssueHistory(url: URL, document: Document): ExtractResult<IssueHistory> {
  const root = modgovRoot(document);
  const issueId = queryParam(url, 'IId');
  const title = visibleText(root.querySelector('h2.mgSubTitleTxt'));
  if (!issueId || !title) return unreadable('issue history');
  const events: IssueHistory['events'] = [];
  for (const item of Array.from(root.querySelectorAll('.mgContent li, .mgContent tr'))) {
    const link = item.querySelector('a[href*="ieListDocuments" i], a[href*="ieDecisionDetails" i], a[href*="mgAi.aspx" i]');
    const text = cleanText(item.textContent);
    if (!link && !/\d{1,2}\/\d{1,2}\/\d{4}|\d{4}/.test(text)) continue;
    if (!text) continue;
    events.push(compact({ title: text, date: isoDateOf(text), url: absoluteHttpUrl(link?.getAttribute('href'), url.href) }));
  }
  const summary = root.querySelector('.mgWordPara');
  return validated(
    IssueHistory,
    compact({
      kind: 'issueHistory' as const,
      platform: 'moderngov' as const,
      url: url.href,
      issueId,
      title,
      summary: summary ? paragraphs(summary) : undefined,
      events: events.filter((event) => !isDocumentHref(event.url ?? '')),
      documents: documentsIn(root.querySelector('ul.mgBulletList')?.parentElement ?? root, url.href).filter((document) =>
        /\/documents\/|mgConvert2PDF/i.test(document.url),
      ),
    }),
    'issue history',
  );
}
