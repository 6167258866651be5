import type { PageData } from '../../kinds';
import { queryParam } from '../../text';

/**
 * Which ModernGov meeting a page or a document belongs to, and where that meeting's own pages
 * (its documents page, its attendance page, its web-service answer) are on the same install.
 */

/** A ModernGov meeting a page belongs to: where its web-service answer lives. */
export interface MeetingReference {
  /** Any page on the meeting's portal install, to resolve the web service's address against. */
  url: string;
  meetingId: string;
}

/** The meeting id in a ModernGov meeting page's address (`ieListDocuments.aspx?MId=`). */
function meetingIdInUrl(meetingUrl: string | undefined): string | undefined {
  if (!meetingUrl) return undefined;
  try {
    const url = new URL(meetingUrl);
    const id = /\/ieListDocuments\.aspx$/i.test(url.pathname) ? queryParam(url, 'MId') : undefined;
    return id && /^\d+$/.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

/** The meeting a ModernGov meeting page's address names, if it is one. */
export function meetingOfUrl(meetingUrl: string): MeetingReference | undefined {
  const meetingId = meetingIdInUrl(meetingUrl);
  return meetingId ? { url: meetingUrl, meetingId } : undefined;
}

/**
 * The meeting a ModernGov document belongs to when its address says so: the install files a
 * meeting's own packs (agenda frontsheet, reports packs, minutes) under `documents/g{meeting id}/`.
 * Item reports (`documents/s{attachment}/`) do not name their meeting.
 */
export function meetingOfDocumentUrl(documentUrl: string): MeetingReference | undefined {
  try {
    const url = new URL(documentUrl);
    const match = /^(.*\/)documents\/g(\d+)\//i.exec(url.pathname);
    if (!match || !/^https?:$/.test(url.protocol)) return undefined;
    return { url: new URL(`${match[1]}ieListDocuments.aspx?MId=${match[2]}`, url.origin).href, meetingId: match[2]! };
  } catch {
    return undefined;
  }
}

/** The meeting's own page on its portal install. */
export function meetingPageUrl(meeting: MeetingReference): string {
  return new URL(`ieListDocuments.aspx?MId=${encodeURIComponent(meeting.meetingId)}`, meeting.url).href;
}

/** Whether two addresses share an origin; an unreadable address shares none. */
export function sameOrigin(first: string, second: string): boolean {
  try {
    return new URL(first).origin === new URL(second).origin;
  } catch {
    return false;
  }
}

/**
 * The meeting page to ask about a document link's restriction: the one the page's sidebar
 * names, else the page itself when it is a meeting page, else the one the document's own
 * address names. Only a meeting on the document's own
 * site counts; whatever the answer, it can only add protection, never lift it.
 */
export function meetingForDocumentLink(linkUrl: string, fromSidebar: string | undefined, pageUrl: string | undefined): string | undefined {
  const fromPage = (pageUrl ? meetingOfUrl(pageUrl) : undefined) ?? meetingOfDocumentUrl(linkUrl);
  const candidate = fromSidebar ?? (fromPage ? meetingPageUrl(fromPage) : undefined);
  return candidate && sameOrigin(candidate, linkUrl) && meetingOfUrl(candidate) ? candidate : undefined;
}

/**
 * The ModernGov meeting whose documents a page shows: the meeting itself, the meeting an
 * agenda item belongs to, the meeting a decision was taken at, or an attendance page's.
 */
export function meetingOfPage(page: PageData): MeetingReference | undefined {
  if (page.platform !== 'moderngov') return undefined;
  const reference = (meetingId: string | undefined): MeetingReference | undefined =>
    meetingId && /^\d+$/.test(meetingId) ? { url: page.url, meetingId } : undefined;
  switch (page.kind) {
    case 'meeting':
    case 'attendance':
      return reference(page.meetingId);
    case 'agendaItem':
      return reference(meetingIdInUrl(page.meeting?.url));
    case 'decision':
      return reference(meetingIdInUrl(page.decidedAt?.url));
    default:
      return undefined;
  }
}

/** Where the web service answers for a meeting: beside the page, under the same install prefix. */
export function getMeetingServiceUrl(meetingPageUrl: string, meetingId: string): string {
  return new URL(`mgWebService.asmx/GetMeeting?lMeetingId=${encodeURIComponent(meetingId)}`, meetingPageUrl).href;
}

export function attendancePageUrl(meetingPageUrl: string, meetingId: string): string {
  return new URL(`mgMeetingAttendance.aspx?ID=${encodeURIComponent(meetingId)}`, meetingPageUrl).href;
}
