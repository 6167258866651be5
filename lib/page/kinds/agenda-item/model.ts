import { z } from 'zod/mini';
import { CouncilDocument, Link, nonEmpty, pageBase } from '../../model';

export const AgendaItemPage = z.lazy(() =>
  z.object({
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
  }),
);
export type AgendaItemPage = z.infer<typeof AgendaItemPage>;
