import { parseUkDateTime } from '../../dates';
import type { ListedMeeting } from '../../model';
import { modgovRoot, pageTitle, unreadable } from '../../platforms/moderngov/markup';
import { compact, meetingStatusIn, validated } from '../../platforms/shared';
import type { ExtractResult, PageKind } from '../../platforms/types';
import { absoluteHttpUrl, cleanText, visibleText } from '../../text';
import { MeetingsList } from './model';

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
        .replace(/^[\s-\u2013]+/, '');
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
