import { answerQuestion, type LoadedIndex, loadIndex, type QuotedPassage, type SearchableDocument } from '../pdf/ask';
import type { AskAnswer, AskRequest, AskSuggestion, AskSuggestions, CheckedAiAnswer, DocumentQuestion } from '../pdf/messages';
import type { JobProgress } from '../pdf/job';
import { failure, type Failure } from '../protocol/failure';
import type { DocumentPolicy } from './document-policy';
import type { PdfSummaries, Stored } from './pdf-summaries';

/**
 * "Ask this meeting": a question answered from the meeting's own documents. Each document's
 * question index was made where its PDF was read and is kept with its summary; here the indexes
 * are searched together and the best passages quoted. An AI tier, where the person chose one,
 * may phrase the answer from those passages only, and its answer is checked before it is shown.
 */

/** A chosen AI tier's answer from the quoted passages (lib/background/ai/answer.ts), already checked. */
export type Phrase = (
  question: string,
  passages: readonly QuotedPassage[],
  options: { jobId: string; signal: AbortSignal; onText(text: string): void },
) => Promise<{ ok: true; answer: CheckedAiAnswer } | Failure>;

export interface QuestionDeps {
  pdfs: Pick<PdfSummaries, 'forQuestions' | 'kept'>;
  /** The chosen AI tier; absent for the deterministic answer (the default). */
  phrase?(): Promise<Phrase | undefined>;
}

/** The search words of the questions offered from the documents (the reader sees them in their own language, from the catalogues). */
const DOCUMENT_QUERIES: Record<Exclude<DocumentQuestion, 'money'>, string> = {
  decided: 'recommend agree decide',
  affected: 'affect impact resident ward',
  when: 'when start implement',
};

/** Indexes loaded from the cache, most recently used last: one meeting's documents, asked about again and again. */
const LOADED_INDEXES = 8;

export class MeetingQuestions {
  private readonly loaded = new Map<string, LoadedIndex>();

  constructor(private readonly deps: QuestionDeps) {}

  private indexOf(url: string, stored: Stored): LoadedIndex | undefined {
    const key = `${url} ${stored.summarisedAt}`;
    const hit = this.loaded.get(key);
    if (hit) {
      this.loaded.delete(key);
      this.loaded.set(key, hit);
      return hit;
    }
    const index = loadIndex(stored.index);
    if (!index) return undefined;
    this.loaded.set(key, index);
    if (this.loaded.size > LOADED_INDEXES) this.loaded.delete(this.loaded.keys().next().value!);
    return index;
  }

  private searchable(document: { url: string; title: string }, stored: Stored, restricted: ReadonlySet<string>): SearchableDocument | undefined {
    const index = this.indexOf(document.url, stored);
    if (!index) return undefined;
    return {
      url: document.url,
      title: document.title,
      pages: stored.summary.pages,
      restricted: stored.summary.restricted || restricted.has(document.url),
      index,
    };
  }

  async ask(
    request: AskRequest,
    policy: DocumentPolicy,
    onProgress: (progress: JobProgress & { document: number; of: number }) => void,
    options: { signal?: AbortSignal; onText?(text: string): void } = {},
  ): Promise<AskAnswer> {
    const restricted = new Set(request.restricted ?? []);
    const documents: SearchableDocument[] = [];
    const unread: { title: string; url: string; failure: Failure }[] = [];
    // One after another, as the meeting summary reads them: the council's server sees no burst.
    for (const [position, document] of request.documents.entries()) {
      if (options.signal?.aborted) return failure('cancelled');
      const read = await this.deps.pdfs.forQuestions(document.url, request.jobId, policy, (progress) =>
        onProgress({ ...progress, document: position + 1, of: request.documents.length }),
      );
      if (!read.ok && read.code === 'cancelled') return read;
      const searchable = read.ok ? this.searchable(document, read.stored, restricted) : undefined;
      if (searchable) documents.push(searchable);
      else unread.push({ ...document, failure: read.ok ? failure('ask_index_unusable') : read });
    }
    if (documents.length === 0) return unread[0]?.failure ?? failure('meeting_no_documents');
    const found = answerQuestion(request.query?.trim() || request.question, documents);
    const answer: Extract<AskAnswer, { ok: true }> = { ok: true, ...found, question: request.question, unread };
    if (!found.answered) return answer;
    const phrase = await this.deps.phrase?.();
    if (!phrase) return answer;
    // Exempt and confidential passages never leave the device: the model sees the rest, or nothing.
    const sendable = found.passages.filter((passage) => !passage.restricted);
    if (sendable.length === 0) return { ...answer, note: failure('restricted_not_sent') };
    const phrased = await phrase(request.question, sendable, {
      jobId: request.jobId,
      signal: options.signal ?? new AbortController().signal,
      onText: options.onText ?? (() => undefined),
    });
    return phrased.ok ? { ...answer, ai: phrased.answer } : { ...answer, note: phrased };
  }

  /** The questions the documents already read can answer, without asking the council's server anything. */
  async suggestions(documents: readonly { url: string; title: string }[], policy: DocumentPolicy): Promise<AskSuggestions> {
    const searchable: SearchableDocument[] = [];
    const summaries: Stored['summary'][] = [];
    for (const document of documents) {
      const stored = await this.deps.pdfs.kept(document.url, policy);
      const loaded = stored && this.searchable(document, stored, new Set());
      if (stored && loaded) {
        searchable.push(loaded);
        summaries.push(stored.summary);
      }
    }
    if (searchable.length === 0) return { questions: [] };
    const candidates: AskSuggestion[] = [{ id: 'decided', query: DOCUMENT_QUERIES.decided }];
    // "What is the £2.4m for?": the largest sum the documents decide or recommend, as the facts rank them.
    const figure = summaries.flatMap((summary) => summary.keyFacts).find((fact) => fact.kind === 'money')?.text;
    if (figure && figure.length <= 40) candidates.push({ id: 'money', query: `${figure} cost`, figure });
    candidates.push({ id: 'affected', query: DOCUMENT_QUERIES.affected }, { id: 'when', query: DOCUMENT_QUERIES.when });
    return { questions: candidates.filter((candidate) => answerQuestion(candidate.query, searchable).answered) };
  }
}
