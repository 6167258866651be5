import { z } from 'zod/mini';
import { AgendaItem, Attendee, CouncilDocument, httpUrl, MeetingStatus, nonEmpty } from '../../model';

export const Meeting = z.lazy(() =>
  z.object({
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
  }),
);
export type Meeting = z.infer<typeof Meeting>;
