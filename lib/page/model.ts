import { z } from 'zod/mini';

/**
 * The parts of the one data model shared by extractors, the background and the sidebar: each
 * page kind's own model is in its folder (lib/page/kinds/), built from these, and the page model
 * is their union (lib/page/kinds/index.ts). Everything read from a council page passes through
 * these schemas before it reaches the UI, because page markup is untrusted input. `zod/mini` keeps the content
 * script, which runs on every council page, small.
 *
 * Every schema made of others is written `z.lazy(() => …)`, here and in every model and message map: zod builds a
 * schema's whole tree when it is made, and the sidebar's script, run afresh in each council page it goes into, made
 * all of them (some 400 builders: every page kind's, every message's, the service's) before its first render, about
 * half of that script's work (a sampling profile of the Kingston meeting page, session 17). Lazily, a page builds only
 * the schemas it uses, when it first uses them (README, "Bench", has what it did to (a)). lib/shared/salvage.ts looks
 * through `z.lazy`.
 */

export const nonEmpty = () => z.string().check(z.minLength(1));

export const httpUrl = z.string().check(z.regex(/^https?:\/\/[^\s]+$/i, 'must be an absolute http(s) URL'));

export const DOCUMENT_KINDS = ['agendaFrontsheet', 'reportsPack', 'supplementaryPack', 'minutes', 'decisions', 'itemReport', 'other'] as const;
export const DocumentKind = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const CouncilDocument = z.lazy(() =>
  z.object({
    title: nonEmpty(),
    url: httpUrl,
    kind: DocumentKind,
    /** As the page shows it, e.g. "PDF 198 KB". */
    size: z.optional(z.string()),
  }),
);
export type CouncilDocument = z.infer<typeof CouncilDocument>;

export const RecordedVoteRow = z.lazy(() =>
  z.object({
    title: nonEmpty(),
    type: z.optional(z.string()),
    result: z.optional(z.string()),
  }),
);
export type RecordedVoteRow = z.infer<typeof RecordedVoteRow>;

export const AgendaItem = z.lazy(() =>
  z.object({
    number: z.optional(z.string()),
    title: nonEmpty(),
    /** The item's own report (the linked title), when it has one. */
    reportUrl: z.optional(httpUrl),
    documents: z.array(CouncilDocument),
    /** Anchor on the meeting page, so the sidebar can jump to the item. */
    anchor: z.optional(z.string()),
    restricted: z.optional(z.boolean()),
    /** The item's own text on the meeting page (what it is for; the public's part often states its rules and deadlines). */
    text: z.optional(z.string().check(z.maxLength(5_000))),
    /** The minutes, or the decision, the council published under the item on the meeting page (text). */
    minutes: z.optional(z.string().check(z.maxLength(20_000))),
    decision: z.optional(z.string().check(z.maxLength(20_000))),
    /** ModernGov's "Recorded Vote" table under the item: each motion voted on, its type and its result, as the council words them. */
    recordedVotes: z.optional(z.array(RecordedVoteRow).check(z.maxLength(50))),
    /** The council's page of how each councillor voted on the item (`mgListRecordedVotesShort.aspx`). */
    recordedVotesUrl: z.optional(httpUrl),
  }),
);
export type AgendaItem = z.infer<typeof AgendaItem>;

export const ROLES = ['chair', 'viceChair', 'member', 'substitute', 'officer', 'guest', 'other'] as const;
export const AttendeeRole = z.enum(ROLES);
export type AttendeeRole = z.infer<typeof AttendeeRole>;

export const ATTENDANCES = ['present', 'apologies', 'absent', 'expected', 'inAttendance', 'unknown'] as const;
export const Attendance = z.enum(ATTENDANCES);
export type Attendance = z.infer<typeof Attendance>;

export const Attendee = z.lazy(() =>
  z.object({
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
    /** Interests this person declared at the meeting (from its minutes or the council's web service), with the item each concerns. */
    interests: z.optional(z.array(z.object({ item: z.optional(z.string()), text: z.string() }))),
  }),
);
export type Attendee = z.infer<typeof Attendee>;

export const MEETING_STATUSES = ['scheduled', 'cancelled', 'postponed', 'moved'] as const;
export const MeetingStatus = z.enum(MEETING_STATUSES);
export type MeetingStatus = z.infer<typeof MeetingStatus>;

export const AttendeeSource = z.enum(['attendancePage', 'webService', 'summaryService']);
export type AttendeeSource = z.infer<typeof AttendeeSource>;

const platform = z.enum(['moderngov', 'cmis']);
/** The fields every page's model starts with. */
export const pageBase = { platform, url: httpUrl };

export const Link = z.lazy(() => z.object({ title: nonEmpty(), url: httpUrl }));
export type Link = z.infer<typeof Link>;

/** "YYYY-MM-DD" */
export const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const ListedMeeting = z.lazy(() =>
  z.object({
    title: nonEmpty(),
    url: httpUrl,
    startsAt: z.optional(z.string()),
    status: z.optional(MeetingStatus),
    note: z.optional(z.string()),
  }),
);
export type ListedMeeting = z.infer<typeof ListedMeeting>;
