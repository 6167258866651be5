import { failure, type Failure } from '../../../protocol/failure';
import { Attendee, type AttendeeRole, type PageData } from '../../model';
import { attendanceFromText, type PersonDetails, roleFromText } from '../../people';
import { absoluteHttpUrl, cleanText, queryParam } from '../../text';
import { compact } from '../shared';

export type AttendeeParseResult = { ok: true; attendees: Attendee[] } | Failure;

function validAttendees(candidates: readonly unknown[]): Attendee[] {
  return candidates.flatMap((candidate) => {
    const parsed = Attendee.safeParse(candidate);
    return parsed.success ? [parsed.data] : [];
  });
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

  const attendees = validAttendees(candidates);
  if (attendees.length === 0) {
    return failure('attendance_empty');
  }
  return { ok: true, attendees };
}

/** Web-service titles are sometimes HTML-encoded twice ("&amp;amp;"). */
function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** Relative addresses in web-service answers are relative to the install, not to `mgWebService.asmx/Operation`. */
function webServiceBase(serviceUrl: string): string {
  return new URL('../', serviceUrl).href;
}

function childText(element: Element, name: string): string {
  const child = Array.from(element.children).find((candidate) => candidate.tagName.toLowerCase() === name);
  return decodeEntities(cleanText(child?.textContent));
}

/** Disabled installs answer with HTML error pages or redirects, which parse to another root or a parsererror. */
function isMeetingXml(xml: Document): boolean {
  return xml.documentElement?.tagName.toLowerCase() === 'meeting' && xml.getElementsByTagName('parsererror').length === 0;
}

/**
 * Reads `mgWebService.asmx/GetMeeting` XML, parsed by the caller (DOMParser 'text/xml').
 * Installs that disable the service answer with HTML error pages or redirects, which
 * come back here as the wrong root element and are reported, not thrown.
 */
export function parseGetMeetingXml(xml: Document, serviceUrl: string): AttendeeParseResult {
  if (!isMeetingXml(xml)) return failure('web_service_not_meeting');
  const candidates = Array.from(xml.getElementsByTagName('attendee')).map((attendee) => {
    const roleText = decodeEntities(cleanText(attendee.getAttribute('roledescription')));
    const attendanceText = decodeEntities(cleanText(attendee.getAttribute('attendance')));
    const isOfficer = /^o/i.test(attendee.getAttribute('membertype') ?? '') && !/member|chair/i.test(roleText);
    let role = isOfficer ? 'officer' : roleFromText(roleText);
    if (role === 'member' && /substitute/i.test(attendanceText)) role = 'substitute';
    return compact({
      name: decodeEntities(cleanText(attendee.getAttribute('name'))),
      role,
      roleText,
      attendance: attendanceFromText(attendanceText),
      attendanceText,
      party: decodeEntities(cleanText(attendee.getAttribute('politicalparty'))),
      ward: decodeEntities(cleanText(attendee.getAttribute('ward'))),
      photoUrl: absoluteHttpUrl(childText(attendee, 'photosmallurl') || childText(attendee, 'photobigurl'), webServiceBase(serviceUrl)),
      profileUrl: absoluteHttpUrl(childText(attendee, 'url'), webServiceBase(serviceUrl)),
    });
  });
  const attendees = validAttendees(candidates);
  if (attendees.length === 0) {
    return failure('web_service_no_attendees');
  }
  return { ok: true, attendees };
}

/** Where the web service lives for a meeting page: beside the page, under the same install prefix. */
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

export function getMeetingServiceUrl(meetingPageUrl: string, meetingId: string): string {
  return new URL(`mgWebService.asmx/GetMeeting?lMeetingId=${encodeURIComponent(meetingId)}`, meetingPageUrl).href;
}

export function attendancePageUrl(meetingPageUrl: string, meetingId: string): string {
  return new URL(`mgMeetingAttendance.aspx?ID=${encodeURIComponent(meetingId)}`, meetingPageUrl).href;
}

/**
 * Reads `mgWebService.asmx/GetCouncillorsByWard`: every councillor with party, ward and photo.
 * It fills the gaps other pages leave (committee members and attendees with no party).
 */
