import { z } from 'zod/mini';
import { ListedMeeting, nonEmpty, pageBase } from '../../model';

export const MeetingsList = z.lazy(() =>
  z.object({
    ...pageBase,
    kind: z.enum(['meetingsList', 'calendar']),
    title: nonEmpty(),
    meetings: z.array(ListedMeeting),
  }),
);
export type MeetingsList = z.infer<typeof MeetingsList>;
