import { z } from 'zod/mini';
import { DisplaySummarySchema } from '../display/model';
import { FailureSchema } from '../protocol/failure';
import { SIGNAL_NAMES } from './summarise/contentiousness';

/**
 * What the sidebar and the PDF page get back from "summarise this PDF": the display model
 * (already citing pages), the document's agenda items and the contentiousness estimate.
 */
export const PdfSummaryAnswer = z.union([
  z.object({
    ok: z.literal(true),
    url: z.string(),
    documentType: z.string(),
    pages: z.number(),
    items: z.array(z.object({ number: z.string(), title: z.string(), pageStart: z.optional(z.number()), pageEnd: z.optional(z.number()) })),
    display: DisplaySummarySchema,
    /** Why the chosen AI tier's summary is not shown (the on-device one stands instead). */
    note: z.optional(FailureSchema),
    contentiousness: z.object({
      score: z.number(),
      signals: z.array(z.object({ name: z.enum(SIGNAL_NAMES), weight: z.number(), evidence: z.object({ text: z.string(), page: z.number() }) })),
    }),
    fromCache: z.boolean(),
  }),
  FailureSchema,
]);
export type PdfSummaryAnswer = z.infer<typeof PdfSummaryAnswer>;

export const PdfProgress = z.object({
  jobId: z.string(),
  /** For a whole meeting: which of its documents is being read. */
  document: z.optional(z.number()),
  documents: z.optional(z.number()),
  stage: z.enum(['download', 'pages', 'summarising']),
  received: z.optional(z.number()),
  total: z.optional(z.number()),
  page: z.optional(z.number()),
  of: z.optional(z.number()),
});
export type PdfProgress = z.infer<typeof PdfProgress>;

export const SummarisePdfRequest = z.object({
  url: z.string().check(z.maxLength(2048), z.regex(/^https?:\/\//i)),
  jobId: z.string().check(z.maxLength(64)),
  /** The council's web service marks it restricted. A page can only add this protection, never lift it. */
  restricted: z.optional(z.boolean()),
});
export type SummarisePdfRequest = z.infer<typeof SummarisePdfRequest>;

export const SummariseMeetingRequest = z.object({
  jobId: z.string().check(z.maxLength(64)),
  documents: z
    .array(
      z.object({
        url: z.string().check(z.maxLength(2048), z.regex(/^https?:\/\//i)),
        title: z.string().check(z.maxLength(500)),
        itemNumber: z.optional(z.string().check(z.maxLength(16))),
      }),
    )
    .check(z.maxLength(12)),
  items: z.array(z.object({ number: z.optional(z.string().check(z.maxLength(16))), title: z.string().check(z.maxLength(500)) })).check(z.maxLength(200)),
});
export type SummariseMeetingRequest = z.infer<typeof SummariseMeetingRequest>;
