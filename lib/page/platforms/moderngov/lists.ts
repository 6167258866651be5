import { parseUkDateTime } from '../../dates';
import { DecisionsList, type ListedDecision, type ListedMeeting, MeetingsList } from '../../model';
import { absoluteHttpUrl, cleanText, visibleText } from '../../text';
import type { ExtractResult, PageKind } from '../types';
import { modgovRoot, pageTitle, unreadable } from './markup';
import { compact, meetingStatusIn, validated } from '../shared';

/**
 * Extracts `ieListMeetings.aspx` (a committee's meetings) and the calendar views. The list
 * links say only the date ("15 Jan 2026 7:30 pm"); calendar links carry the committee and
 * date in their title ("Cabinet, 15/01/2026 7.30 p.m.").
 */
export function extractModernGovMeetings(kind: Extract<PageKind, 'meetingsList' | 'calendar'>) {
  return (url: URL, document: Document): ExtractResult<MeetingsList> => {
    const root = modgovRoot(document);
    const heading = pageTitle(root);
    const committee = kind === 'meetingsList' ? visibleText(root.querySelector('h2.mgSubTitleTxt')) : '';
    const meetings: ListedMeeting[] = [];
    const seen = new Set<string>();
    for (const link of Array.from(root.querySelectorAll('a[href*="ieListDocuments.aspx" i]'))) {
      const href = absoluteHttpUrl(link.getAttribute('href'), url.href);
      if (!href || seen.has(href)) continue;
      seen.add(href);
      const linkText = visibleText(link);
      const titleAttribute = cleanText(link.getAttribute('title'));
      // Calendar titles: "Committee, dd/mm/yyyy h.mm p.m.". List titles: "Link to meeting details for X meeting of 15 Jan 2026".
      const fromTitle = /^(.*?),\s*(\d{1,2}\/\d{1,2}\/\d{4}.*)$/.exec(titleAttribute);
      const when = parseUkDateTime(fromTitle?.[2] ?? linkText) ?? parseUkDateTime(titleAttribute);
      const listedCommittee = fromTitle?.[1] ?? /meeting details for (.*?) meeting of/i.exec(titleAttribute)?.[1] ?? committee;
      const holder = link.closest('li, td, tr') ?? link.parentElement;
      const note = cleanText(holder?.textContent)
        .replace(cleanText(link.textContent), '')
        .replace(/^[\s-–]+/, '');
      meetings.push(
        compact({
          title: listedCommittee || linkText,
          url: href,
          startsAt: when?.iso,
          status: meetingStatusIn(`${note} ${linkText}`),
          note: note && !/^\d+$/.test(note) ? note : undefined,
        }),
      );
    }
    if (meetings.length === 0 && !heading) return unreadable(kind === 'calendar' ? 'calendar' : 'meetings list');
    return validated(MeetingsList, { kind, platform: 'moderngov', url: url.href, title: heading || 'Meetings', meetings }, 'meetings list');
  };
}

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
