import { z } from 'zod/mini';
import { CouncilDocument, httpUrl, isoDate, nonEmpty, pageBase } from '../../model';

export const IssueEvent = z.lazy(() => z.object({ title: nonEmpty(), date: z.optional(isoDate), url: z.optional(httpUrl) }));
export type IssueEvent = z.infer<typeof IssueEvent>;

export const IssueHistory = z.lazy(() =>
  z.object({
    ...pageBase,
    kind: z.literal('issueHistory'),
    issueId: nonEmpty(),
    title: nonEmpty(),
    summary: z.optional(z.string()),
    events: z.array(IssueEvent),
    documents: z.array(CouncilDocument),
  }),
);
export type IssueHistory = z.infer<typeof IssueHistory>;
