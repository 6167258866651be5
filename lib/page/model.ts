import { z } from 'zod/mini';

/**
 * The one data model shared by extractors, the background and the sidebar.
 * Everything read from a council page passes through these schemas before it
 * reaches the UI, because page markup is untrusted input. `zod/mini` keeps the content
 * script, which runs on every council page, small.
 */

export const nonEmpty = () => z.string().check(z.minLength(1));

export const httpUrl = z.string().check(z.regex(/^https?:\/\/[^\s]+$/i, 'must be an absolute http(s) URL'));

export const DOCUMENT_KINDS = ['agendaFrontsheet', 'reportsPack', 'supplementaryPack', 'minutes', 'decisions', 'itemReport', 'other'] as const;
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

export const RecordedVoteRow = z.object({
  title: nonEmpty(),
  type: z.optional(z.string()),
  result: z.optional(z.string()),
});
export type RecordedVoteRow = z.infer<typeof RecordedVoteRow>;

export const AgendaItem = z.object({
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
});
export type AgendaItem = z.infer<typeof AgendaItem>;

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
  /** Interests this person declared at the meeting (from its minutes or the council's web service), with the item each concerns. */
  interests: z.optional(z.array(z.object({ item: z.optional(z.string()), text: z.string() }))),
});
export type Attendee = z.infer<typeof Attendee>;

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
  /** Attendance printed on the meeting page itself (CMIS does; ModernGov keeps it on its own page). */
  pageAttendees: z.optional(z.array(Attendee)),
});
export type Meeting = z.infer<typeof Meeting>;

export const AttendeeSource = z.enum(['attendancePage', 'webService', 'summaryService']);
export type AttendeeSource = z.infer<typeof AttendeeSource>;

const platform = z.enum(['moderngov', 'cmis']);
const pageBase = { platform, url: httpUrl };

export const Link = z.object({ title: nonEmpty(), url: httpUrl });
export type Link = z.infer<typeof Link>;

/** "YYYY-MM-DD" */
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const AttendancePage = z.object({
  ...pageBase,
  kind: z.literal('attendance'),
  meetingId: nonEmpty(),
  title: z.optional(z.string()),
  meetingUrl: z.optional(httpUrl),
  attendees: z.array(Attendee),
});
export type AttendancePage = z.infer<typeof AttendancePage>;

export const AgendaItemPage = z.object({
  ...pageBase,
  kind: z.literal('agendaItem'),
  itemId: nonEmpty(),
  title: nonEmpty(),
  number: z.optional(z.string()),
  meeting: z.optional(Link),
  summary: z.optional(z.string()),
  minutes: z.optional(z.string()),
  decision: z.optional(z.string()),
  documents: z.array(CouncilDocument),
});
export type AgendaItemPage = z.infer<typeof AgendaItemPage>;

export const Decision = z.object({
  ...pageBase,
  kind: z.literal('decision'),
  decisionId: z.optional(z.string()),
  title: nonEmpty(),
  decisionMaker: z.optional(z.string()),
  status: z.optional(z.string()),
  isKeyDecision: z.optional(z.boolean()),
  isSubjectToCallIn: z.optional(z.boolean()),
  /** Only when the page states it; otherwise the call-in clock computes one and says so. */
  callInDeadline: z.optional(isoDate),
  publishedOn: z.optional(isoDate),
  decidedOn: z.optional(isoDate),
  decidedAt: z.optional(Link),
  purpose: z.optional(z.string()),
  decision: z.optional(z.string()),
  reasons: z.optional(z.string()),
  alternatives: z.optional(z.string()),
  wardsAffected: z.optional(z.array(nonEmpty())),
  documents: z.array(CouncilDocument),
  issueHistoryUrl: z.optional(httpUrl),
});
export type Decision = z.infer<typeof Decision>;

export const IssueEvent = z.object({ title: nonEmpty(), date: z.optional(isoDate), url: z.optional(httpUrl) });
export type IssueEvent = z.infer<typeof IssueEvent>;
export const IssueHistory = z.object({
  ...pageBase,
  kind: z.literal('issueHistory'),
  issueId: nonEmpty(),
  title: nonEmpty(),
  summary: z.optional(z.string()),
  events: z.array(IssueEvent),
  documents: z.array(CouncilDocument),
});
export type IssueHistory = z.infer<typeof IssueHistory>;

