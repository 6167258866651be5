// The markup CMIS pages share, read by each kind's CMIS extractor (lib/page/kinds/).
import { failure } from '../../../protocol/failure';
import { parseUkDateTime } from '../../dates';
import type { CouncilDocument, ListedMeeting } from '../../model';
import { absoluteHttpUrl, cleanText } from '../../text';
import { compact, meetingStatusIn } from '../shared';

export function unreadable(what: string) {
  return failure('page_markup_missing', `CMIS ${what}`);
}

/** CMIS prints label/value pairs as `div.holder > div.DNNLabel + div.Value`. */
export function holderValues(root: ParentNode): Map<string, Element> {
  const values = new Map<string, Element>();
  for (const label of Array.from(root.querySelectorAll('.DNNLabel'))) {
    const name = cleanText(label.textContent).replace(/:\s*$/, '').toLowerCase();
    let value = label.nextElementSibling;
    while (value && !value.classList.contains('Value')) value = value.nextElementSibling;
    if (name && value && !values.has(name)) values.set(name, value);
  }
  return values;
}

export function pathNumber(url: URL, segment: string): string | undefined {
  return new RegExp(`/${segment}/(\\d+)`, 'i').exec(url.pathname)?.[1];
}

export function cmisDocuments(root: ParentNode, base: string): CouncilDocument[] {
  return Array.from(root.querySelectorAll('.DocumentList a.TitleLink, li.DocumentListItem a[href]')).flatMap((link) => {
    const url = absoluteHttpUrl(link.getAttribute('href'), base);
    const title = cleanText(link.textContent);
    if (!url || !title) return [];
    const size =
      cleanText(link.closest('li')?.querySelector('.FileSize')?.textContent)
        .replace(/^\(|\)$/g, '')
        .replace(/,/, '') || undefined;
    const kind: CouncilDocument['kind'] = /minutes/i.test(title)
      ? 'minutes'
      : /agenda/i.test(title)
        ? 'agendaFrontsheet'
        : /decision/i.test(title)
          ? 'decisions'
          : /pack/i.test(title)
            ? 'reportsPack'
            : /supplement/i.test(title)
              ? 'supplementaryPack'
              : 'itemReport';
    return [compact({ title, url, kind, size })];
  });
}

/**
 * The meetings a CMIS page links to (`ViewMeetingPublic`), with their dates as printed: a calendar's
 * list view ("9 Jul 2026 11:00 - Planning Committee"), its month view ("10:00 Licensing Sub-Committee
 * A" under a day cell), or a committee's own list of its meetings ("17 Sep 2026 10.00 am", titled by
 * the committee, `titleFallback`).
 */
export function cmisMeetingLinks(url: URL, root: ParentNode, titleFallback?: string): ListedMeeting[] {
  const meetings: ListedMeeting[] = [];
  const seen = new Set<string>();
  for (const link of Array.from(root.querySelectorAll('a[href*="ViewMeetingPublic" i]'))) {
    const href = absoluteHttpUrl(link.getAttribute('href'), url.href);
    if (!href || seen.has(href) || new URL(href).origin !== url.origin) continue;
    seen.add(href);
    const text = cleanText(link.textContent);
    const title = cleanText(link.getAttribute('title')).replace(/^click to view:\s*/i, '');
    const listed = /^(.*?\d{4}\s+\d{1,2}:\d{2})\s+-\s+(.+)$/.exec(text);
    const dayCell = link.closest('tr')?.querySelector('.SimpleCalendarDate');
    const yearHint = /\/Date\/(\d{4})-/.exec(url.pathname)?.[1];
    const monthView = /^(\d{1,2}:\d{2})\s+(.+)$/.exec(text);
    const dayText = dayCell && monthView ? `${cleanText(dayCell.textContent)} ${yearHint ?? ''} ${monthView[1]}` : undefined;
    // A committee's list: the link is the date, or the date is in its row ("Thursday, 17 September 2026 10.00 am | Agenda").
    const row = link.closest('tr, li') ?? link.parentElement;
    const cells = Array.from(row?.querySelectorAll('td, th') ?? []).map((cell) => cleanText(cell.textContent));
    const rowText = cells.length ? cells.join(' ') : cleanText(row?.textContent);
    const when = parseUkDateTime(listed?.[1] ?? dayText ?? title) ?? (titleFallback ? (parseUkDateTime(text) ?? parseUkDateTime(rowText)) : undefined);
    const linkIsDate = titleFallback !== undefined && parseUkDateTime(text) !== undefined;
    // A calendar's row is a week of meetings, so only a committee's own list (a row per meeting) is read for a status.
    const status = meetingStatusIn(titleFallback ? rowText : `${text} ${title}`);
    meetings.push(
      compact({
        title: linkIsDate ? titleFallback : (listed?.[2] ?? monthView?.[2] ?? (title.split(' - ')[0] || text || titleFallback || '')),
        url: href,
        startsAt: when?.iso,
        ...(status && status !== 'scheduled' ? { status } : {}),
      }),
    );
  }
  return meetings.filter((meeting) => meeting.title);
}
