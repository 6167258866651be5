import { failure } from '../../../protocol/failure';
import { parseUkDateTime } from '../../dates';
import {
  Committee,
  type CommitteeMember,
  Councillor,
  type CouncilDocument,
  DecisionsList,
  type ListedMeeting,
  Meeting,
  MeetingsList,
  type Attendee,
} from '../../model';
import { attendanceFromText, roleFromText } from '../../people';
import { absoluteHttpUrl, cleanText } from '../../text';
import { compact, meetingStatusIn, validated } from '../shared';
import type { ExtractResult } from '../types';

function unreadable(what: string) {
  return failure('page_markup_missing', `CMIS ${what}`);
}

/** CMIS prints label/value pairs as `div.holder > div.DNNLabel + div.Value`. */
function holderValues(root: ParentNode): Map<string, Element> {
  const values = new Map<string, Element>();
  for (const label of Array.from(root.querySelectorAll('.DNNLabel'))) {
    const name = cleanText(label.textContent).replace(/:\s*$/, '').toLowerCase();
    let value = label.nextElementSibling;
    while (value && !value.classList.contains('Value')) value = value.nextElementSibling;
    if (name && value && !values.has(name)) values.set(name, value);
  }
  return values;
}

function pathNumber(url: URL, segment: string): string | undefined {
  return new RegExp(`/${segment}/(\\d+)`, 'i').exec(url.pathname)?.[1];
}

function cmisDocuments(root: ParentNode, base: string): CouncilDocument[] {
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

/** Attendance tab: headed groups ("Attended", "Apologies", "Absent") of people links. */
function cmisAttendees(root: ParentNode, base: string): Attendee[] {
  const attendees: Attendee[] = [];
  for (const heading of Array.from(root.querySelectorAll('h2, h3, h4, .AttendanceHeading, caption'))) {
    const headingText = cleanText(heading.textContent);
    if (!/attended|present|apolog|absent|in attendance/i.test(headingText)) continue;
    let list = heading.nextElementSibling;
    while (list && !/^(UL|OL|TABLE|DIV)$/.test(list.tagName)) list = list.nextElementSibling;
    for (const item of Array.from(list?.querySelectorAll('li, tr') ?? [])) {
      const link = item.querySelector('a[href]');
      const cells = Array.from(item.querySelectorAll('td')).map((cell) => cleanText(cell.textContent));
      const name = cleanText(link?.textContent) || cells[0] || cleanText(item.textContent);
      if (!name) continue;
      const roleText = cells[1] || /\(([^)]+)\)/.exec(cleanText(item.textContent))?.[1];
      attendees.push(
        compact({
          name,
          role: roleFromText(roleText),
          roleText,
          attendance: attendanceFromText(headingText === 'Attended' ? 'present' : headingText),
          attendanceText: headingText,
          profileUrl: absoluteHttpUrl(link?.getAttribute('href'), base),
        }),
      );
    }
  }
  return attendees;
}

export function extractCmisMeeting(url: URL, document: Document): ExtractResult<Meeting> {
  const values = holderValues(document);
  const committeeElement = values.get('committee');
  const committee = cleanText(committeeElement?.textContent);
  const meetingId = pathNumber(url, 'Meeting');
  if (!committee || !meetingId) return unreadable('meeting');
  const dateText = cleanText(values.get('date/time')?.textContent ?? values.get('date')?.textContent);
  const when = dateText ? parseUkDateTime(dateText.replace(/\s+-\s+/, ' ')) : undefined;
  const committeeLink = committeeElement?.querySelector('a[href]');
  const attendees = cmisAttendees(document, url.href);
  const candidate = compact({
    kind: 'meeting' as const,
    platform: 'cmis' as const,
    url: url.href,
    meetingId,
    committee: compact({ name: committee, url: absoluteHttpUrl(committeeLink?.getAttribute('href'), url.href), id: pathNumber(url, 'Committee') }),
    heading: cleanText(document.querySelector('.ModCMISMeetingsC h1, h1')?.textContent) || undefined,
    startsAt: when?.iso,
    dateText: dateText || undefined,
    status: meetingStatusIn(cleanText(values.get('status')?.textContent)) ?? 'scheduled',
    venue: cleanText(values.get('venue')?.textContent) || undefined,
    agendaItems: [],
    documents: cmisDocuments(document, url.href),
  });
  const result = validated(Meeting, candidate, 'meeting');
  // CMIS shows attendance on the meeting page itself; the sidebar uses it directly.
  return result.ok && attendees.length > 0 ? { ok: true, data: { ...result.data, pageAttendees: attendees } } : result;
}

/**
 * The meetings a CMIS page links to (`ViewMeetingPublic`), with their dates as printed: a calendar's
 * list view ("9 Jul 2026 11:00 - Planning Committee"), its month view ("10:00 Licensing Sub-Committee
 * A" under a day cell), or a committee's own list of its meetings ("17 Sep 2026 10.00 am", titled by
 * the committee, `titleFallback`).
 */
