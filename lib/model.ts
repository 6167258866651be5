import { z } from 'zod/mini';

/**
 * The one data model shared by extractors, the background and the sidebar.
 * Everything read from a council page passes through these schemas before it
 * reaches the UI, because page markup is untrusted input. `zod/mini` keeps the content
 * script, which runs on every council page, small.
 */

export const nonEmpty = () => z.string().check(z.minLength(1));

export const httpUrl = z.string().check(z.regex(/^https?:\/\/[^\s]+$/i, 'must be an absolute http(s) URL'));

export const DOCUMENT_KINDS = [
  'agendaFrontsheet',
  'reportsPack',
  'supplementaryPack',
  'minutes',
  'decisions',
  'itemReport',
  'other',
] as const;
export const DocumentKind = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const CouncilDocument = z.object({
  title: nonEmpty(),
  url: httpUrl,
  kind: DocumentKind,
  /** As the page shows it, e.g. "PDF 198 KB". */
  size: z.optional(z.string()),
});
export type CouncilDocument = z.infer<typeof CouncilDocument>;

export const AgendaItem = z.object({
  number: z.optional(z.string()),
  title: nonEmpty(),
  /** The item's own report (the linked title), when it has one. */
  reportUrl: z.optional(httpUrl),
  documents: z.array(CouncilDocument),
  /** Anchor on the meeting page, so the sidebar can jump to the item. */
  anchor: z.optional(z.string()),
  restricted: z.optional(z.boolean()),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

export const MEETING_STATUSES = ['scheduled', 'cancelled', 'postponed', 'moved'] as const;
export const MeetingStatus = z.enum(MEETING_STATUSES);
export type MeetingStatus = z.infer<typeof MeetingStatus>;

export const Meeting = z.object({
  kind: z.literal('meeting'),
  platform: z.enum(['moderngov', 'cmis']),
  url: httpUrl,
  meetingId: nonEmpty(),
  committee: z.object({ name: nonEmpty(), url: z.optional(httpUrl), id: z.optional(z.string()) }),
  /** The page's own heading, e.g. "Agenda, decisions and minutes". */
  heading: z.optional(z.string()),
  /** ISO 8601 with the Europe/London offset, e.g. 2026-01-15T19:30:00+00:00. */
  startsAt: z.optional(z.string()),
  /** The date and time exactly as the page printed it. */
  dateText: z.optional(z.string()),
  status: MeetingStatus,
  venue: z.optional(z.string()),
  agendaItems: z.array(AgendaItem),
  documents: z.array(CouncilDocument),
  attendanceUrl: z.optional(httpUrl),
});
export type Meeting = z.infer<typeof Meeting>;

export const ROLES = ['chair', 'viceChair', 'member', 'substitute', 'officer', 'guest', 'other'] as const;
export const AttendeeRole = z.enum(ROLES);
export type AttendeeRole = z.infer<typeof AttendeeRole>;

export const ATTENDANCES = ['present', 'apologies', 'absent', 'expected', 'inAttendance', 'unknown'] as const;
export const Attendance = z.enum(ATTENDANCES);
export type Attendance = z.infer<typeof Attendance>;

export const Attendee = z.object({
  name: nonEmpty(),
  role: AttendeeRole,
  /** The council's own wording, e.g. "Committee Member", "Reserve". */
  roleText: z.optional(z.string()),
  attendance: Attendance,
  /** The council's own wording, e.g. "Present as substitute". */
  attendanceText: z.optional(z.string()),
  party: z.optional(z.string()),
  ward: z.optional(z.string()),
  photoUrl: z.optional(httpUrl),
  profileUrl: z.optional(httpUrl),
});
export type Attendee = z.infer<typeof Attendee>;

export const AttendeeSource = z.enum(['attendancePage', 'webService']);
export type AttendeeSource = z.infer<typeof AttendeeSource>;

export const PageData = z.discriminatedUnion('kind', [Meeting]);
export type PageData = z.infer<typeof PageData>;
