import { type DocumentLanguage, inReaderLanguage } from '../page/document-language';
import type { PageData } from '../page/kinds';
import type { AskAnswer, AskStream, AskSuggestion, PdfProgress } from '../pdf/messages';
import type { Channel } from '../protocol/channel';
import type { toBackground } from '../protocol/messages';
import { failure, type Failure } from '../protocol/failure';
import { meetingDocumentsToSummarise } from './enrich';

/**
 * The Ask box's client, used by the sidebar and by the "Summarise this PDF" page: one question at
 * a time, its reading progress and the AI tier's text as it streams, then the answer (validated by
 * the channel). Stopping an AI answer keeps the quoted passages, which the answer still brings.
 */

export type AnsweredQuestion = Omit<Extract<AskAnswer, { ok: true }>, 'ok'>;

export type AskState =
  | { status: 'idle' }
  | { status: 'asking'; jobId: string; question: string; progress?: PdfProgress; streamed?: string }
  | ({ status: 'answered' } & AnsweredQuestion)
  | { status: 'failed'; question: string; failure: Failure };

export type QuestionDocument = { url: string; title: string };

/** The documents a page's questions are answered from: a meeting's agenda and reports (as its summary reads them), or the page's own PDFs. */
export function questionDocumentsOf(page: PageData, reader: DocumentLanguage): QuestionDocument[] {
  if (page.kind === 'meeting') return meetingDocumentsToSummarise(page, reader).map(({ url, title }) => ({ url, title }));
  if (page.kind === 'agendaItem' || page.kind === 'decision')
    return inReaderLanguage(page.documents, reader)
      .slice(0, 12)
      .map(({ url, title }) => ({ url, title }));
  return [];
}

export interface AskDeps {
  send: Channel<typeof toBackground>['send'];
  /** Registers a handler for reading progress (every job's: this client keeps its own). */
  onProgress(handler: (progress: PdfProgress) => void): void;
  onStream(handler: (stream: AskStream) => void): void;
}

export interface AskClient {
  ask(request: { question: string; query?: string; documents: QuestionDocument[]; restricted?: string[] }, update: (state: AskState) => void): void;
  stop(): void;
  suggestions(documents: QuestionDocument[]): Promise<AskSuggestion[]>;
}

export function askClient({ send, onProgress, onStream }: AskDeps, prefix = 'ask'): AskClient {
  let current: { jobId: string; question: string; update: (state: AskState) => void; progress?: PdfProgress; streamed?: string } | undefined;
  let counter = 0;
  const showAsking = () =>
    current &&
    current.update({
      status: 'asking',
      jobId: current.jobId,
      question: current.question,
      ...(current.progress ? { progress: current.progress } : {}),
      ...(current.streamed ? { streamed: current.streamed } : {}),
    });
  onProgress((progress) => {
    if (current?.jobId !== progress.jobId) return;
    current.progress = progress;
    showAsking();
  });
  onStream(({ jobId, text }) => {
    if (current?.jobId !== jobId) return;
    current.streamed = text;
    showAsking();
  });
  return {
    ask({ question, query, documents, restricted }, update) {
      // A new question replaces the one before: its answer, arriving late, is dropped.
      if (current) void send('cancelPdf', { jobId: current.jobId });
      const jobId = `${prefix}-${Date.now().toString(36)}-${(counter += 1)}`;
      const asked = { jobId, question, update };
      current = asked;
      showAsking();
      void send('ask', { jobId, question, ...(query ? { query } : {}), documents: documents.slice(0, 12), ...(restricted?.length ? { restricted } : {}) }).then(
        (answer) => {
          if (current !== asked) return;
          current = undefined;
          if (answer.ok) {
            const { ok: _ok, ...answered } = answer;
            update({ status: 'answered', ...answered });
          } else update({ status: 'failed', question, failure: answer });
        },
      );
    },
    stop() {
      if (!current) return;
      const stopped = current;
      void send('cancelPdf', { jobId: stopped.jobId });
      // Reading documents stops with nothing to show; an AI answer stops with the passages it was given, which the reply brings.
      if (!stopped.streamed) {
        current = undefined;
        stopped.update({ status: 'failed', question: stopped.question, failure: failure('cancelled') });
      }
    },
    async suggestions(documents) {
      if (documents.length === 0) return [];
      const { questions } = await send('askSuggestions', { documents: documents.slice(0, 12) });
      return questions;
    },
  };
}
