import type { FetchPortalTextRequest, FetchPortalTextResponse } from '../protocol/messages';
import type { Attendee, AttendeeSource } from '../page/model';
import type { Meeting, PageData } from '../page/kinds';
import { fillPersonDetails, lacksDetails, mergeAttendees, roleFromText, type PersonDetails } from '../page/people';
import type { ServiceAttendee } from '../background/service/contract';
import { parseAttendancePage } from '../page/platforms/moderngov/attendance';
import { attendancePageUrl, getMeetingServiceUrl, type MeetingReference, sameOrigin } from '../page/platforms/moderngov/meeting-reference';
import { isRestrictedDocument, type MeetingRecord, parseGetMeeting } from '../page/platforms/moderngov/web-service';
import { type Declaration, declaredBy, findDeclarations } from '../pdf/summarise/declarations';

/**
 * Who attends a meeting, assembled here and only here: from the attendance page, the council's
 * web service, the councillor directory and the summary service, never while rendering.
 */

/** `omitted`: rows or fields the council's pages sent that could not be read and were left out. */
export type AttendeesState =
  { status: 'loading' } | { status: 'ready'; attendees: Attendee[]; sources: AttendeeSource[]; omitted?: number } | { status: 'notPublished' };

/** Reading the council portal the page is on, through the background (which fetches politely and caches). */
export interface PortalReader {
  fetchPortalText(request: FetchPortalTextRequest): Promise<FetchPortalTextResponse>;
  parse(text: string, type: DOMParserSupportedType): Document;
}

/** A meeting's web-service record, asked for and parsed at most once, by whichever part of the sidebar needs it first. */
export type MeetingRecordSource = () => Promise<MeetingRecord | undefined>;

/**
 * One GetMeeting answer per meeting, for its attendees and its restricted flags alike.
 * Undefined when the page has no ModernGov meeting, or the service is off or unreadable
 * (the documents' own text, "not for publication" and Schedule 12A, is still checked).
 */
export function meetingRecordOf(meeting: MeetingReference | undefined, deps: PortalReader): MeetingRecordSource {
  let record: Promise<MeetingRecord | undefined> | undefined;
  return () =>
    (record ??= (async () => {
      if (!meeting) return undefined;
      const serviceUrl = getMeetingServiceUrl(meeting.url, meeting.meetingId);
      const answer = await deps.fetchPortalText({ url: serviceUrl, purpose: 'webService' }).catch(() => undefined);
      if (!answer?.ok) return undefined;
      const parsed = parseGetMeeting(deps.parse(answer.text, 'text/xml'), serviceUrl);
      return parsed.ok ? parsed.record : undefined;
    })());
}

/**
 * The attendance page first (the council's own record of who came); the web service
 * when that page fails or lacks party and ward. Either source failing is an expected
 * state, not an error: many meetings simply have no attendance published yet.
 */
async function loadModernGovAttendees(meeting: Meeting, deps: PortalReader, record: MeetingRecordSource): Promise<AttendeesState> {
  const pageUrl = meeting.attendanceUrl ?? attendancePageUrl(meeting.url, meeting.meetingId);
  let fromPage: Attendee[] = [];
  let omitted = 0;
  const page = await deps.fetchPortalText({ url: pageUrl, purpose: 'attendance' });
  if (page.ok) {
    const parsed = parseAttendancePage(deps.parse(page.text, 'text/html'), pageUrl);
    if (parsed.ok) [fromPage, omitted] = [parsed.attendees, parsed.omitted ?? 0];
  }
  const ready = (attendees: Attendee[], sources: AttendeeSource[]): AttendeesState => ({
    status: 'ready',
    attendees,
    sources,
    ...(omitted ? { omitted } : {}),
  });
  if (fromPage.length > 0 && !lacksDetails(fromPage)) return ready(fromPage, ['attendancePage']);
  const service = await record();
  const fromService = service?.attendees ?? [];
  omitted += service?.omitted ?? 0;
  if (fromPage.length > 0) {
    return fromService.length > 0 ? ready(mergeAttendees(fromPage, fromService), ['attendancePage', 'webService']) : ready(fromPage, ['attendancePage']);
  }
  if (fromService.length > 0) return ready(fromService, ['webService']);
  return { status: 'notPublished' };
}