function cmisMeetingLinks(url: URL, root: ParentNode, titleFallback?: string): ListedMeeting[] {
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

export function extractCmisCalendar(url: URL, document: Document): ExtractResult<MeetingsList> {
  const meetings = cmisMeetingLinks(url, document);
  const wrapper = document.querySelector('.CMIS_ModuleWrapper, [class*="ModCMIS"]');
  if (meetings.length === 0 && !wrapper) return unreadable('calendar');
  return validated(
    MeetingsList,
    { kind: 'calendar', platform: 'cmis', url: url.href, title: cleanText(document.querySelector('h1')?.textContent) || 'Meetings', meetings },
    'calendar',
  );
}

export function extractCmisCommittee(url: URL, document: Document): ExtractResult<Committee> {
  const name = cleanText(document.querySelector('.CMIS_ModuleWrapper h1, [class*="ModCMIS"] h1, h1')?.textContent);
  if (!name) return unreadable('committee');
  const members: CommitteeMember[] = [];
  for (const block of Array.from(document.querySelectorAll('.PE_People_PersonBlock'))) {
    const link = block.querySelector('a.NameLink, a[href]');
    const memberName = cleanText(link?.textContent);
    if (!memberName) continue;
    const roleText = cleanText(block.querySelector('.Role, .PE_People_Role')?.textContent) || undefined;
    const ward = /(?:Ward|Division):\s*(.+)/i.exec(cleanText(block.querySelector('.Ward, .Division, .PE_People_Ward')?.textContent ?? ''))?.[1];
    const partyImage = block.querySelector('img[title$="(logo)" i]');
    members.push(
      compact({
        name: memberName,
        role: roleText ? roleFromText(roleText) : 'member',
        roleText,
        ward,
        party: cleanText(partyImage?.getAttribute('title')).replace(/\s*\(logo\)$/i, '') || undefined,
        photoUrl: absoluteHttpUrl(block.querySelector('img:not([title$="(logo)" i])')?.getAttribute('src'), url.href),
        profileUrl: absoluteHttpUrl(link?.getAttribute('href'), url.href),
      }),
    );
  }
  const purpose = cleanText(document.querySelector('.Purpose, .CommitteePurpose, .TermsOfReference')?.textContent) || undefined;
  // CMIS has no web service: the committee's page is its index of meetings, which a follow reads.
  const committeeId = /\/id\/(\d+)/i.exec(url.pathname)?.[1];
  // A meeting's address names its committee (`…/Meeting/15028/Committee/4/…`): another committee's meeting shown on the page
  // (a "forthcoming meetings" box) is not this committee's.
  const meetings = cmisMeetingLinks(url, document.querySelector('#dnn_ContentPane, .CMIS_ModuleWrapper') ?? document, name)
    .filter((meeting) => {
      const ofCommittee = pathNumber(new URL(meeting.url), 'Committee');
      return !ofCommittee || !committeeId || ofCommittee === committeeId;
    })
    .slice(0, 200);
  return validated(
    Committee,
    compact({
      kind: 'committee' as const,
      platform: 'cmis' as const,
      url: url.href,
      committeeId,
      name,
      purpose,
      members,
      ...(meetings.length ? { meetings } : {}),
    }),
    'committee',
  );
}

export function extractCmisCouncillor(url: URL, document: Document): ExtractResult<Councillor> {
  const name = cleanText(document.querySelector('.CMIS_ModuleWrapper h1, [class*="ModCMIS"] h1, h1')?.textContent);
  if (!name) return unreadable('councillor');
  const values = holderValues(document);
  const text = (key: string) => cleanText(values.get(key)?.textContent) || undefined;
  const email = cleanText(document.querySelector('.Email a, a.Email, a[href^="mailto:" i]')?.textContent);
  const appointments = Array.from(document.querySelectorAll('.Committees li, .CommitteeMembership li')).flatMap((item) => {
    const link = item.querySelector('a[href]');
    const title = cleanText(link?.textContent) || cleanText(item.textContent).replace(/\(.*$/, '').trim();
    return title
      ? [compact({ title, role: /\(([^)]+)\)/.exec(cleanText(item.textContent))?.[1], url: absoluteHttpUrl(link?.getAttribute('href'), url.href) })]
      : [];
  });
  return validated(
    Councillor,
    compact({
      kind: 'councillor' as const,
      platform: 'cmis' as const,
      url: url.href,
      councillorId: /\/id\/(\d+)/i.exec(url.pathname)?.[1],
      name,
      party: cleanText(document.querySelector('div.Value.Party')?.textContent) || text('party'),
      ward: text('ward') ?? text('division'),
      photoUrl: absoluteHttpUrl(document.querySelector('.PersonPhoto img, img.Photo, img[id*="Photo" i]')?.getAttribute('src'), url.href),
      roles: Array.from(document.querySelectorAll('.Roles li, .Positions li'))
        .map((item) => cleanText(item.textContent))
        .filter(Boolean),
      appointments,
      contacts: email ? [{ kind: 'email' as const, value: email }] : [],
    }),
    'councillor',
  );
}

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
