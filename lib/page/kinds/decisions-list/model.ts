import { z } from 'zod/mini';
import { httpUrl, isoDate, nonEmpty, pageBase } from '../../model';

export const ListedDecision = z.lazy(() =>
  z.object({
    title: nonEmpty(),
    url: httpUrl,
    date: z.optional(isoDate),
    note: z.optional(z.string()),
  }),
);
export type ListedDecision = z.infer<typeof ListedDecision>;

export const DecisionsList = z.lazy(() =>
  z.object({
    ...pageBase,
    kind: z.enum(['decisionsList', 'forwardPlan']),
    title: nonEmpty(),
    decisions: z.array(ListedDecision),
  }),
);
export type DecisionsList = z.infer<typeof DecisionsList>;
