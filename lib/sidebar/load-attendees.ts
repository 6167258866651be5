import type { FetchPortalTextRequest, FetchPortalTextResponse } from '../protocol/messages';
import type { Attendee, AttendeeSource, Meeting } from '../page/model';
import { lacksDetails, mergeAttendees } from '../page/people';
import {
  attendancePageUrl,
  getMeetingServiceUrl,
  isRestrictedDocument,
  sameOrigin,
  type MeetingReference,
  parseAttendancePage,
  parseGetMeetingXml,
  parseRestrictedDocuments,
  type RestrictedDocuments,
} from '../page/platforms/moderngov/attendance';

export type AttendeesState = { status: 'loading' } | { status: 'ready'; attendees: Attendee[]; sources: AttendeeSource[] } | { status: 'notPublished' };

export interface AttendeeLoaderDeps {
  fetchPortalText(request: FetchPortalTextRequest): Promise<FetchPortalTextResponse>;
  parse(text: string, type: DOMParserSupportedType): Document;
}

/**
 * The attendance page first (the council's own record of who came); the web service
 * when that page fails or lacks party and ward. Either source failing is an expected
 * state, not an error: many meetings simply have no attendance published yet.
 */
export async function loadModernGovAttendees(meeting: Meeting, deps: AttendeeLoaderDeps): Promise<AttendeesState> {
  const pageUrl = meeting.attendanceUrl ?? attendancePageUrl(meeting.url, meeting.meetingId);
  let fromPage: Attendee[] = [];
  const page = await deps.fetchPortalText({ url: pageUrl, purpose: 'attendance' });
  if (page.ok) {
    const parsed = parseAttendancePage(deps.parse(page.text, 'text/html'), pageUrl);
    if (parsed.ok) fromPage = parsed.attendees;
  }
  if (fromPage.length > 0 && !lacksDetails(fromPage)) return { status: 'ready', attendees: fromPage, sources: ['attendancePage'] };

  const serviceUrl = getMeetingServiceUrl(meeting.url, meeting.meetingId);
  const service = await deps.fetchPortalText({ url: serviceUrl, purpose: 'webService' });
  let fromService: Attendee[] = [];
  if (service.ok) {
    const parsed = parseGetMeetingXml(deps.parse(service.text, 'text/xml'), serviceUrl);
    if (parsed.ok) fromService = parsed.attendees;
  }
  if (fromPage.length > 0) {
    return fromService.length > 0
      ? { status: 'ready', attendees: mergeAttendees(fromPage, fromService), sources: ['attendancePage', 'webService'] }
      : { status: 'ready', attendees: fromPage, sources: ['attendancePage'] };
  }
  if (fromService.length > 0) return { status: 'ready', attendees: fromService, sources: ['webService'] };
  return { status: 'notPublished' };
}

/**
 * The meeting's documents the council marks restricted, from the same (cached) web-service
 * answer the attendees may come from. Undefined when the service is off or unreadable: the
 * documents' own text ("not for publication", Schedule 12A…) is still checked in any case.
 */
export async function loadRestrictedDocuments(meeting: MeetingReference, deps: AttendeeLoaderDeps): Promise<RestrictedDocuments | undefined> {
  const serviceUrl = getMeetingServiceUrl(meeting.url, meeting.meetingId);
  const service = await deps.fetchPortalText({ url: serviceUrl, purpose: 'webService' }).catch(() => undefined);
  if (!service?.ok) return undefined;
  const parsed = parseRestrictedDocuments(deps.parse(service.text, 'text/xml'), serviceUrl);
  return parsed.ok ? parsed.restricted : undefined;
}

/**
 * Whether the council's web service marks a document restricted, for keeping it from remote AI
 * endpoints. The meeting's answer is asked for once, and only when `sendsToRemote()` says a
 * remote endpoint could see the document; documents of other sites are never matched.
 */
export function restrictedDocumentCheck(
  meeting: MeetingReference | undefined,
  deps: AttendeeLoaderDeps,
  sendsToRemote: () => Promise<boolean>,
): (documentUrl: string) => Promise<boolean> {
  let restrictedDocuments: Promise<RestrictedDocuments | undefined> | undefined;
  return async (documentUrl) => {
    if (!meeting || !sameOrigin(meeting.url, documentUrl) || !(await sendsToRemote())) return false;
    restrictedDocuments ??= loadRestrictedDocuments(meeting, deps);
    const restricted = await restrictedDocuments;
    return restricted ? isRestrictedDocument(documentUrl, restricted) : false;
  };
}
