import { failure, type Failure } from '../../../protocol/failure';
import { Attendee, type AttendeeRole } from '../../model';
import { attendanceFromText, roleFromText } from '../../people';
import { absoluteHttpUrl, cleanText } from '../../text';
import { compact } from '../shared';
import { salvage } from '../../../shared/salvage';

/** The attendance page (`mgMeetingAttendance.aspx`): who came, as the council records it. */
export type AttendeeParseResult = { ok: true; attendees: Attendee[]; omitted?: number } | Failure;

/**
 * Only well-formed attendees, where a bad field costs only itself (a person with an odd photo
 * address is kept without the photo) and a row with no usable name costs only that row.
 * `omitted` counts what was left out, so the view can say so once.
 */
export function validAttendees(candidates: readonly unknown[]): { attendees: Attendee[]; omitted: number } {
  let omitted = 0;
  const attendees = candidates.flatMap((candidate) => {
    const kept = salvage(Attendee, candidate);
    omitted += kept.ok ? kept.omitted.length : 1;
    return kept.ok ? [kept.value] : [];
  });
  return { attendees, omitted };
}

/**
 * Reads `mgMeetingAttendance.aspx`. Most themes print a table (member, role, attendance);
 * some print headed lists ("Present", "Apologies", "Officers in attendance"), which are read too.
 */
export function parseAttendancePage(document: Document, pageUrl: string): AttendeeParseResult {
  const root: ParentNode = document.getElementById('modgov') ?? document;
  const candidates: unknown[] = [];
  const tables = Array.from(root.querySelectorAll('table')).filter((table) =>
    /attendance/i.test(`${table.getAttribute('summary') ?? ''} ${table.querySelector('caption')?.textContent ?? ''}`),
  );
  for (const table of tables) {
    for (const row of Array.from(table.querySelectorAll('tr'))) {
      const cells = Array.from(row.querySelectorAll('td'));
      if (cells.length < 2) continue;
      const nameLink = cells[0]?.querySelector('a[href]');
      const name = cleanText(cells[0]?.textContent);
      const roleText = cleanText(cells[1]?.textContent);
      const attendanceText = cleanText(cells[2]?.textContent);
      let role = roleFromText(roleText);
      if (role === 'member' && /substitute/i.test(attendanceText)) role = 'substitute';
      candidates.push(
        compact({
          name,
          role,
          roleText,
          attendance: attendanceFromText(attendanceText),
          attendanceText,
          profileUrl: absoluteHttpUrl(nameLink?.getAttribute('href'), pageUrl),
        }),
      );
    }
  }

  if (tables.length === 0) {
    // Headed lists: a heading or label names the group, the list that follows holds the people.
    for (const list of Array.from(root.querySelectorAll('ul'))) {
      let heading: Element | null = list.previousElementSibling;
      while (heading && !/^(H[2-5]|P|CAPTION)$/.test(heading.tagName)) heading = heading.previousElementSibling;
      const headingText = cleanText(heading?.textContent);
      if (!/present|apolog|absent|attendance|attendees|members|officers|expected/i.test(headingText)) continue;
      const groupRole: AttendeeRole | undefined = /officer/i.test(headingText) ? 'officer' : undefined;
      for (const item of Array.from(list.querySelectorAll('li'))) {
        const text = cleanText(item.textContent);
        const link = item.querySelector('a[href*="mgUserInfo" i]') ?? item.querySelector('a[href]');
        const name = cleanText(link?.textContent) || text.split(/[,(]/)[0]?.trim() || '';
        const bracketed = /\(([^)]+)\)/.exec(text)?.[1];
        candidates.push(
          compact({
            name,
            role: groupRole ?? roleFromText(bracketed),
            roleText: bracketed,
            attendance: attendanceFromText(headingText),
            attendanceText: headingText,
            profileUrl: absoluteHttpUrl(link?.getAttribute('href'), pageUrl),
          }),
        );
      }
    }
  }

  const { attendees, omitted } = validAttendees(candidates);
  if (attendees.length === 0) {
    return failure('attendance_empty');
  }
  return omitted ? { ok: true, attendees, omitted } : { ok: true, attendees };
}
