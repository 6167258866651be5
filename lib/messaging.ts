import { defineExtensionMessaging } from '@webext-core/messaging';
import { z } from 'zod/mini';
import { FAILURE_CODES, type Result } from './result';
import type { ChromeAiResult } from './ai/chrome-ai';
import type { JobResult, PdfJobRequest } from './pdf/job';
import type { PdfProgress, PdfSummaryAnswer, SummariseMeetingRequest, SummarisePdfRequest } from './pdf/messages';
import type { ServiceAnswer } from './service/view';
import type { PageSettings } from './page-settings';

/**
 * The one protocol between the content script and the background. Each message has a
 * zod schema for its data, which the background checks before acting: messages are
 * untrusted input like any other.
 */

export const PORTAL_PURPOSES = ['attendance', 'webService'] as const;
export type PortalPurpose = (typeof PORTAL_PURPOSES)[number];

export const FetchPortalTextRequest = z.object({
  url: z.string().check(z.maxLength(2048), z.regex(/^https?:\/\//i)),
  purpose: z.enum(PORTAL_PURPOSES),
});
export type FetchPortalTextRequest = z.infer<typeof FetchPortalTextRequest>;

export type FetchPortalTextResponse = Result<{ text: string; contentType: string; fetchedAt: number; fromCache: boolean }>;

export const FetchPortalTextResponse = z.union([
  z.object({ ok: z.literal(true), text: z.string(), contentType: z.string(), fetchedAt: z.number(), fromCache: z.boolean() }),
  z.object({ ok: z.literal(false), error: z.enum(FAILURE_CODES), message: z.string() }),
]);

export const LookupCouncilRequest = z.object({ host: z.string().check(z.maxLength(253)) });
export type LookupCouncilRequest = z.infer<typeof LookupCouncilRequest>;
export const LookupCouncilResponse = z.object({ name: z.optional(z.string()), platform: z.optional(z.enum(['moderngov', 'cmis'])) });
export type LookupCouncilResponse = z.infer<typeof LookupCouncilResponse>;

export const LookupServiceRequest = z.object({ pageUrl: z.string().check(z.maxLength(2048)) });
export type LookupServiceRequest = z.infer<typeof LookupServiceRequest>;

export const TestServiceRequest = z.object({ serviceUrl: z.string().check(z.maxLength(2048)), serviceKey: z.string().check(z.maxLength(512)) });
export type TestServiceRequest = z.infer<typeof TestServiceRequest>;

export interface ProtocolMap {
  /** Summarise a council PDF on this device; progress arrives as `pdfProgress` tab messages. */
  summarisePdf(data: SummarisePdfRequest): PdfSummaryAnswer;
  cancelPdf(data: { jobId: string }): void;
  /** Summarise a meeting from its agenda and reports pack, combined per agenda item. */
  summariseMeeting(data: SummariseMeetingRequest): PdfSummaryAnswer;
  /** From the settings page: can the service at this address be reached, with this key? */
  testService(data: TestServiceRequest): { ok: boolean; message: string };
  /** What the summary service says about the sender's own page (stale-while-revalidate). */
  lookupService(data: LookupServiceRequest): ServiceAnswer;
  /** From the loader on a detected page: load the sidebar into the sender's own frame. */
  injectSidebar(): Result<Record<never, never>>;
  /** The council's name for a portal host, from the shipped registry. */
  lookupCouncil(data: LookupCouncilRequest): LookupCouncilResponse;
  /** The person's answer, from a click in the sidebar, to "may Council Lens ask the summary service?". */
  answerServiceConsent(data: { allow: boolean }): void;
  /** The non-secret settings for the sender's own site (never keys or addresses). */
  getPageSettings(): PageSettings | undefined;
  /** The person collapsed or reopened the sidebar on the sender's site. */
  setSidebarCollapsed(data: { collapsed: boolean }): void;
  /** Same-origin text from the council portal the sender is on, fetched politely and cached. */
  fetchPortalText(data: FetchPortalTextRequest): FetchPortalTextResponse;
}

/** Content script → background. */
export const messaging = defineExtensionMessaging<ProtocolMap>();

export const PageStatus = z.object({
  /** e.g. "Decision" */
  kindLabel: z.string(),
  title: z.string(),
  councilName: z.optional(z.string()),
  readable: z.boolean(),
  sidebarOpen: z.boolean(),
  /** Where the page's summary stands, in words. */
  summary: z.optional(z.string()),
});
export type PageStatus = z.infer<typeof PageStatus>;

/** Popup or background → the content script in a tab: a separate channel with its own map. */
export interface TabProtocolMap {
  getPageStatus(): PageStatus;
  setSidebarOpen(data: { open: boolean }): PageStatus;
  toggleSidebar(): PageStatus;
  /** A fresher (or offline) service answer for the page, after a stale one was shown. */
  serviceUpdated(data: ServiceAnswer): void;
  pdfProgress(data: PdfProgress): void;
  /** The ModernGov meeting the page belongs to (its own page's address), for the web service's restricted flags. */
  meetingOfPage(): MeetingOfPageAnswer;
}

export const MeetingOfPageAnswer = z.object({ meetingUrl: z.optional(z.string().check(z.maxLength(2048), z.regex(/^https?:\/\//i))) });
export type MeetingOfPageAnswer = z.infer<typeof MeetingOfPageAnswer>;

export const tabMessaging = defineExtensionMessaging<TabProtocolMap>();

/** Background ↔ the offscreen document (Chrome), where pdf.js runs with its worker. */
export interface OffscreenProtocolMap {
  runPdfJob(data: PdfJobRequest): JobResult;
  cancelPdfJob(data: { jobId: string }): void;
  /** Offscreen → background, forwarded to the tab that asked. */
  pdfJobProgress(data: PdfProgress): void;
  /** Chrome's built-in model, which exists in the offscreen page but not the service worker. */
  askChromeAi(data: { digest: string }): ChromeAiResult;
}

export const offscreenMessaging = defineExtensionMessaging<OffscreenProtocolMap>();
