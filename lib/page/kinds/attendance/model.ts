import { z } from 'zod/mini';
import { Attendee, httpUrl, nonEmpty, pageBase } from '../../model';

export const AttendancePage = z.lazy(() =>
  z.object({
    ...pageBase,
    kind: z.literal('attendance'),
    meetingId: nonEmpty(),
    title: z.optional(z.string()),
    meetingUrl: z.optional(httpUrl),
    attendees: z.array(Attendee),
  }),
);
export type AttendancePage = z.infer<typeof AttendancePage>;
