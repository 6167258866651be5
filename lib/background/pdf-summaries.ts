import type { Cache } from './cache';
import { failure, type Failure, isTransient } from '../protocol/failure';
import { type DocumentSummary, SUMMARY_VERSION } from '../pdf/summarise';
import { combineMeeting, type MeetingDocumentResult, type PageItem, toDisplaySummary, withDecisionComparison } from '../display/from-document';
import { ENGLISH, type Translate } from '../shared/i18n';
import type { DisplaySummary } from '../display/model';
import { checkDocumentUrl, type DocumentPolicy } from './document-policy';
import type { JobProgress, JobResult, PdfJobRequest, Validators } from '../pdf/job';
import type { PdfSummaryAnswer } from '../pdf/messages';
import { INDEX_VERSION, type SerialisedIndex } from '../pdf/ask';

/**
 * Summaries of council PDFs, cached by URL and revalidated with the document's ETag or
 * Last-Modified: a fresh copy is used as is; an older one costs one conditional request,
 * usually answered "304 Not Modified".
 */

const DAY = 24 * 60 * 60 * 1000;
export const PDF_SUMMARY_FRESH_MS = DAY;

export interface Stored {
  summary: DocumentSummary;
  /** The question index, from the same read (absent, or of another version, in entries an older Council Lens kept). */
  index?: SerialisedIndex;
  validators: Validators;
  summarisedAt: string;
  /** The summariser's SUMMARY_VERSION when it was read (absent in entries an older Council Lens kept). */
  version?: number;
}

/** Where a document's summary and question index are kept in the cache. */
export const pdfCacheKey = (url: string) => `pdf:${url}`;

/** A document's kept question index, for looking words up in what was already read (never fetches). */
export async function keptIndex(cache: Cache, url: string): Promise<SerialisedIndex | undefined> {
  const kept = await cache.get<Stored>(pdfCacheKey(url)).catch(() => undefined);
  return kept && hasIndex(kept.value) ? kept.value.index : undefined;
}

/** An entry whose question index is current: one without is read again in full when a question needs it. */
const hasIndex = (stored: Stored) => stored.index?.version === INDEX_VERSION;

export interface PdfSummariesDeps {
  cache: Cache;
  runJob(request: PdfJobRequest, onProgress: (progress: JobProgress) => void): Promise<JobResult>;
  /**
   * The question index of a job run with `indexLater`. Given, a summary is answered as soon as it
   * is made, and its index is made and kept behind it; without it, jobs make both before answering.
   */
  indexJob?(jobId: string, url: string): Promise<{ ok: true; index: SerialisedIndex } | Failure>;
  /** The chosen summariser tier's view of a document; the deterministic one by default. */
  present?(summary: DocumentSummary, url: string, summarisedAt: string): Promise<{ display: DisplaySummary; note?: Failure }>;
  /** The reader's language for what Council Lens itself says (English outside the browser: tests and tools). */
  t?: Translate;
}

export interface SummariseOptions {
  /** Where the document may come from (lib/document-policy.ts), checked before the cache too. */
  policy: DocumentPolicy;
  /** The council marks the document restricted, whatever its text says. */
  restricted?: boolean;
  /** The decision the sender's page states (a decision page), to compare with the document's recommendations. */
  decided?: { text: string; pageUrl: string };
}

/**
 * Why none of a meeting's documents could be summarised, as one failure: the shared reason
 * when they all failed alike (its sentence is about "the document"), else how many failed.
 */
export function meetingFailure(failures: readonly Failure[]): Failure {
  const [first] = failures;
  if (!first) return failure('meeting_no_documents');
  if (failures.every((other) => other.code === first.code)) return first;
  return failure('document_failed', failures.length);
}

export class PdfSummaries {
  /** Question indexes being made behind their summaries, by cache key: what reads that entry waits for first. */
  private readonly indexing = new Map<string, Promise<void>>();

  constructor(private readonly deps: PdfSummariesDeps) {}

  private get t(): Translate {
    return this.deps.t ?? ENGLISH.t;
  }

  async summarise(url: string, jobId: string, onProgress: (progress: JobProgress) => void, options: SummariseOptions): Promise<PdfSummaryAnswer> {
    const result = await this.document(url, jobId, options.policy, onProgress);
    if (!result.ok) return result;
    const { summarisedAt } = result.stored;
    const summary = options.restricted ? { ...result.stored.summary, restricted: true } : result.stored.summary;
    const presented: { display: DisplaySummary; note?: Failure } = this.deps.present
      ? await this.deps.present(summary, url, summarisedAt)
      : { display: toDisplaySummary(summary, url, this.t, summarisedAt) };
    return {
      ok: true,
      url,
      documentType: summary.documentType,
      pages: summary.pages,
      items: summary.items,
      display: options.decided ? withDecisionComparison(presented.display, summary, url, options.decided, this.t) : presented.display,
      ...(presented.note ? { note: presented.note } : {}),
      contentiousness: summary.contentiousness,
      fromCache: result.fromCache,
      ...(summary.declarations?.entries.length ? { declarations: summary.declarations.entries } : {}),
      ...(summary.sayRules?.length ? { sayRules: summary.sayRules.map((rule) => ({ ...rule, url })) } : {}),
    };
  }

