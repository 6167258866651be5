import { parseAttendancePage } from '../../platforms/moderngov/attendance';
import { modgovRoot, unreadable } from '../../platforms/moderngov/markup';
import { compact, validated } from '../../platforms/shared';
import type { ExtractResult } from '../../platforms/types';
import { absoluteHttpUrl, queryParam, visibleText } from '../../text';
import { AttendancePage } from './model';

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