/** Who attends, for the pages that have attendees, filled with party, ward and photo from the councillor directory. */
export async function loadAttendees(
  page: PageData,
  deps: PortalReader,
  record: MeetingRecordSource,
  directory: () => Promise<PersonDetails[]>,
): Promise<AttendeesState> {
  let state: AttendeesState;
  if (page.kind === 'meeting' && page.platform === 'moderngov') state = await loadModernGovAttendees(page, deps, record);
  else if (page.kind === 'meeting')
    state = page.pageAttendees?.length ? { status: 'ready', attendees: page.pageAttendees, sources: ['attendancePage'] } : { status: 'notPublished' };
  else if (page.kind === 'attendance')
    state = page.attendees.length ? { status: 'ready', attendees: page.attendees, sources: ['attendancePage'] } : { status: 'notPublished' };
  else return { status: 'notPublished' };
  if (state.status !== 'ready' || !lacksDetails(state.attendees)) return state;
  const people = await directory();
  return people.length ? { ...state, attendees: fillPersonDetails(state.attendees, people) } : state;
}

/**
 * The page's own attendance wins on who came; the service fills party, ward and photo. When the
 * page has published nobody yet, the service's list stands in, with attendance unknown.
 */
export function withServiceAttendees(state: AttendeesState, serviceAttendees: readonly ServiceAttendee[]): AttendeesState {
  if (serviceAttendees.length === 0 || state.status === 'loading') return state;
  if (state.status === 'ready') return { ...state, attendees: fillPersonDetails(state.attendees, serviceAttendees) };
  const attendees = serviceAttendees.map((person) => ({
    name: person.name,
    role: roleFromText(person.role),
    ...(person.role ? { roleText: person.role } : {}),
    attendance: 'unknown' as const,
    ...(person.party ? { party: person.party } : {}),
    ...(person.ward ? { ward: person.ward } : {}),
    ...(person.photoUrl ? { photoUrl: person.photoUrl } : {}),
    ...(person.profileUrl ? { profileUrl: person.profileUrl } : {}),
  }));
  return { status: 'ready', attendees, sources: ['summaryService'] };
}

/**
 * Whether the council's web service marks a document restricted, for keeping it from remote AI
 * endpoints. The meeting's record is asked for only when `sendsToRemote()` says a remote
 * endpoint could see the document; documents of other sites are never matched.
 */
export function restrictedDocumentCheck(
  meeting: MeetingReference | undefined,
  record: MeetingRecordSource,
  sendsToRemote: () => Promise<boolean>,
): (documentUrl: string) => Promise<boolean> {
  return async (documentUrl) => {
    if (!meeting || !sameOrigin(meeting.url, documentUrl) || !(await sendsToRemote())) return false;
    const restricted = (await record())?.restricted;
    return restricted ? isRestrictedDocument(documentUrl, restricted) : false;
  };
}

/**
 * Each attendee's declared interests, from the meeting's declarations (the web service's minutes,
 * or the minutes read on this device), matched by name: minutes often give surnames only.
 */
export function withDeclarations(state: AttendeesState, declarations: readonly Declaration[]): AttendeesState {
  if (state.status !== 'ready' || declarations.length === 0) return state;
  const attendees = state.attendees.map((attendee) => {
    if (attendee.role === 'officer') return attendee;
    const interests = declarations
      .filter((declaration) => declaredBy(declaration, attendee.name))
      .map((declaration) => ({ ...(declaration.item ? { item: declaration.item } : {}), text: declaration.text }))
      .filter((interest, index, all) => all.findIndex((other) => other.text === interest.text) === index);
    return interests.length ? { ...attendee, interests } : attendee;
  });
  return { ...state, attendees };
}

/** The declarations the meeting page's own minutes record, under its declarations item. */
export function declarationsOnPage(page: PageData): Declaration[] {
  if (page.kind !== 'meeting') return [];
  const item = page.agendaItems.find((candidate) => /declarations?\s+of\s+(?:\w+\s+)?interests?|datganiadau?\s+o\s+ddiddordeb/i.test(candidate.title));
  if (!item?.minutes) return [];
  const lines = item.minutes.split(/\n+/).map((text) => ({ text, page: 1 }));
  return findDeclarations([{ text: item.title, page: 1 }, ...lines])?.entries ?? [];
}
