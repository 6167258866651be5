import { z } from 'zod/mini';
import { httpUrl, nonEmpty, pageBase } from '../../model';

export const ListedCouncillor = z.lazy(() =>
  z.object({
    name: nonEmpty(),
    url: z.optional(httpUrl),
    party: z.optional(z.string()),
    ward: z.optional(z.string()),
    photoUrl: z.optional(httpUrl),
  }),
);
export type ListedCouncillor = z.infer<typeof ListedCouncillor>;

export const CouncillorList = z.lazy(() =>
  z.object({
    ...pageBase,
    kind: z.literal('councillorList'),
    title: nonEmpty(),
    councillors: z.array(ListedCouncillor),
  }),
);
export type CouncillorList = z.infer<typeof CouncillorList>;
