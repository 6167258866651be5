import { z } from 'zod/mini';
import { type DisplaySummary, DisplaySummarySchema } from '../../display/model';
import { summaryFromMarkdown } from '../../display/from-markdown';
import { FailureSchema } from '../../protocol/failure';
import { Analysis, CouncilRef, type PageLookup, ServiceAttendee, ServiceDocument } from './contract';

/**
 * What the sidebar gets from the summary service: the service's answer with its markdown
 * already converted (in the background) to the display model. The content script validates
 * this again on arrival, as it does every message.
 */
export const ServiceMeetingView = z.lazy(() =>
  z.object({
    kind: z.literal('meeting'),
    council: CouncilRef,
    title: z.string(),
    councilUrl: z.string(),
    startsAt: z.string(),
    summary: z.optional(DisplaySummarySchema),
    limitedNotice: z.optional(z.string()),
    suggestedQuestions: z.array(z.string()),
    topics: z.array(z.string()),
    attendees: z.array(ServiceAttendee),
    documents: z.array(ServiceDocument),
  }),
);
export type ServiceMeetingView = z.infer<typeof ServiceMeetingView>;

export const ServiceDecisionView = z.lazy(() =>
  z.object({
    kind: z.literal('decision'),
    council: CouncilRef,
    title: z.string(),
    councilUrl: z.string(),
    decisionMaker: z.string(),
    outcome: z.string(),
    isKeyDecision: z.boolean(),
    isCallableIn: z.boolean(),
    decidedOn: z.string(),
    analysis: z.optional(Analysis),
  }),
);
export type ServiceDecisionView = z.infer<typeof ServiceDecisionView>;

export const ServiceView = z.lazy(() => z.discriminatedUnion('kind', [ServiceMeetingView, ServiceDecisionView]));
export type ServiceView = z.infer<typeof ServiceView>;

/**
 * The answer to "what does the service say about this page?": what it says, or a question for
 * the person first, or why it says nothing (a failure like any other: not set up, declined,
 * not covered, unreachable…).
 */
export const ServiceAnswer = z.lazy(() =>
  z.union([
    z.object({
      ok: z.literal(true),
      status: z.literal('ready'),
      view: ServiceView,
      /** When the answer was fetched from the service (ms since epoch). */
      fetchedAt: z.number(),
      /** The service could not be reached, so this is the last copy Council Lens kept. */
      offline: z.boolean(),
      /** How many bad fields or entries of the service's answer were left out; the rest is shown. */
      omitted: z.optional(z.number()),
    }),
    /** Nothing has been sent yet: the person is asked once, with exactly what would be sent. */
    z.object({ ok: z.literal(true), status: z.literal('needsConsent'), serviceOrigin: z.string(), sends: z.string() }),
    FailureSchema,
  ]),
);
export type ServiceAnswer = z.infer<typeof ServiceAnswer>;

export function toServiceView(lookup: PageLookup): ServiceView {
  if (lookup.kind === 'decision') {
    const { decision } = lookup;
    return {
      kind: 'decision',
      council: decision.council,
      title: decision.title,
      councilUrl: decision.councilUrl,
      decisionMaker: decision.decisionMaker,
      outcome: decision.outcome,
      isKeyDecision: decision.isKeyDecision,
      isCallableIn: decision.isCallableIn,
      decidedOn: decision.decidedOn,
      ...(decision.analysis ? { analysis: decision.analysis } : {}),
    };
  }
  const { meeting } = lookup;
  const summary: DisplaySummary | undefined = meeting.summary
    ? summaryFromMarkdown(meeting.summary, { producedBy: 'service', generatedBy: meeting.summary.generatedBy, generatedAt: meeting.summary.updatedAt })
    : undefined;
  return {
    kind: 'meeting',
    council: meeting.council,
    title: meeting.title,
    councilUrl: meeting.councilUrl,
    startsAt: meeting.startsAt,
    ...(summary ? { summary } : {}),
    ...(meeting.limitedNotice ? { limitedNotice: meeting.limitedNotice } : {}),
    suggestedQuestions: meeting.suggestedQuestions,
    topics: meeting.topics,
    attendees: meeting.attendees,
    documents: meeting.documents,
  };
}

/** The service's view of the page, when it has one. */
export function readyView(answer: ServiceAnswer | { ok: true; status: 'loading' }): ServiceView | undefined {
  return answer.ok && answer.status === 'ready' ? answer.view : undefined;
}
