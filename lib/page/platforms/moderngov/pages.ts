import { AgendaItemPage, AttendancePage, type CouncilDocument, IssueHistory } from '../../model';
import { absoluteHttpUrl, cleanText, queryParam, visibleText } from '../../text';
import type { ExtractResult } from '../types';
import { parseAttendancePage } from './attendance';
import { isDocumentHref, readDocumentLink, uniqueByUrl } from './documents';
import { isoDateOf, modgovRoot, paragraphs, subItemBlocks, unreadable } from './markup';
import { compact, validated } from '../shared';

function documentsIn(root: ParentNode, base: string): CouncilDocument[] {
  const documents: CouncilDocument[] = [];
  for (const link of Array.from(root.querySelectorAll('a[href]'))) {
    if (!isDocumentHref(link.getAttribute('href') ?? '')) continue;
    const document = readDocumentLink(link, base, link.classList.contains('mgAiTitleLnk') ? 'itemReport' : 'other');
    if (document) documents.push(document);
  }
  return uniqueByUrl(documents);
}

/** Extracts `mgMeetingAttendance.aspx?ID=`: the same parser the meeting sidebar uses. */
export function extractModernGovAttendance(url: URL, document: Document): ExtractResult<AttendancePage> {
  const root = modgovRoot(document);
  const meetingId = queryParam(url, 'ID');
  const parsed = parseAttendancePage(document, url.href);
  if (!meetingId || (!parsed.ok && !root.querySelector('h1.mgMainTitleTxt'))) return unreadable('attendance');
  const meetingLink = root.querySelector('a[href*="ieListDocuments.aspx" i]');
  return validated(
    AttendancePage,
    compact({
      kind: 'attendance' as const,
      platform: 'moderngov' as const,
      url: url.href,
      meetingId,
      title: visibleText(root.querySelector('h2.mgSubTitleTxt')) || undefined,
      meetingUrl:
        absoluteHttpUrl(meetingLink?.getAttribute('href'), url.href) ?? new URL(`ieListDocuments.aspx?MId=${encodeURIComponent(meetingId)}`, url.href).href,
      attendees: parsed.ok ? parsed.attendees : [],
    }),
    'attendance',
  );
}

/** Extracts `mgAi.aspx?ID=`: one agenda item with its text, minutes, decision and documents. */
export function extractModernGovAgendaItem(url: URL, document: Document): ExtractResult<AgendaItemPage> {
  const root = modgovRoot(document);
  const itemId = queryParam(url, 'ID');
  const titleElement = root.querySelector('p.mgAiTitleTxt, .mgAiTitleTxt') ?? root.querySelector('h2.mgSubTitleTxt');
  const rawTitle = visibleText(titleElement);
  if (!itemId || !rawTitle) return unreadable('agenda item');
  const numbered = /^(\d+[a-z]?(?:\.\d+)?)\.?\s+(.+)$/i.exec(rawTitle);
  const blocks = subItemBlocks(root);
  const meetingLink = root.querySelector('a[href*="ieListDocuments.aspx" i]');
  const meetingUrl = absoluteHttpUrl(meetingLink?.getAttribute('href'), url.href);
  return validated(
    AgendaItemPage,
    compact({
      kind: 'agendaItem' as const,
      platform: 'moderngov' as const,
      url: url.href,
      itemId,
      title: numbered?.[2] ?? rawTitle,
      number: numbered?.[1],
      meeting: meetingUrl ? { title: visibleText(meetingLink) || 'Meeting', url: meetingUrl } : undefined,
      ...blocks,
      documents: documentsIn(root, url.href),
    }),
    'agenda item',
  );
}

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
