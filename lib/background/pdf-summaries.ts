import type { Cache } from './cache';
import { toDisplaySummary, type DocumentSummary } from '../pdf/summarise';
import type { DisplaySummary } from '../display/model';
import { checkDocumentUrl, type DocumentPolicy } from './document-policy';
import type { JobProgress, JobResult, PdfJobRequest, Validators } from '../pdf/job';
import type { PdfSummaryAnswer } from '../pdf/messages';
import { combineMeeting, type MeetingDocumentResult } from '../pdf/summarise/meeting';

/**
 * Summaries of council PDFs, cached by URL and revalidated with the document's ETag or
 * Last-Modified: a fresh copy is used as is; an older one costs one conditional request,
 * usually answered "304 Not Modified".
 */

const DAY = 24 * 60 * 60 * 1000;
export const PDF_SUMMARY_FRESH_MS = DAY;

interface Stored {
  summary: DocumentSummary;
  validators: Validators;
  summarisedAt: string;
}

export interface PdfSummariesDeps {
  cache: Cache;
  runJob(request: PdfJobRequest, onProgress: (progress: JobProgress) => void): Promise<JobResult>;
  /** The chosen summariser tier's view of a document; the deterministic one by default. */
  present?(summary: DocumentSummary, url: string, summarisedAt: string): Promise<{ display: DisplaySummary; note?: string }>;
}

export interface SummariseOptions {
  /** Where the document may come from (lib/document-policy.ts), checked before the cache too. */
  policy: DocumentPolicy;
  /** The council marks the document restricted, whatever its text says. */
  restricted?: boolean;
}

/** One short sentence for a meeting whose documents could not be read, however many there were. */
export function describeFailures(failures: readonly { title: string; message: string }[]): string {
  if (failures.length === 0) return 'This meeting has no documents to summarise.';
  if (failures.length === 1) return `Council Lens could not read “${failures[0]!.title}”: ${failures[0]!.message}`;
  const reasons = [...new Set(failures.map((failure) => failure.message))];
  return `Council Lens could not read any of this meeting’s ${failures.length} documents. ${reasons.length === 1 ? reasons[0] : `${reasons[0]} (and ${reasons.length - 1} other ${reasons.length === 2 ? 'problem' : 'problems'})`}`;
}

export class PdfSummaries {
  constructor(private readonly deps: PdfSummariesDeps) {}

  async summarise(url: string, jobId: string, onProgress: (progress: JobProgress) => void, options: SummariseOptions): Promise<PdfSummaryAnswer> {
    const result = await this.document(url, jobId, options.policy, onProgress);
    if (result.status !== 'ok') return result;
    const { summarisedAt } = result.stored;
    const summary = options.restricted ? { ...result.stored.summary, restricted: true } : result.stored.summary;
    const presented = this.deps.present ? await this.deps.present(summary, url, summarisedAt) : { display: toDisplaySummary(summary, url, summarisedAt) };
    return {
      status: 'ok',
      url,
      documentType: summary.documentType,
      pages: summary.pages,
      items: summary.items,
      display: presented.display,
      ...(presented.note ? { note: presented.note } : {}),
      contentiousness: summary.contentiousness,
      fromCache: result.fromCache,
    };
  }

  /** A whole meeting: its documents one after another (the download limiter keeps it polite), combined per agenda item. */
  async meeting(
    request: {
      pageUrl: string;
      jobId: string;
      policy: DocumentPolicy;
      documents: readonly { url: string; title: string; itemNumber?: string }[];
      items: readonly { number?: string; title: string }[];
    },
    onProgress: (progress: JobProgress & { document: number; of: number }) => void,
  ): Promise<PdfSummaryAnswer> {
    const results: MeetingDocumentResult[] = [];
    const failures: { title: string; message: string }[] = [];
    for (const [index, document] of request.documents.entries()) {
      const result = await this.document(document.url, request.jobId, request.policy, (progress) =>
        onProgress({ ...progress, document: index + 1, of: request.documents.length }),
      );
      if (result.status === 'ok')
        results.push({
          title: document.title,
          url: document.url,
          summary: result.stored.summary,
          ...(document.itemNumber ? { itemNumber: document.itemNumber } : {}),
        });
      else if (result.error === 'cancelled') return result;
      else failures.push({ title: document.title, message: result.message });
    }
    if (results.length === 0) return { status: 'failed', error: 'unavailable', message: describeFailures(failures) };
    const display = combineMeeting(results, request.items, new Date().toISOString());
    const signals = results.flatMap((result) => result.summary.contentiousness.signals);
    const unique = signals.filter((signal, index) => signals.findIndex((other) => other.name === signal.name) === index);
    return {
      status: 'ok',
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
    };
  }

  private async document(
    url: string,
    jobId: string,
    policy: DocumentPolicy,
    onProgress: (progress: JobProgress) => void,
  ): Promise<{ status: 'ok'; stored: Stored; fromCache: boolean } | { status: 'failed'; error: string; message: string }> {
    const allowed = checkDocumentUrl(url, policy);
    if (!(allowed instanceof URL)) return { status: 'failed', error: 'not_allowed', message: allowed.message };
    const key = `pdf:${url}`;
    const cached = await this.deps.cache.get<Stored>(key).catch(() => undefined);
    if (cached?.fresh) return { status: 'ok', stored: cached.value, fromCache: true };
    const result = await this.deps.runJob({ jobId, url, policy, ...(cached ? { validators: cached.value.validators } : {}) }, onProgress);
    if (result.status === 'notModified' && cached) {
      await this.deps.cache.set<Stored>(key, cached.value, PDF_SUMMARY_FRESH_MS).catch(() => undefined);
      return { status: 'ok', stored: cached.value, fromCache: true };
    }
    if (result.status === 'ok') {
      const stored: Stored = { summary: result.summary, validators: result.validators, summarisedAt: new Date().toISOString() };
      await this.deps.cache.set<Stored>(key, stored, PDF_SUMMARY_FRESH_MS).catch(() => undefined);
      return { status: 'ok', stored, fromCache: false };
    }
    // Offline, or the council site is down: the last summary is better than none.
    if (cached && result.status === 'failed' && result.error === 'unavailable') return { status: 'ok', stored: cached.value, fromCache: true };
    if (result.status === 'notModified')
      return { status: 'failed', error: 'unavailable', message: 'The council’s website sent nothing new, and no saved copy was found.' };
    return { status: 'failed', error: result.error, message: result.message };
  }
}