  /** A whole meeting: its documents one after another (the download limiter keeps it polite), combined per agenda item. */
  async meeting(
    request: {
      pageUrl: string;
      jobId: string;
      policy: DocumentPolicy;
      documents: readonly { url: string; title: string; itemNumber?: string }[];
      items: readonly PageItem[];
    },
    onProgress: (progress: JobProgress & { document: number; of: number }) => void,
  ): Promise<PdfSummaryAnswer> {
    const results: MeetingDocumentResult[] = [];
    const failures: Failure[] = [];
    for (const [index, document] of request.documents.entries()) {
      const result = await this.document(document.url, request.jobId, request.policy, (progress) =>
        onProgress({ ...progress, document: index + 1, of: request.documents.length }),
      );
      if (result.ok)
        results.push({
          title: document.title,
          url: document.url,
          summary: result.stored.summary,
          ...(document.itemNumber ? { itemNumber: document.itemNumber } : {}),
        });
      else if (result.code === 'cancelled') return result;
      else failures.push(result);
    }
    if (results.length === 0) return meetingFailure(failures);
    const display = combineMeeting(results, request.items, this.t, new Date().toISOString(), request.pageUrl);
    const signals = results.flatMap((result) => result.summary.contentiousness.signals);
    const unique = signals.filter((signal, index) => signals.findIndex((other) => other.name === signal.name) === index);
    const declarations = results.flatMap((result) => result.summary.declarations?.entries ?? []);
    const sayRules = results.flatMap((result) => (result.summary.sayRules ?? []).map((rule) => ({ ...rule, url: result.url }))).slice(0, 20);
    return {
      ok: true,
      url: request.pageUrl,
      documentType: 'meeting',
      pages: results.reduce((sum, result) => sum + result.summary.pages, 0),
      items: results.find((result) => result.summary.items.length)?.summary.items ?? [],
      display,
      contentiousness: {
        score: Math.min(
          10,
          unique.reduce((sum, signal) => sum + signal.weight, 0),
        ),
        signals: unique,
      },
      fromCache: false,
      ...(declarations.length ? { declarations } : {}),
      ...(sayRules.length ? { sayRules } : {}),
    };
  }

  /** A document read for a question: from the cache when its index is there (revalidated as summaries are), else read now. */
  forQuestions(
    url: string,
    jobId: string,
    policy: DocumentPolicy,
    onProgress: (progress: JobProgress) => void,
  ): Promise<{ ok: true; stored: Stored; fromCache: boolean } | Failure> {
    return this.document(url, jobId, policy, onProgress, true);
  }

  /** What is already kept for a document, without asking its council's server anything (for offering questions). */
  async kept(url: string, policy: DocumentPolicy): Promise<Stored | undefined> {
    if (!(checkDocumentUrl(url, policy) instanceof URL)) return undefined;
    await this.indexing.get(pdfCacheKey(url));
    const cached = await this.deps.cache.get<Stored>(pdfCacheKey(url)).catch(() => undefined);
    return cached && hasIndex(cached.value) ? cached.value : undefined;
  }

  private async document(
    url: string,
    jobId: string,
    policy: DocumentPolicy,
    onProgress: (progress: JobProgress) => void,
    needsIndex = false,
  ): Promise<{ ok: true; stored: Stored; fromCache: boolean } | Failure> {
    const allowed = checkDocumentUrl(url, policy);
    if (!(allowed instanceof URL)) return allowed;
    const key = pdfCacheKey(url);
    await this.indexing.get(key);
    const kept = await this.deps.cache.get<Stored>(key).catch(() => undefined);
    // An entry without a current index is no use to a question: the document is read again, in full.
    // An entry from an older summariser lacks what this one reads (votes, declarations): it is read again too.
    const cached = kept && kept.value.version === SUMMARY_VERSION && (!needsIndex || hasIndex(kept.value)) ? kept : undefined;
    if (cached?.fresh) return { ok: true, stored: cached.value, fromCache: true };
    // A question needs the index now; a summary does not wait for it.
    const indexLater = !needsIndex && this.deps.indexJob !== undefined;
    const result = await this.deps.runJob(
      { jobId, url, policy, ...(cached ? { validators: cached.value.validators } : {}), ...(indexLater ? { indexLater } : {}) },
      onProgress,
    );
    if (result.ok && 'notModified' in result) {
      if (!cached) return failure('nothing_new_no_copy');
      await this.deps.cache.set<Stored>(key, cached.value, PDF_SUMMARY_FRESH_MS).catch(() => undefined);
      return { ok: true, stored: cached.value, fromCache: true };
    }
    if (result.ok) {
      const stored: Stored = {
        summary: result.summary,
        ...(result.index ? { index: result.index } : {}),
        validators: result.validators,
        summarisedAt: new Date().toISOString(),
        version: SUMMARY_VERSION,
      };
      // Kept without holding up the summary: the cache remembers it at once, and writes it (and evicts) behind.
      void this.deps.cache.set<Stored>(key, stored, PDF_SUMMARY_FRESH_MS).catch(() => undefined);
      const { indexJob } = this.deps;
      if (!result.index && indexJob) this.indexBehind(key, () => indexJob(jobId, url), stored);
      return { ok: true, stored, fromCache: false };
    }
    // Offline, or the council site is down: the last summary is better than none.
    if (cached && isTransient(result.code)) return { ok: true, stored: cached.value, fromCache: true };
    return result;
  }

  /** Makes a summary's question index once the summary is answered, and keeps it beside it (a failure leaves the entry without one: a question reads the document again). */
  private indexBehind(key: string, makeIndex: () => ReturnType<NonNullable<PdfSummariesDeps['indexJob']>>, stored: Stored): void {
    const made = (async () => {
      const built = await makeIndex().catch(() => undefined);
      if (built?.ok) await this.deps.cache.set<Stored>(key, { ...stored, index: built.index }, PDF_SUMMARY_FRESH_MS).catch(() => undefined);
    })().finally(() => {
      if (this.indexing.get(key) === made) this.indexing.delete(key);
    });
    this.indexing.set(key, made);
  }
}
