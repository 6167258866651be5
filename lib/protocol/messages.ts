import { type output, z, type ZodMiniType } from 'zod/mini';
import { AiPoints } from '../background/ai/tiers';
import { PageSettings } from './page-settings';
import type { JobResult, PdfJobRequest } from '../pdf/job';
import {
  AskAnswer,
  AskDocuments,
  AskRequest,
  AskStream,
  AskSuggestions,
  PdfProgress,
  PdfSummaryAnswer,
  SummariseMeetingRequest,
  SummarisePdfRequest,
} from '../pdf/messages';
import { failure, type FailureCode, FailureSchema, type Result } from './failure';
import { ServiceAnswer } from '../background/service/view';
import type { SenderKind } from './senders';
import type { WebServiceReader } from '../background/follow/checker';
import { CouncilStatus, DEFAULT_FOLLOW_SETTINGS, Follow, FOLLOW_KINDS, FollowSettings, NewsItem } from '../background/follow/model';

/**
 * Every message between Council Lens's contexts, in one place, in maps named by direction.
 * Each has a request schema (checked by the receiver before it acts: messages are untrusted
 * input like any other), a reply schema (checked by the sender), the kinds of sender that may
 * send it, and the reply that stands for a refusal. lib/protocol/channel.ts carries them.
 */

/** One message, its types taken from its schemas (the refusal must be a reply of the same shape). */
const message = <Request extends ZodMiniType, Reply extends ZodMiniType>(definition: {
  request: Request;
  reply: Reply;
  from: readonly SenderKind[];
  refuse(code: FailureCode): output<Reply>;
}) => definition;
const NoData = z.optional(z.undefined());
const Nothing = z.optional(z.undefined());
const nothing = () => undefined;
const httpAddress = () => z.string().check(z.maxLength(2048), z.regex(/^https?:\/\//i));

/**
 * `listPage`: a meetings list, calendar or decisions register the detectors recognise, or a CMIS committee's page, read for
 * a follow; `meetingPage`: a meeting's page, read for what it has published; `decisionPage`: who took a decision.
 */
export const PORTAL_PURPOSES = ['attendance', 'webService', 'listPage', 'meetingPage', 'decisionPage'] as const;
export type PortalPurpose = (typeof PORTAL_PURPOSES)[number];

export const FetchPortalTextRequest = z.lazy(() => z.object({ url: httpAddress(), purpose: z.enum(PORTAL_PURPOSES) }));
export type FetchPortalTextRequest = z.infer<typeof FetchPortalTextRequest>;
export type FetchPortalTextResponse = Result<{ text: string; contentType: string; fetchedAt: number; fromCache: boolean }>;
export const FetchPortalTextResponse = z.lazy(() =>
  z.union([z.object({ ok: z.literal(true), text: z.string(), contentType: z.string(), fetchedAt: z.number(), fromCache: z.boolean() }), FailureSchema]),
);

export const LookupCouncilRequest = z.lazy(() => z.object({ host: z.string().check(z.maxLength(253)) }));
export type LookupCouncilRequest = z.infer<typeof LookupCouncilRequest>;
export const LookupCouncilResponse = z.lazy(() => z.object({ name: z.optional(z.string()), platform: z.optional(z.enum(['moderngov', 'cmis'])) }));
export type LookupCouncilResponse = z.infer<typeof LookupCouncilResponse>;

export const LookupServiceRequest = z.lazy(() => z.object({ pageUrl: z.string().check(z.maxLength(2048)) }));
export const TestServiceRequest = z.lazy(() => z.object({ serviceUrl: z.string().check(z.maxLength(2048)), serviceKey: z.string().check(z.maxLength(512)) }));
export type TestServiceRequest = z.infer<typeof TestServiceRequest>;
/** The service answered (and, when a key was given, accepted it), or why not. */
export const TestServiceReply = z.lazy(() => z.union([z.object({ ok: z.literal(true), keyAccepted: z.boolean() }), FailureSchema]));
export type TestServiceReply = z.infer<typeof TestServiceReply>;

export const PageStatus = z.lazy(() =>
  z.object({
    /** e.g. "Decision" */
    kindLabel: z.string(),
    title: z.string(),
    councilName: z.optional(z.string()),
    readable: z.boolean(),
    sidebarOpen: z.boolean(),
    /** Where the page's summary stands, in words. */
    summary: z.optional(z.string()),
  }),
);
export type PageStatus = z.infer<typeof PageStatus>;
/** No page status: the tab has no sidebar (a page Council Lens does not read), or it did not answer. */
const noStatus = (): PageStatus | undefined => undefined;

export const MeetingOfPageAnswer = z.lazy(() => z.object({ meetingUrl: z.optional(httpAddress()) }));
export type MeetingOfPageAnswer = z.infer<typeof MeetingOfPageAnswer>;

const ANY_PAGE_OF_OURS: readonly SenderKind[] = ['councilPage', 'pdfPage', 'extensionPage'];

const glossaryWords = z.lazy(() => z.object({ term: z.string().check(z.maxLength(200)), definition: z.string().check(z.maxLength(1000)) }));
const GlossaryEntrySchema = z.lazy(() =>
  z.object({
    id: z.string().check(z.maxLength(60)),
    forms: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(20)),
    acronyms: z.optional(z.array(z.string().check(z.maxLength(20))).check(z.maxLength(10))),
    en: glossaryWords,
    cy: glossaryWords,
  }),
);

/** What a council page may follow: something on its own site (the background adds the site and the council's name). */
export const FollowTarget = z.lazy(() =>
  z.object({
    kind: z.enum(FOLLOW_KINDS),
    label: z.string().check(z.minLength(1), z.maxLength(200)),
    committeeId: z.optional(z.string().check(z.regex(/^\d{1,9}$/))),
    /** A councillor's roles, as their page lists them. */
    roles: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(10))),
    /** A councillor's committees, as their page lists them (on CMIS, with each committee's page). */
    committees: z.optional(
      z
        .array(
          z.object({ id: z.string().check(z.regex(/^\d{1,9}$/)), title: z.string().check(z.minLength(1), z.maxLength(200)), url: z.optional(httpAddress()) }),
        )
        .check(z.maxLength(10)),
    ),
    /** A CMIS committee's page, as its meeting page links to it (the background accepts only the sender's own site's committee page). */
    url: z.optional(httpAddress()),
    /** A ward's councillors, as the page names them. */
    councillors: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(120))).check(z.maxLength(12))),
  }),
);
export type FollowTarget = z.infer<typeof FollowTarget>;
const Following = z.lazy(() => z.object({ following: z.boolean() }));
export const FollowOverview = z.lazy(() =>
  z.object({
    follows: z.array(Follow),
    news: z.array(NewsItem),
    statuses: z.array(CouncilStatus),
    settings: FollowSettings,
    unread: z.number(),
  }),
);
export type FollowOverview = z.infer<typeof FollowOverview>;
const emptyOverview = (): FollowOverview => ({ follows: [], news: [], statuses: [], settings: DEFAULT_FOLLOW_SETTINGS, unread: 0 });