export function parseCouncillorsByWardXml(xml: Document, serviceUrl: string): { ok: true; councillors: PersonDetails[] } | Failure {
  const root = xml.documentElement;
  if (!root || root.tagName.toLowerCase() !== 'councillorsbyward' || xml.getElementsByTagName('parsererror').length > 0) {
    return failure('web_service_not_councillors');
  }
  const councillors: PersonDetails[] = [];
  for (const ward of Array.from(xml.getElementsByTagName('ward'))) {
    const wardTitle = childText(ward, 'wardtitle');
    for (const councillor of Array.from(ward.getElementsByTagName('councillor'))) {
      const name = childText(councillor, 'fullusername');
      if (!name) continue;
      councillors.push(
        compact({
          name,
          party: childText(councillor, 'politicalpartytitle'),
          ward: childText(councillor, 'districttitle') || wardTitle,
          photoUrl: absoluteHttpUrl(childText(councillor, 'photosmallurl') || childText(councillor, 'photobigurl'), webServiceBase(serviceUrl)),
          profileUrl: absoluteHttpUrl(
            `mgUserInfo.aspx?UID=${encodeURIComponent(childText(councillor, 'councillorid'))}`,
            serviceUrl.replace(/mgWebService\.asmx\/.*$/i, ''),
          ),
        }),
      );
    }
  }
  if (councillors.length === 0) return failure('web_service_no_councillors');
  return { ok: true, councillors };
}

export function councillorsByWardUrl(pageUrl: string): string {
  return new URL('mgWebService.asmx/GetCouncillorsByWard', pageUrl).href;
}

/**
 * ModernGov's attachment number for a document address, in either of the forms the portal
 * uses: `documents/s60860/Report.pdf` on meeting pages, `mgConvert2PDF.aspx?ID=60860` in the
 * web service. Packs (`b…`) and frontsheets (`g…`) have other prefixes and are not attachments.
 */
export function modernGovAttachmentId(documentUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(documentUrl);
  } catch {
    return undefined;
  }
  const fromPath = /\/documents\/s(\d+)\//i.exec(url.pathname)?.[1];
  if (fromPath) return fromPath;
  if (!/\/mgConvert2PDF\.aspx$/i.test(url.pathname)) return undefined;
  const id = queryParam(url, 'ID');
  return id && /^\d+$/.test(id) ? id : undefined;
}

export type RestrictedDocumentsResult = { ok: true; restricted: RestrictedDocuments } | Failure;

/** Documents the council marks restricted (exempt), by attachment number and by address. */
export interface RestrictedDocuments {
  attachmentIds: string[];
  urls: string[];
}

const isTrue = (value: string): boolean => /^(true|1|yes)$/i.test(value);

/**
 * Reads the `isrestricted` flags of a `GetMeeting` answer: a document is restricted when its
 * own flag or its agenda item's flag says so. Remote AI endpoints must never see these.
 */
export function parseRestrictedDocuments(xml: Document, serviceUrl: string): RestrictedDocumentsResult {
  if (!isMeetingXml(xml)) return failure('web_service_not_meeting');
  const attachmentIds = new Set<string>();
  const urls = new Set<string>();
  for (const item of Array.from(xml.getElementsByTagName('agendaitem'))) {
    const itemRestricted = isTrue(childText(item, 'isrestricted'));
    for (const linked of Array.from(item.getElementsByTagName('linkeddoc'))) {
      if (!itemRestricted && !isTrue(childText(linked, 'isrestricted'))) continue;
      const attachmentId = childText(linked, 'attachmentid');
      if (/^\d+$/.test(attachmentId)) attachmentIds.add(attachmentId);
      const url = absoluteHttpUrl(childText(linked, 'url'), webServiceBase(serviceUrl));
      if (url) {
        urls.add(url);
        const fromUrl = modernGovAttachmentId(url);
        if (fromUrl) attachmentIds.add(fromUrl);
      }
    }
  }
  return { ok: true, restricted: { attachmentIds: [...attachmentIds].sort(), urls: [...urls].sort() } };
}

export function isRestrictedDocument(documentUrl: string, restricted: RestrictedDocuments): boolean {
  const attachmentId = modernGovAttachmentId(documentUrl);
  return restricted.urls.includes(documentUrl) || (attachmentId !== undefined && restricted.attachmentIds.includes(attachmentId));
}
