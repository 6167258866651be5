import { parseUkDateTime } from '../../dates';
import type { Attendee } from '../../model';
import { attendanceFromText, roleFromText } from '../../people';
import { cmisDocuments, holderValues, pathNumber, unreadable } from '../../platforms/cmis/markup';
import { compact, meetingStatusIn, validated } from '../../platforms/shared';
import type { ExtractResult } from '../../platforms/types';
import { absoluteHttpUrl, cleanText } from '../../text';
import { Meeting } from './model';

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
