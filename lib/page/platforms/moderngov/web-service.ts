import { failure, type Failure } from '../../../protocol/failure';
import type { Attendee } from '../../model';
import { attendanceFromText, type PersonDetails, roleFromText } from '../../people';
import { absoluteHttpUrl, cleanText, queryParam } from '../../text';
import { compact } from '../shared';
import { validAttendees } from './attendance';
import { type Declaration, findDeclarations } from '../../../pdf/summarise/declarations';

/**
 * ModernGov's web service (`mgWebService.asmx`): a meeting's record (GetMeeting) and the
 * councillor directory (GetCouncillorsByWard). Answers are XML parsed by the caller with the
 * browser's own DOMParser, and untrusted like any page: each field is checked on its own.
 */

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

/** What one `GetMeeting` answer says: who attends, and which documents the council marks restricted. */
export interface MeetingRecord {
  /** Empty when the council has listed nobody yet. */
  attendees: Attendee[];
  /** Attendee rows or fields that could not be read and were left out. */
  omitted?: number;
  restricted: RestrictedDocuments;
  /** Declarations of interest, from the minutes the council published under the declarations item. */
  declarations?: Declaration[];
}

/** Documents the council marks restricted (exempt), by attachment number and by address. */
export interface RestrictedDocuments {
  attachmentIds: string[];
  urls: string[];
}

const isTrue = (value: string): boolean => /^(true|1|yes)$/i.test(value);

/**
 * Reads `mgWebService.asmx/GetMeeting` XML, parsed by the caller (DOMParser 'text/xml'), once
 * for everything Council Lens asks of it. Installs that disable the service answer with HTML
 * error pages or redirects, which come back here as the wrong root element and are reported,
 * not thrown.
 */
export function parseGetMeeting(xml: Document, serviceUrl: string): { ok: true; record: MeetingRecord } | Failure {
  if (!isMeetingXml(xml)) return failure('web_service_not_meeting');
  const { attendees, omitted } = attendeesOf(xml, serviceUrl);
  const declarations = declarationsOf(xml);
  return {
    ok: true,
    record: { attendees, ...(omitted ? { omitted } : {}), restricted: restrictedOf(xml, serviceUrl), ...(declarations.length ? { declarations } : {}) },
  };
}

/**
 * The declarations item's published minutes (`minutesnonemptyhtmlbody`, an HTML fragment): read
 * as text only, paragraph by paragraph, and never rendered.
 */
function declarationsOf(xml: Document): Declaration[] {
  for (const item of Array.from(xml.getElementsByTagName('agendaitem'))) {
    const title = childText(item, 'agendaitemtitle');
    if (!/declarations?\s+of\s+(?:\w+\s+)?interests?|datganiadau?\s+o\s+ddiddordeb/i.test(title)) continue;
    const html = item.getElementsByTagName('minutesnonemptyhtmlbody')[0]?.textContent ?? '';
    const lines = html
      .slice(0, 20_000)
      .split(/<\/p>|<br\s*\/?>|<\/li>|<\/div>/i)
      .map((part) => decodeEntities(cleanText(part.replace(/<[^>]*>/g, ' '))))
      .filter(Boolean)
      .map((text) => ({ text, page: 1 }));
    return findDeclarations([{ text: title, page: 1 }, ...lines])?.entries ?? [];
  }
  return [];
}

function attendeesOf(xml: Document, serviceUrl: string): { attendees: Attendee[]; omitted: number } {
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
  return validAttendees(candidates);
}

/**
 * The `isrestricted` flags: a document is restricted when its own flag or its agenda item's
 * flag says so. Remote AI endpoints must never see these.
 */
function restrictedOf(xml: Document, serviceUrl: string): RestrictedDocuments {
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
  return { attachmentIds: [...attachmentIds].sort(), urls: [...urls].sort() };
}

/**
 * Reads `mgWebService.asmx/GetCouncillorsByWard`: every councillor with party, ward and photo.
 * It fills the gaps other pages leave (committee members and attendees with no party).
 */
