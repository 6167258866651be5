import { z } from 'zod/mini';
import { CouncilDocument, httpUrl, isoDate, Link, nonEmpty, pageBase } from '../../model';

export const Decision = z.lazy(() =>
  z.object({
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
  }),
);
export type Decision = z.infer<typeof Decision>;
