import { z } from 'zod/mini';
import { AttendeeRole, httpUrl, ListedMeeting, nonEmpty, pageBase } from '../../model';

export const CommitteeMember = z.lazy(() =>
  z.object({
    name: nonEmpty(),
    role: AttendeeRole,
    roleText: z.optional(z.string()),
    party: z.optional(z.string()),
    ward: z.optional(z.string()),
    photoUrl: z.optional(httpUrl),
    profileUrl: z.optional(httpUrl),
  }),
);
export type CommitteeMember = z.infer<typeof CommitteeMember>;

export const Committee = z.lazy(() =>
  z.object({
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
  }),
);
export type Committee = z.infer<typeof Committee>;
