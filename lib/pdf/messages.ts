import { z } from 'zod/mini';
import { SAY_KINDS } from '../page/have-your-say';
import { DisplaySummarySchema } from '../display/model';
import { FailureSchema } from '../protocol/failure';
import { SIGNAL_NAMES } from './summarise/contentiousness';

/**
 * What the sidebar and the PDF page get back from "summarise this PDF": the display model
 * (already citing pages), the document's agenda items and the contentiousness estimate.
 */
export const PdfSummaryAnswer = z.lazy(() =>
  z.union([
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
      /** Deadlines the documents state for the public, for computing this meeting's. */
      sayRules: z.optional(
        z
          .array(
            z.object({
              url: z.string().check(z.maxLength(2048), z.regex(/^https?:\/\//i)),
              kinds: z.array(z.enum(SAY_KINDS)).check(z.minLength(1), z.maxLength(4)),
              hour: z.number().check(z.int(), z.minimum(0), z.maximum(23)),
              minute: z.number().check(z.int(), z.minimum(0), z.maximum(59)),
              offset: z.union([
                z.object({ unit: z.enum(['workingDays', 'days']), count: z.number().check(z.int(), z.minimum(0), z.maximum(30)), clear: z.boolean() }),
                z.object({ unit: z.literal('weekday'), weekday: z.number().check(z.int(), z.minimum(0), z.maximum(6)) }),
              ]),
              text: z.string().check(z.maxLength(600)),
              page: z.optional(z.number()),
            }),
          )
          .check(z.maxLength(20)),
      ),
      /** The declarations of interest the documents record, for marking attendees. */
      declarations: z.optional(
        z
          .array(
            z.object({
              who: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(40)),
              item: z.optional(z.string().check(z.maxLength(16))),
              kind: z.optional(z.string().check(z.maxLength(60))),
              text: z.string().check(z.maxLength(2000)),
              page: z.number(),
            }),
          )
          .check(z.maxLength(100)),
      ),
    }),
    FailureSchema,
  ]),
);
export type PdfSummaryAnswer = z.infer<typeof PdfSummaryAnswer>;

export const PdfProgress = z.lazy(() =>
  z.object({
    jobId: z.string(),
    /** For a whole meeting: which of its documents is being read. */
    document: z.optional(z.number()),
    documents: z.optional(z.number()),
    stage: z.enum(['download', 'pages', 'summarising']),
    received: z.optional(z.number()),
    total: z.optional(z.number()),
    page: z.optional(z.number()),
    of: z.optional(z.number()),
  }),
);
export type PdfProgress = z.infer<typeof PdfProgress>;