export const CommitteeMember = z.object({
  name: nonEmpty(),
  role: AttendeeRole,
  roleText: z.optional(z.string()),
  party: z.optional(z.string()),
  ward: z.optional(z.string()),
  photoUrl: z.optional(httpUrl),
  profileUrl: z.optional(httpUrl),
});
export type CommitteeMember = z.infer<typeof CommitteeMember>;

export const ListedMeeting = z.object({
  title: nonEmpty(),
  url: httpUrl,
  startsAt: z.optional(z.string()),
  status: z.optional(MeetingStatus),
  note: z.optional(z.string()),
});
export type ListedMeeting = z.infer<typeof ListedMeeting>;

export const Committee = z.object({
  ...pageBase,
  kind: z.literal('committee'),
  committeeId: z.optional(z.string()),
  /** What the page says about the public's part (questions, statements, petitions, speaking), where it has a section for it. */
  participation: z.optional(z.string().check(z.maxLength(5_000))),
  name: nonEmpty(),
  purpose: z.optional(z.string()),
  members: z.array(CommitteeMember),
  meetingsUrl: z.optional(httpUrl),
  /** The committee's meetings where its own page lists them (CMIS: the committee page is its index of meetings). */
  meetings: z.optional(z.array(ListedMeeting).check(z.maxLength(200))),
});
export type Committee = z.infer<typeof Committee>;

export const MeetingsList = z.object({
  ...pageBase,
  kind: z.enum(['meetingsList', 'calendar']),
  title: nonEmpty(),
  meetings: z.array(ListedMeeting),
});
export type MeetingsList = z.infer<typeof MeetingsList>;

export const Appointment = z.object({ title: nonEmpty(), role: z.optional(z.string()), url: z.optional(httpUrl) });
export type Appointment = z.infer<typeof Appointment>;
export const Contact = z.object({ kind: z.enum(['email', 'phone', 'web', 'address', 'social']), value: nonEmpty(), url: z.optional(httpUrl) });
export type Contact = z.infer<typeof Contact>;

export const Councillor = z.object({
  ...pageBase,
  kind: z.literal('councillor'),
  councillorId: z.optional(z.string()),
  name: nonEmpty(),
  party: z.optional(z.string()),
  ward: z.optional(z.string()),
  photoUrl: z.optional(httpUrl),
  roles: z.array(nonEmpty()),
  appointments: z.array(Appointment),
  contacts: z.array(Contact),
});
export type Councillor = z.infer<typeof Councillor>;

export const ListedCouncillor = z.object({
  name: nonEmpty(),
  url: z.optional(httpUrl),
  party: z.optional(z.string()),
  ward: z.optional(z.string()),
  photoUrl: z.optional(httpUrl),
});
export type ListedCouncillor = z.infer<typeof ListedCouncillor>;
export const CouncillorList = z.object({
  ...pageBase,
  kind: z.literal('councillorList'),
  title: nonEmpty(),
  councillors: z.array(ListedCouncillor),
});
export type CouncillorList = z.infer<typeof CouncillorList>;

export const ListedDecision = z.object({
  title: nonEmpty(),
  url: httpUrl,
  date: z.optional(isoDate),
  note: z.optional(z.string()),
});
export type ListedDecision = z.infer<typeof ListedDecision>;

export const DecisionsList = z.object({
  ...pageBase,
  kind: z.enum(['decisionsList', 'forwardPlan']),
  title: nonEmpty(),
  decisions: z.array(ListedDecision),
});
export type DecisionsList = z.infer<typeof DecisionsList>;

export const PageData = z.discriminatedUnion('kind', [
  Meeting,
  AttendancePage,
  AgendaItemPage,
  Decision,
  IssueHistory,
  Committee,
  MeetingsList,
  Councillor,
  CouncillorList,
  DecisionsList,
]);
export type PageData = z.infer<typeof PageData>;
