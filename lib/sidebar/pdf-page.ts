import type { AskStream, AskSuggestion, PdfProgress } from '../pdf/messages';
import type { Channel } from '../protocol/channel';
import type { toBackground } from '../protocol/messages';
import { failure } from '../protocol/failure';
import { meetingOfDocumentUrl, meetingPageUrl, type MeetingReference, sameOrigin } from '../page/platforms/moderngov/meeting-reference';
import { askClient, type AskState } from './ask';
import { meetingRecordOf, type PortalReader, restrictedDocumentCheck } from './attendees';
import { type LocalSummaryState, pdfJobs } from './pdf-jobs';

/**
 * The "Summarise this PDF" page's state and actions, without Preact or browser APIs: the
 * summary of the one document, and questions asked of it once it is read.
 */

export interface PdfPageState {
  summary: LocalSummaryState;
  ask: AskState;
  askSuggestions: AskSuggestion[];
}

export interface PdfPageDeps {
  send: Channel<typeof toBackground>['send'];
  onProgress(handler: (progress: PdfProgress) => void): void;
  onAskStream(handler: (stream: AskStream) => void): void;
  parse(text: string, type: DOMParserSupportedType): Document;
  /** Whether documents go to a remote AI endpoint (only then is the web service asked about restricted flags). */
  sendsToRemoteEndpoint(): Promise<boolean>;
  /** The meeting page the right-clicked link was on, when Council Lens knows it. */
  meeting?: MeetingReference;
}

export interface PdfPageStore {
  getState(): PdfPageState;
  subscribe(listener: (state: PdfPageState) => void): void;
  summarise(url: string): void;
  cancel(): void;
  ask(question: string, query?: string): void;
  stopAsk(): void;
}

/** The document's title as its address names it ("Committee Report.pdf"), for citing passages. */
export function titleFromUrl(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '') || new URL(url).host;
  } catch {
    return url;
  }
}

export function pdfPageStore(deps: PdfPageDeps): PdfPageStore {
  let state: PdfPageState = { summary: { status: 'idle' }, ask: { status: 'idle' }, askSuggestions: [] };
  const listeners = new Set<(state: PdfPageState) => void>();
  const update = (patch: Partial<PdfPageState>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener(state);
  };
  const progressHandlers: ((progress: PdfProgress) => void)[] = [];
  deps.onProgress((progress) => progressHandlers.forEach((handler) => handler(progress)));
  const onProgress = (handler: (progress: PdfProgress) => void) => void progressHandlers.push(handler);
  const jobs = pdfJobs({ send: deps.send, onProgress }, 'page');
  const questions = askClient({ send: deps.send, onProgress, onStream: deps.onAskStream }, 'page-ask');
  const documentsOf = (url: string) => [{ url, title: titleFromUrl(url) }];

  // One check per meeting, so each meeting's web-service answer is asked for at most once.
  const restrictionChecks = new Map<string, (documentUrl: string) => Promise<boolean>>();
  const portal: PortalReader = { fetchPortalText: (request) => deps.send('fetchPortalText', request), parse: deps.parse };
  function isMarkedRestricted(url: string): Promise<boolean> {
    // The page the link was right-clicked on names the meeting; a pasted address may name its own.
    const target = (deps.meeting && sameOrigin(deps.meeting.url, url) ? deps.meeting : undefined) ?? meetingOfDocumentUrl(url);
    if (!target) return Promise.resolve(false);
    const key = meetingPageUrl(target);
    let check = restrictionChecks.get(key);
    if (!check) {
      check = restrictedDocumentCheck(target, meetingRecordOf(target, portal), deps.sendsToRemoteEndpoint);
      restrictionChecks.set(key, check);
    }
    return check(url);
  }

  return {
    getState: () => state,
    subscribe: (listener) => void listeners.add(listener),
    summarise(url) {
      if (!/^https?:\/\//i.test(url)) return update({ summary: { status: 'failed', failure: failure('not_http_address') } });
      if (state.summary.status === 'running') jobs.cancel(state.summary.jobId);
      update({ ask: { status: 'idle' }, askSuggestions: [] });
      jobs.document(url, isMarkedRestricted(url), (summary) => {
        update({ summary });
        if (summary.status === 'ok')
          void questions
            .suggestions(documentsOf(summary.url))
            .then((askSuggestions) => update({ askSuggestions }))
            .catch(() => undefined);
      });
    },
    cancel() {
      if (state.summary.status === 'running') jobs.cancel(state.summary.jobId);
    },
    ask(question, query) {
      const { summary } = state;
      if (summary.status !== 'ok' || !question.trim()) return;
      void isMarkedRestricted(summary.url)
        .catch(() => false)
        .then((restricted) =>
          questions.ask(
            {
              question: question.trim(),
              ...(query ? { query } : {}),
              documents: documentsOf(summary.url),
              ...(restricted ? { restricted: [summary.url] } : {}),
            },
            (ask) => update({ ask }),
          ),
        );
    },
    stopAsk: () => questions.stop(),
  };
}