export const SummarisePdfRequest = z.lazy(() =>
  z.object({
    url: z.string().check(z.maxLength(2048), z.regex(/^https?:\/\//i)),
    jobId: z.string().check(z.maxLength(64)),
    /** The council's web service marks it restricted. A page can only add this protection, never lift it. */
    restricted: z.optional(z.boolean()),
    /** On a decision page: the decision it states, to set the document's recommendations beside. */
    decided: z.optional(z.string().check(z.maxLength(20_000))),
  }),
);
export type SummarisePdfRequest = z.infer<typeof SummarisePdfRequest>;

export const SummariseMeetingRequest = z.lazy(() =>
  z.object({
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
    items: z
      .array(
        z.object({
          number: z.optional(z.string().check(z.maxLength(16))),
          title: z.string().check(z.maxLength(500)),
          /** What the meeting page publishes as resolved under the item (its decision, or its minutes from "RESOLVED"). */
          resolved: z.optional(z.string().check(z.maxLength(20_000))),
          /** The item's anchor on the meeting page, for citing the resolution there. */
          anchor: z.optional(z.string().check(z.maxLength(100), z.regex(/^[\w-]+$/))),
        }),
      )
      .check(z.maxLength(200)),
  }),
);
export type SummariseMeetingRequest = z.infer<typeof SummariseMeetingRequest>;

const address = () => z.string().check(z.maxLength(2048), z.regex(/^https?:\/\//i));

/** The questions Council Lens offers from the documents themselves, each shown only when the documents answer it. */
export const DOCUMENT_QUESTIONS = ['decided', 'money', 'affected', 'when'] as const;
export type DocumentQuestion = (typeof DOCUMENT_QUESTIONS)[number];

export const AskDocuments = z.lazy(() =>
  z.array(z.object({ url: address(), title: z.string().check(z.maxLength(500)) })).check(z.minLength(1), z.maxLength(12)),
);

export const AskRequest = z.lazy(() =>
  z.object({
    jobId: z.string().check(z.maxLength(64)),
    /** As the person typed it (or the suggestion's words, in their language). */
    question: z.string().check(z.minLength(1), z.maxLength(300)),
    /** A suggested question's own search terms, so that it searches the same in English and Welsh. */
    query: z.optional(z.string().check(z.maxLength(300))),
    documents: AskDocuments,
    /** Documents the council's web service marks restricted: a page can only add this protection, never lift it. */
    restricted: z.optional(z.array(address()).check(z.maxLength(12))),
  }),
);
export type AskRequest = z.infer<typeof AskRequest>;

export const QuotedPassageSchema = z.lazy(() =>
  z.object({
    n: z.int().check(z.minimum(1), z.maximum(20)),
    text: z.string().check(z.maxLength(2000)),
    url: address(),
    title: z.string().check(z.maxLength(500)),
    page: z.int().check(z.minimum(1), z.maximum(10_000)),
    kind: z.enum(['text', 'recommendation', 'decision']),
    score: z.number(),
    restricted: z.boolean(),
    marks: z.array(z.tuple([z.int(), z.int()])).check(z.maxLength(200)),
  }),
);

/** A model's answer that passed the check: each sentence with the passages it cites. */
export const CheckedAiAnswer = z.lazy(() =>
  z.object({
    generatedBy: z.string().check(z.maxLength(200)),
    sentences: z.array(z.object({ text: z.string().check(z.maxLength(2000)), cites: z.array(z.int()).check(z.maxLength(10)) })).check(z.maxLength(40)),
  }),
);
export type CheckedAiAnswer = z.infer<typeof CheckedAiAnswer>;

export const AskAnswer = z.lazy(() =>
  z.union([
    z.object({
      ok: z.literal(true),
      question: z.string(),
      answered: z.boolean(),
      passages: z.array(QuotedPassageSchema).check(z.maxLength(5)),
      searched: z.array(z.object({ title: z.string(), url: address(), pages: z.number() })).check(z.maxLength(12)),
      /** Documents that could not be read, and why: the answer says it did not search them. */
      unread: z.array(z.object({ title: z.string(), url: address(), failure: FailureSchema })).check(z.maxLength(12)),
      ai: z.optional(CheckedAiAnswer),
      /** Why the chosen AI tier's answer is not shown (the quoted passages stand instead). */
      note: z.optional(FailureSchema),
    }),
    FailureSchema,
  ]),
);
export type AskAnswer = z.infer<typeof AskAnswer>;

export const AskSuggestion = z.lazy(() =>
  z.object({
    id: z.enum(DOCUMENT_QUESTIONS),
    query: z.string().check(z.maxLength(300)),
    figure: z.optional(z.string().check(z.maxLength(40))),
  }),
);
export type AskSuggestion = z.infer<typeof AskSuggestion>;
export const AskSuggestions = z.lazy(() => z.object({ questions: z.array(AskSuggestion).check(z.maxLength(4)) }));
export type AskSuggestions = z.infer<typeof AskSuggestions>;

/** A model's answer as it streams in, to the tab that asked. */
export const AskStream = z.lazy(() => z.object({ jobId: z.string().check(z.maxLength(64)), text: z.string().check(z.maxLength(20_000)) }));
export type AskStream = z.infer<typeof AskStream>;
