import { z } from 'zod/mini';
import { httpUrl, nonEmpty, pageBase } from '../../model';

export const Appointment = z.lazy(() => z.object({ title: nonEmpty(), role: z.optional(z.string()), url: z.optional(httpUrl) }));
export type Appointment = z.infer<typeof Appointment>;

export const Contact = z.lazy(() => z.object({ kind: z.enum(['email', 'phone', 'web', 'address', 'social']), value: nonEmpty(), url: z.optional(httpUrl) }));
export type Contact = z.infer<typeof Contact>;

export const Councillor = z.lazy(() =>
  z.object({
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
  }),
);
export type Councillor = z.infer<typeof Councillor>;