export function parseCouncillorsByWardXml(xml: Document, serviceUrl: string): { ok: true; councillors: PersonDetails[] } | Failure {
  const root = xml.documentElement;
  // `GetCouncillorsByPostcode` answers in the same shape, under a root of its own.
  if (!root || !/^councillorsby(?:ward|postcode)$/.test(root.tagName.toLowerCase()) || xml.getElementsByTagName('parsererror').length > 0) {
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

/** A UK postcode as people type it ("mk9 3ej", "MK93EJ"), in its written form ("MK9 3EJ"), or undefined when it is not one. */
export function ukPostcode(input: string): string | undefined {
  const compacted = input.toUpperCase().replace(/\s+/g, '');
  const match = /^([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})$/.exec(compacted);
  return match ? `${match[1]} ${match[2]}` : undefined;
}

/** The council's own web-service lookup of the councillors for a postcode. */
export function councillorsByPostcodeUrl(site: string, postcode: string): string {
  return `${site}/mgWebService.asmx/GetCouncillorsByPostcode?sPostcode=${encodeURIComponent(postcode)}`;
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

export function isRestrictedDocument(documentUrl: string, restricted: RestrictedDocuments): boolean {
  const attachmentId = modernGovAttachmentId(documentUrl);
  return restricted.urls.includes(documentUrl) || (attachmentId !== undefined && restricted.attachmentIds.includes(attachmentId));
}

/** The web service's own date format, dd/mm/yyyy, for `GetMeetings`' range. */
export const webServiceDate = (date: Date) =>
  `${String(date.getUTCDate()).padStart(2, '0')}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${date.getUTCFullYear()}`;

/** A committee's `GetMeetings` address, from a page of its portal, for the days given. */
export function getMeetingsServiceUrl(portalPageUrl: string, committeeId: string, from: Date, to: Date): string {
  return new URL(
    `mgWebService.asmx/GetMeetings?lCommitteeId=${encodeURIComponent(committeeId)}&sFromDate=${webServiceDate(from)}&sToDate=${webServiceDate(to)}`,
    portalPageUrl,
  ).href;
}

/** A meeting as `GetMeetings` lists it: enough to see one added, moved or cancelled. */
export interface WebServiceMeeting {
  id: string;
  /** yyyy-mm-dd, from the web service's dd/mm/yyyy. */
  date: string;
  time?: string;
  status: string;
}

const dayMonthYear = (value: string): string | undefined => {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  if (!match) return undefined;
  const [, day, month, year] = match;
  const iso = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  return Number.isNaN(Date.parse(iso)) ? undefined : iso;
};

/**
 * Reads `mgWebService.asmx/GetMeetings?lCommitteeId=…`: a committee's meetings. Some installs
 * ignore the date range asked for, so every meeting is returned and the caller filters by date.
 * A meeting whose id or date cannot be read is left out, and counted.
 */
export function parseGetMeetings(xml: Document): { ok: true; committeeTitle?: string; meetings: WebServiceMeeting[]; omitted: number } | Failure {
  const root = xml.documentElement;
  if (!root || root.tagName.toLowerCase() !== 'getmeetings' || xml.getElementsByTagName('parsererror').length > 0) return failure('web_service_not_meeting');
  const meetings: WebServiceMeeting[] = [];
  let omitted = 0;
  for (const meeting of Array.from(xml.getElementsByTagName('meeting'))) {
    const id = childText(meeting, 'meetingid');
    const date = dayMonthYear(childText(meeting, 'meetingdate'));
    if (!/^\d{1,9}$/.test(id) || !date) {
      omitted += 1;
      continue;
    }
    const time = childText(meeting, 'meetingtime');
    meetings.push({ id, date, ...(time ? { time: time.slice(0, 20) } : {}), status: childText(meeting, 'meetingstatus').slice(0, 40) || 'Confirmed' });
  }
  const committeeTitle = childText(root.getElementsByTagName('committee')[0] ?? root, 'committeetitle').slice(0, 200);
  return { ok: true, ...(committeeTitle ? { committeeTitle } : {}), meetings, omitted };
}

/** What one meeting's `GetMeeting` answer holds that a follower is told about when it changes. */
export interface MeetingSnapshot {
  id: string;
  date?: string;
  status?: string;
  items: { id: string; title: string; decisionPublished: boolean }[];
  documents: { id: string; title: string; url?: string }[];
  attendees: string[];
}

/** A meeting's agenda, documents, published decisions and attendees, for telling what is new (lib/background/follow/). */
export function meetingSnapshot(xml: Document, serviceUrl: string): { ok: true; snapshot: MeetingSnapshot } | Failure {
  if (!isMeetingXml(xml)) return failure('web_service_not_meeting');
  const root = xml.documentElement;
  const items: MeetingSnapshot['items'] = [];
  const documents = new Map<string, MeetingSnapshot['documents'][number]>();
  for (const item of Array.from(xml.getElementsByTagName('agendaitem'))) {
    const id = childText(item, 'agendaitemid');
    const title = childText(item, 'agendaitemtitle').slice(0, 300);
    if (/^\d{1,9}$/.test(id) && title) items.push({ id, title, decisionPublished: isTrue(childText(item, 'isdecisionpublished')) });
    for (const linked of Array.from(item.getElementsByTagName('linkeddoc'))) {
      const documentId = childText(linked, 'attachmentid');
      const url = absoluteHttpUrl(childText(linked, 'url'), webServiceBase(serviceUrl));
      if (/^\d{1,9}$/.test(documentId)) documents.set(documentId, { id: documentId, title: childText(linked, 'title').slice(0, 300), ...(url ? { url } : {}) });
    }
  }
  const id = childText(root, 'meetingid');
  const date = dayMonthYear(childText(root, 'meetingdate'));
  const status = childText(root, 'meetingstatus').slice(0, 40);
  const attendees = Array.from(xml.getElementsByTagName('attendee'))
    .map((attendee) => decodeEntities(cleanText(attendee.getAttribute('name'))).slice(0, 120))
    .filter(Boolean);
  return { ok: true, snapshot: { id, ...(date ? { date } : {}), ...(status ? { status } : {}), items, documents: [...documents.values()], attendees } };
}