/** The sidebar and extension pages → the background (the loader has a map of its own, lib/protocol/loader.ts). */
export const toBackground = {
  /** What the summary service says about the sender's own page (stale-while-revalidate). */
  lookupService: message({
    request: LookupServiceRequest,
    reply: ServiceAnswer,
    from: ['councilPage'],
    refuse: failure,
  }),
  /** The person's answer, from a click in the sidebar, to "may Council Lens ask the summary service?". */
  answerServiceConsent: message({ request: z.lazy(() => z.object({ allow: z.boolean() })), reply: Nothing, from: ['councilPage'], refuse: nothing }),
  /** The non-secret settings for the sender's own site (never keys or addresses). */
  getPageSettings: message({ request: NoData, reply: z.lazy(() => z.optional(PageSettings)), from: ['councilPage'], refuse: nothing }),
  /** The person collapsed or reopened the sidebar on the sender's site. */
  setSidebarCollapsed: message({ request: z.lazy(() => z.object({ collapsed: z.boolean() })), reply: Nothing, from: ['councilPage'], refuse: nothing }),
  /** Same-origin text from the council portal the sender is on (or, from the PDF page, one Council Lens may read), fetched politely and cached. */
  fetchPortalText: message({ request: FetchPortalTextRequest, reply: FetchPortalTextResponse, from: ['councilPage', 'pdfPage'], refuse: failure }),
  /** Summarise a council PDF on this device; progress arrives as `pdfProgress` tab messages. */
  summarisePdf: message({ request: SummarisePdfRequest, reply: PdfSummaryAnswer, from: ['councilPage', 'pdfPage'], refuse: failure }),
  /** Summarise a meeting from its agenda and reports pack, combined per agenda item. */
  summariseMeeting: message({ request: SummariseMeetingRequest, reply: PdfSummaryAnswer, from: ['councilPage'], refuse: failure }),
  /** A question about documents of the sender's own council (or, from the PDF page, the one it shows), answered from them. */
  ask: message({ request: AskRequest, reply: AskAnswer, from: ['councilPage', 'pdfPage'], refuse: failure }),
  /** The questions that documents already read can answer, to offer as one click (nothing is fetched for them). */
  askSuggestions: message({
    request: z.lazy(() => z.object({ documents: AskDocuments })),
    reply: AskSuggestions,
    from: ['councilPage', 'pdfPage'],
    refuse: () => ({ questions: [] }),
  }),
  /** Stop a job the sender's tab started (a summary, or a question). */
  cancelPdf: message({
    request: z.lazy(() => z.object({ jobId: z.string().check(z.maxLength(64)) })),
    reply: Nothing,
    from: ['councilPage', 'pdfPage'],
    refuse: nothing,
  }),
  /** From the settings page: can the service at this address be reached, with this key? */
  testService: message({
    request: TestServiceRequest,
    reply: TestServiceReply,
    from: ['extensionPage'],
    refuse: failure,
  }),
  /** Whether the person follows this, on the sender's own council site. */
  followState: message({ request: FollowTarget, reply: Following, from: ['councilPage'], refuse: () => ({ following: false }) }),
  /** Follow or stop following it, from the sender's own council site. */
  setFollow: message({
    request: z.lazy(() => z.object({ target: FollowTarget, follow: z.boolean() })),
    reply: Following,
    from: ['councilPage'],
    refuse: () => ({ following: false }),
  }),
  /** The councillors followed on the sender's own council site (for the attendee list's Follow buttons). */
  /** The glossary's entries, once per open sidebar: its data stays out of the script injected into council pages. */
  glossary: message({
    request: NoData,
    reply: z.lazy(() => z.object({ entries: z.array(GlossaryEntrySchema).check(z.maxLength(500)) })),
    from: ['councilPage'],
    refuse: () => ({ entries: [] }),
  }),
  councillorsFollowed: message({
    request: NoData,
    reply: z.lazy(() => z.object({ names: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(500)) })),
    from: ['councilPage'],
    refuse: () => ({ names: [] }),
  }),
  /** A councillor's recorded votes in the minutes already read on this device for the sender's own council (nothing is fetched). */
  councillorVotes: message({
    request: z.lazy(() => z.object({ name: z.string().check(z.minLength(2), z.maxLength(200)) })),
    reply: z.lazy(() =>
      z.object({
        votes: z
          .array(
            z.object({
              url: z.string().check(z.maxLength(2048), z.regex(/^https?:\/\//i)),
              page: z.number(),
              item: z.optional(z.string().check(z.maxLength(16))),
              motion: z.optional(z.string().check(z.maxLength(200))),
              side: z.enum(['for', 'against', 'abstain']),
              outcome: z.enum(['carried', 'lost', 'unstated']),
              text: z.string().check(z.maxLength(600)),
            }),
          )
          .check(z.maxLength(100)),
      }),
    ),
    from: ['councilPage'],
    refuse: () => ({ votes: [] }),
  }),
  /** From the popup: the councillors for a postcode, from the council's own web service (only on a site Council Lens may read). */
  councillorsByPostcode: message({
    request: z.lazy(() => z.object({ site: z.string().check(z.maxLength(300)), postcode: z.string().check(z.maxLength(20)) })),
    reply: z.lazy(() =>
      z.union([
        z.object({
          ok: z.literal(true),
          postcode: z.string(),
          councillors: z
            .array(
              z.object({
                name: z.string().check(z.maxLength(200)),
                party: z.optional(z.string().check(z.maxLength(200))),
                ward: z.optional(z.string().check(z.maxLength(200))),
                photoUrl: z.optional(httpAddress()),
                profileUrl: z.optional(httpAddress()),
              }),
            )
            .check(z.maxLength(20)),
        }),
        FailureSchema,
      ]),
    ),
    from: ['extensionPage'],
    refuse: failure,
  }),
  /** Everything followed, what is new, and how each council's last check went (the popup and the settings page). */
  followOverview: message({ request: NoData, reply: FollowOverview, from: ['extensionPage'], refuse: emptyOverview }),
  /** From the popup or the settings page: a change to what is followed, or "Check now". */
  followAction: message({
    request: z.lazy(() =>
      z.union([
        z.object({ action: z.literal('markAllRead') }),
        z.object({ action: z.literal('checkNow') }),
        z.object({ action: z.literal('remove'), id: z.string().check(z.maxLength(400)) }),
        z.object({ action: z.literal('addWords'), site: z.string().check(z.maxLength(300)), words: z.string().check(z.minLength(2), z.maxLength(100)) }),
        /** A ward from the popup's postcode lookup, with its councillors as the council's own web service listed them. */
        z.object({
          action: z.literal('addWard'),
          site: z.string().check(z.maxLength(300)),
          ward: z.string().check(z.minLength(1), z.maxLength(200)),
          councillors: z.array(z.string().check(z.minLength(1), z.maxLength(120))).check(z.maxLength(12)),
        }),
        z.object({ action: z.literal('import'), json: z.string().check(z.maxLength(500_000)) }),
        z.object({ action: z.literal('settings'), settings: FollowSettings }),
      ]),
    ),
    reply: FollowOverview,
    from: ['extensionPage'],
    refuse: emptyOverview,
  }),
  /** The council's name for a portal host, from the shipped registry. */
  lookupCouncil: message({ request: LookupCouncilRequest, reply: LookupCouncilResponse, from: ANY_PAGE_OF_OURS, refuse: () => ({}) }),
} as const;

/** The background or the popup → the sidebar (or the PDF page) in a tab. */
export const toTab = {
  getPageStatus: message({ request: NoData, reply: z.lazy(() => z.optional(PageStatus)), from: ['background', 'extensionPage'], refuse: noStatus }),
  setSidebarOpen: message({
    request: z.lazy(() => z.object({ open: z.boolean() })),
    reply: z.lazy(() => z.optional(PageStatus)),
    from: ['background', 'extensionPage'],
    refuse: noStatus,
  }),
  toggleSidebar: message({ request: NoData, reply: z.lazy(() => z.optional(PageStatus)), from: ['background'], refuse: noStatus }),
  /** A fresher (or offline) service answer for the page, after a stale one was shown. */
  serviceUpdated: message({ request: ServiceAnswer, reply: Nothing, from: ['background'], refuse: nothing }),
  pdfProgress: message({ request: PdfProgress, reply: Nothing, from: ['background'], refuse: nothing }),
  /** An AI tier's answer so far, as it streams in (it is checked before it is shown as the answer). */
  askStream: message({ request: AskStream, reply: Nothing, from: ['background'], refuse: nothing }),
  /** The ModernGov meeting the page belongs to (its own page's address), for the web service's restricted flags. */
  meetingOfPage: message({ request: NoData, reply: MeetingOfPageAnswer, from: ['background'], refuse: () => ({}) }),
} as const;

/** What the offscreen document read; its fields are checked again where they are used (lib/background/follow/). */
export type WebServiceReading =
  | Awaited<ReturnType<WebServiceReader['meetings']>>
  | Awaited<ReturnType<WebServiceReader['meeting']>>
  | Awaited<ReturnType<WebServiceReader['councillors']>>
  | Awaited<ReturnType<WebServiceReader['listPage']>>
  | Awaited<ReturnType<WebServiceReader['meetingPage']>>
  | Awaited<ReturnType<WebServiceReader['decisionPage']>>;

const Validators = z.lazy(() => z.object({ etag: z.optional(z.string()), lastModified: z.optional(z.string()) }));
const PdfJobRequestSchema: z.ZodMiniType<PdfJobRequest> = z.lazy(() =>
  z.object({
    jobId: z.string().check(z.maxLength(64)),
    url: httpAddress(),
    policy: z.object({ hosts: z.array(z.string()), excludedHostnames: z.array(z.string()), localHost: z.optional(z.string()) }),
    validators: z.optional(Validators),
    indexLater: z.optional(z.boolean()),
  }),
);

/**
 * A job's result carries a whole document summary, made by the summariser in the offscreen
 * document from the same build; its outer shape is checked here, and every field the sidebar
 * shows is checked again where the display model is (PdfSummaryAnswer).
 */
const JobResultSchema = z.custom<JobResult>((value) => {
  if (typeof value !== 'object' || value === null) return false;
  const result = value as { ok?: unknown; notModified?: unknown; summary?: unknown; index?: unknown; validators?: unknown };
  if (result.ok === false) return FailureSchema.safeParse(value).success;
  if (result.ok !== true) return false;
  if (result.notModified === true) return true;
  if (typeof result.summary !== 'object' || result.summary === null) return false;
  const summary = result.summary as Record<string, unknown>;
  return (
    typeof summary.documentType === 'string' &&
    typeof summary.pages === 'number' &&
    Array.isArray(summary.summary) &&
    Array.isArray(summary.decisions) &&
    Array.isArray(summary.votes) &&
    (result.index === undefined || SerialisedIndexSchema.safeParse(result.index).success) &&
    Validators.safeParse(result.validators).success
  );
});

const SerialisedIndexSchema = z.lazy(() => z.object({ version: z.number(), passages: z.number(), json: z.string() }));

const ChromeAiResultSchema = z.lazy(() => z.union([z.object({ ok: z.literal(true), points: AiPoints }), FailureSchema]));

export type CouncillorVote = z.infer<typeof toBackground.councillorVotes.reply>['votes'][number];

export const PageActivity = z.lazy(() => z.object({ jobs: z.number(), answers: z.number(), worker: z.boolean() }));
export type PageActivity = z.infer<typeof PageActivity>;

/** The background → Chrome's offscreen document, where pdf.js and the built-in model live. */
export const toOffscreen = {
  runPdfJob: message({
    request: PdfJobRequestSchema,
    reply: JobResultSchema,
    from: ['background'],
    refuse: failure,
  }),
  /** A question answered by Chrome's built-in model from the quoted passages, streamed back as `chromeAiAnswerText`. */
  answerWithChromeAi: message({
    request: z.lazy(() => z.object({ jobId: z.string().check(z.maxLength(64)), prompt: z.string().check(z.maxLength(40_000)) })),
    reply: z.lazy(() => z.union([z.object({ ok: z.literal(true), text: z.string().check(z.maxLength(20_000)) }), FailureSchema])),
    from: ['background'],
    refuse: () => failure('ai_unreachable'),
  }),
  /** Web-service XML read with the offscreen document's DOMParser, for a follow's check (the service worker has none). */
  readWebService: message({
    request: z.lazy(() =>
      z.object({
        kind: z.enum(['meetings', 'meeting', 'councillors', 'listPage', 'meetingPage', 'decisionPage']),
        text: z.string().check(z.maxLength(2_100_000)),
        url: httpAddress(),
      }),
    ),
    reply: z.lazy(() =>
      z.custom<WebServiceReading>((value) => typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean'),
    ),
    from: ['background'],
    refuse: () => failure('web_service_not_meeting'),
  }),
  /** The question index of a job that answered with its summary alone (`indexLater`), made from the read it kept. */
  indexPdfJob: message({
    request: z.lazy(() => z.object({ jobId: z.string().check(z.maxLength(64)), url: httpAddress() })),
    reply: z.lazy(() => z.union([z.object({ ok: z.literal(true), index: SerialisedIndexSchema }), FailureSchema])),
    from: ['background'],
    refuse: failure,
  }),
  cancelPdfJob: message({
    request: z.lazy(() => z.object({ jobId: z.string().check(z.maxLength(64)) })),
    reply: Nothing,
    from: ['background'],
    refuse: nothing,
  }),
  /** What the offscreen document is still doing (npm run bench's soak checks nothing is left behind). */
  activity: message({
    request: NoData,
    reply: PageActivity,
    from: ['background'],
    refuse: () => ({ jobs: -1, answers: -1, worker: false }),
  }),
  /** Chrome's built-in model, which exists in the offscreen page but not the service worker. */
  askChromeAi: message({
    request: z.lazy(() => z.object({ digest: z.string().check(z.maxLength(200_000)) })),
    reply: ChromeAiResultSchema,
    from: ['background'],
    refuse: () => failure('ai_unreachable'),
  }),
} as const;

/** The offscreen document → the background: a job's progress, forwarded to the tab that asked. */
export const offscreenToBackground = {
  pdfJobProgress: message({ request: PdfProgress, reply: Nothing, from: ['offscreen'], refuse: nothing }),
  chromeAiAnswerText: message({ request: AskStream, reply: Nothing, from: ['offscreen'], refuse: nothing }),
} as const;
