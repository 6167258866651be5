import { readerLanguage } from '../page/document-language';
import type { CouncillorVote } from '../protocol/messages';
import { enrichPeople, loadDirectory, meetingDocumentsToSummarise } from './enrich';
import type { MessageKey } from '../shared/i18n';
import {
  type AttendeesState,
  loadAttendees,
  meetingRecordOf,
  type PortalReader,
  declarationsOnPage,
  restrictedDocumentCheck,
  withDeclarations,
  withServiceAttendees,
} from './attendees';
import type { Declaration } from '../pdf/summarise/declarations';
import { fullResolutionOf } from '../page/decided';
import { committeeMeetingDates } from './committee';
import type { GlossaryEntry } from '../shared/glossary';
import type { CouncilDocument } from '../page/model';
import { pageTitleOf } from '../page/page-labels';
import type { PageSettings } from '../protocol/page-settings';
import type { ExtractResult } from '../page/platforms';
import { meetingOfPage, meetingPageUrl } from '../page/platforms/moderngov/meeting-reference';
import type { Channel } from '../protocol/channel';
import type { FollowTarget, MeetingOfPageAnswer, PageStatus, toBackground } from '../protocol/messages';
import { readyView, type ServiceAnswer } from '../background/service/view';
import { failure } from '../protocol/failure';
import { type LocalSummaryState, pdfJobs } from './pdf-jobs';
import type { AskStream, AskSuggestion, PdfProgress } from '../pdf/messages';
import { askClient, type AskState, questionDocumentsOf } from './ask';

/** Where the summary service's answer stands: asked and waiting, or answered. */
export type ServiceState = { ok: true; status: 'loading' } | ServiceAnswer;

/** Everything the sidebar shows, and nothing it does not. */
export interface SidebarState {
  page: ExtractResult;
  /** The page's attendees, merged with the service's where it has them: assembled here, never while rendering. */
  attendees: AttendeesState;
  service: ServiceState;
  /** On-device summaries: 'meeting', or a document URL. */
  local: Record<string, LocalSummaryState>;
  /** What the page offers to follow (its committee; the councillor and their ward), and whether the person does each. */
  follows: { target: FollowTarget; following?: boolean }[];
  /** Councillors followed on this council (names), for the attendee list's Follow buttons; absent where following is not offered. */
  councillorsFollowed?: string[];
  /** On a councillor's page: their recorded votes in the minutes already read on this device. */
  councillorVotes?: CouncillorVote[];
  /** The glossary's entries, from the background once the sidebar is open (until then no term is marked). */
  glossary?: GlossaryEntry[];
  /** On a committee page that states the public's deadlines: the dates (yyyy-mm-dd) of its next meetings, from the council's web service. */
  committeeMeetingDates?: string[];
  /** Whether the page has documents to ask questions of. */
  askable: boolean;
  /** The Ask box: the question asked last and where its answer stands. */
  ask: AskState;
  /** Questions the documents already read can answer, offered as one click. */
  askSuggestions: AskSuggestion[];
  callInWorkingDays?: number;
  collapsed: boolean;
  councilName?: string;
}

export interface SidebarStoreDeps {
  send: Channel<typeof toBackground>['send'];
  /** Registers the one handler for PDF-job progress. */
  onProgress(handler: (progress: PdfProgress) => void): void;
  /** Registers the one handler for an AI tier's answer as it streams in. */
  onAskStream(handler: (stream: AskStream) => void): void;
  parse(text: string, type: DOMParserSupportedType): Document;
  translate(key: MessageKey): string;
  /** The UI locale ('cy' or 'en-GB'): the reader's language for documents published in both. */
  locale: string;
  /** The page's own address and host (the service is asked only about this page). */
  pageUrl: string;
  host: string;
  /** False once the extension is reloaded under the page: nothing more is shown. */
  isValid(): boolean;
}

export interface SidebarStore {
  getState(): SidebarState;
  subscribe(listener: (state: SidebarState) => void): () => void;
  /** Asks what is missing: the council's name, the service, the attendance page and web service. */
  start(): Promise<void>;
  status(): PageStatus;
  meetingOfPage(): MeetingOfPageAnswer;
  setCollapsed(collapsed: boolean): PageStatus;
  serviceUpdated(answer: ServiceAnswer): void;
  answerConsent(allow: boolean): void;
  startMeeting(): void;
  startDocument(document: CouncilDocument): void;
  cancel(key: string): void;
  /** Asks the page's documents a question (a suggested one brings its own search words). */
  ask(question: string, query?: string): void;
  stopAsk(): void;
  /** Follows one of what the page offers (by its place in `follows`), or stops following it. */
  toggleFollow(index: number): void;
  /** Follows an attendee (a councillor), or stops following them. */
  toggleFollowPerson(name: string): void;
}

const COMMITTEE_ID = /^\d{1,9}$/;

/**
 * What a page offers to follow: a committee (on its page or its meetings'), a councillor and their
 * ward, or a list of meetings or decisions. ModernGov's committees are checked through its web service;
 * CMIS has none, so a CMIS committee is followed with its page, which indexes its meetings.
 */
export function followTargetsOf(page: ExtractResult): FollowTarget[] {
  if (!page.ok) return [];
  const data = page.data;
  // CMIS's committee page is the one the person is on; the background takes its address from the browser, not the page.
  if (data.kind === 'committee' && data.committeeId && COMMITTEE_ID.test(data.committeeId))
    return [{ kind: 'committee', label: data.name.slice(0, 200), committeeId: data.committeeId }];
  if (data.kind === 'meeting' && data.committee.id && COMMITTEE_ID.test(data.committee.id)) {
    // On CMIS, the committee's page as the meeting page links to it (the background accepts only its own site's committee page).
    const committeePage = data.platform === 'cmis' && data.committee.url ? { url: data.committee.url } : {};
    if (data.platform === 'cmis' && !committeePage.url) return [];
    return [{ kind: 'committee', label: data.committee.name.slice(0, 200), committeeId: data.committee.id, ...committeePage }];
  }
  if (data.kind === 'councillor') {
    // Their committees, from their own page, so that a follow hears of their meetings even when no committee is followed.
    const committees = data.appointments
      .flatMap((appointment) => {
        const address = appointment.url ?? '';
        const id =
          data.platform === 'moderngov'
            ? /mgCommitteeDetails\.aspx/i.test(address)
              ? /[?&]ID=(\d{1,9})\b/i.exec(address)?.[1]
              : undefined
            : /\/ctl\/ViewCMIS_CommitteeDetails\/(?:.*\/)?id\/(\d{1,9})\//i.exec(address)?.[1];
        return id ? [{ id, title: appointment.title.slice(0, 200), ...(data.platform === 'cmis' ? { url: address } : {}) }] : [];
      })
      .slice(0, 10);
    return [
      {
        kind: 'councillor',
        label: data.name.slice(0, 200),
        ...(committees.length ? { committees } : {}),
        ...(data.roles.length ? { roles: data.roles.slice(0, 10).map((role) => role.slice(0, 200)) } : {}),
      },
      // Their ward, watched for its name in titles and for its councillors at meetings (the background completes the list where it can).
      ...(data.ward ? [{ kind: 'ward' as const, label: data.ward.slice(0, 200), councillors: [data.name.slice(0, 120)] }] : []),
    ];
  }
  // A committee's meetings list or calendar (ModernGov or CMIS), or a decisions register: followed as the page it is.
  if (data.kind === 'meetingsList' || data.kind === 'calendar' || data.kind === 'decisionsList') return [{ kind: 'list', label: data.title.slice(0, 200) }];
  return [];
}

/** How long the rest of the sidebar's requests wait for the service's answer at most (a cached one takes 30–80 ms on a 2-core machine). */
export const SERVICE_FIRST_MS = 250;
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The sidebar's state, its status rules and its actions, without Preact or browser APIs: the
 * entrypoint renders whatever the store holds, and the tests drive it through a fake channel.
 */
export function sidebarStore(page: ExtractResult, settings: PageSettings, deps: SidebarStoreDeps): SidebarStore {
  const asksService = page.ok && (page.data.kind === 'meeting' || page.data.kind === 'decision');
  let pageAttendees: AttendeesState = { status: 'loading' };
  // Declarations from the council's web service; the minutes read on this device add theirs (state.local.meeting).
  let recordDeclarations: Declaration[] = page.ok ? declarationsOnPage(page.data) : [];
  let state: SidebarState = {
    page,
    attendees: pageAttendees,
    service: asksService ? { ok: true, status: 'loading' } : failure('service_off'),
    local: {},
    follows: followTargetsOf(page).map((target) => ({ target })),
    askable: false,
    ask: { status: 'idle' },
    askSuggestions: [],
    collapsed: settings.collapsed,
    ...(settings.callInWorkingDays ? { callInWorkingDays: settings.callInWorkingDays } : {}),
  };
  const listeners = new Set<(state: SidebarState) => void>();
  const update = (patch: Partial<SidebarState>) => {
    if (!deps.isValid()) return;
    state = { ...state, ...patch };
    // One place merges the page's attendees with the service's: whenever either changes.
    const view = readyView(state.service);
    const merged = view?.kind === 'meeting' ? withServiceAttendees(pageAttendees, view.attendees) : pageAttendees;
    const local = state.local.meeting;
    state.attendees = withDeclarations(merged, [...recordDeclarations, ...(local?.status === 'ok' ? (local.declarations ?? []) : [])]);
    for (const listener of listeners) listener(state);
  };
  const portal: PortalReader = { fetchPortalText: (request) => deps.send('fetchPortalText', request), parse: deps.parse };
  const meeting = page.ok ? meetingOfPage(page.data) : undefined;
  // One GetMeeting answer for this meeting, parsed once, for its attendees and its restricted flags alike.
  const meetingRecord = meetingRecordOf(meeting, portal);
  // One progress handler, shared by the summaries' jobs and the questions' reading.
  const progressHandlers: ((progress: PdfProgress) => void)[] = [];
  deps.onProgress((progress) => progressHandlers.forEach((handler) => handler(progress)));
  const onProgress = (handler: (progress: PdfProgress) => void) => void progressHandlers.push(handler);
  const jobs = pdfJobs({ send: deps.send, onProgress });
  const questions = askClient({ send: deps.send, onProgress, onStream: deps.onAskStream });
  const questionDocuments = page.ok ? questionDocumentsOf(page.data, readerLanguage(deps.locale)) : [];
  state.askable = questionDocuments.length > 0;
  const refreshSuggestions = () =>
    void questions
      .suggestions(questionDocuments)
      .then((askSuggestions) => update({ askSuggestions }))
      .catch(() => undefined);
  const showFollow = (index: number, following: boolean) =>
    update({ follows: state.follows.map((follow, at) => (at === index ? { ...follow, following } : follow)) });
  const showLocal = (key: string) => (next: LocalSummaryState) => {
    update({ local: { ...state.local, [key]: next } });
    // A document just read can answer questions: offer the ones it answers.
    if (next.status === 'ok') refreshSuggestions();
  };
  const isMarkedRestricted = restrictedDocumentCheck(meeting, meetingRecord, async () => settings.sendsToRemoteEndpoint);

  /** Where the page's summary stands, in words, for the toolbar popup. */
  const summaryStatus = (): string | undefined => {
    if (!state.page.ok || (state.page.data.kind !== 'meeting' && state.page.data.kind !== 'decision')) return undefined;
    const { service } = state;
    const view = readyView(service);
    if (view?.kind === 'meeting' && view.summary) return deps.translate('status_serviceSummary');
    if (view?.kind === 'decision' && view.analysis) return deps.translate('status_serviceAnalysis');
    const local = state.local.meeting;
    if (local?.status === 'ok') return deps.translate('status_local');
    if (local?.status === 'running') return deps.translate('status_running');
    if (service.ok && service.status === 'loading') return deps.translate('askingService');
    return state.page.data.kind === 'meeting' ? deps.translate('status_none') : deps.translate('status_noAnalysis');
  };

  const store: SidebarStore = {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    status() {
      const summary = summaryStatus();
      return {
        kindLabel: state.page.ok ? deps.translate(`kind_${state.page.data.kind}`) : deps.translate('councilPage'),
        title: state.page.ok ? pageTitleOf(state.page.data, deps.translate) : deps.translate('unreadableTitle'),
        ...(state.councilName ? { councilName: state.councilName } : {}),
        readable: state.page.ok,
        sidebarOpen: !state.collapsed,
        ...(summary ? { summary } : {}),
      };
    },
    meetingOfPage() {
      return meeting ? { meetingUrl: meetingPageUrl(meeting) } : {};
    },
    setCollapsed(collapsed) {
      update({ collapsed });
      void deps.send('setSidebarCollapsed', { collapsed });
      return store.status();
    },
    serviceUpdated: (service) => update({ service }),
    answerConsent(allow) {
      update({ service: { ok: true, status: 'loading' } });
      void deps.send('answerServiceConsent', { allow }).then(lookUp);
    },
    startMeeting() {
      if (!state.page.ok || state.page.data.kind !== 'meeting') return;
      const meeting = state.page.data;
      jobs.meeting(
        {
          documents: meetingDocumentsToSummarise(meeting, readerLanguage(deps.locale)),
          items: meeting.agendaItems.map((item) => {
            const resolved = fullResolutionOf(item);
            return {
              ...(item.number ? { number: item.number } : {}),
              title: item.title,
              ...(resolved ? { resolved } : {}),
              ...(item.anchor && /^[\w-]{1,100}$/.test(item.anchor) ? { anchor: item.anchor } : {}),
            };
          }),
        },
        showLocal('meeting'),
      );
    },
    startDocument: (document) =>
      void jobs.document(
        document.url,
        isMarkedRestricted(document.url),
        showLocal(document.url),
        // On a decision page, the decision it states is set beside the report's recommendations.
        state.page.ok && state.page.data.kind === 'decision' ? state.page.data.decision : undefined,
      ),
    cancel(key) {
      const running = state.local[key];
      if (running?.status === 'running') jobs.cancel(running.jobId);
    },
    ask(question, query) {
      const asked = question.trim();
      if (!asked || questionDocuments.length === 0) return;
      void (async () => {
        // The council's own restricted flags go with the question, so those passages never leave the device.
        const flags = await Promise.all(
          questionDocuments.map(async (document) => ((await isMarkedRestricted(document.url).catch(() => false)) ? document.url : '')),
        );
        questions.ask({ question: asked, ...(query ? { query } : {}), documents: questionDocuments, restricted: flags.filter(Boolean) }, (ask) => {
          update({ ask });
          if (ask.status === 'answered') refreshSuggestions();
        });
      })();
    },
    stopAsk: () => questions.stop(),
    toggleFollowPerson(name) {
      const followed = state.councillorsFollowed;
      if (!followed) return;
      const wanted = !followed.includes(name);
      update({ councillorsFollowed: wanted ? [...followed, name] : followed.filter((other) => other !== name) });
      void deps.send('setFollow', { target: { kind: 'councillor', label: name.slice(0, 200) }, follow: wanted });
    },
    toggleFollow(index) {
      const follow = state.follows[index];
      if (!follow || follow.following === undefined) return;
      const wanted = !follow.following;
      showFollow(index, wanted);
      void deps.send('setFollow', { target: follow.target, follow: wanted }).then(({ following }) => showFollow(index, following));
    },
    async start() {
      // The service's answer first: it is what the person is waiting for (the council's name and the attendees can follow). The
      // rest is asked for once it is in, or after a moment should the service be slow: every reply is read on this one thread, and
      // replies that came back first (the attendance page, the glossary) held the summary's up by 20–50 ms (`npm run bench`, (b)).
      if (page.ok && state.service.ok && state.service.status === 'loading') await Promise.race([lookUp().catch(() => undefined), pause(SERVICE_FIRST_MS)]);
      void deps.send('lookupCouncil', { host: deps.host }).then(({ name }) => name && update({ councilName: name }));
      if (!page.ok) return;
      refreshSuggestions();
      state.follows.forEach(
        (follow, index) =>
          void deps
            .send('followState', follow.target)
            .then(({ following }) => showFollow(index, following))
            .catch(() => undefined),
      );
      // Attendees of a ModernGov meeting can be followed one by one.
      if (page.data.kind === 'meeting' && page.data.platform === 'moderngov')
        void deps
          .send('councillorsFollowed', undefined)
          .then(({ names }) => update({ councillorsFollowed: names }))
          .catch(() => undefined);
      void deps
        .send('glossary', undefined)
        .then(({ entries }) => entries.length && update({ glossary: entries }))
        .catch(() => undefined);
      if (page.data.kind === 'committee')
        void committeeMeetingDates(page.data, portal).then((dates) => dates.length && update({ committeeMeetingDates: dates }));
      if (page.data.kind === 'councillor')
        void deps
          .send('councillorVotes', { name: page.data.name.slice(0, 200) })
          .then(({ votes }) => votes.length && update({ councillorVotes: votes }))
          .catch(() => undefined);
      const [attendees, enriched] = await Promise.all([
        loadAttendees(page.data, portal, meetingRecord, () => loadDirectory(page.data, portal)),
        enrichPeople(page.data, portal),
      ]);
      pageAttendees = attendees;
      // The same GetMeeting answer the attendees may already have asked for (one request per meeting at most).
      if (page.data.kind === 'meeting') recordDeclarations = [...recordDeclarations, ...((await meetingRecord().catch(() => undefined))?.declarations ?? [])];
      update({ page: { ...page, data: enriched } });
    },
  };

  /** Asks the service (the background sends nothing until the person has agreed), then reads the documents if it has no summary. */
  async function lookUp(): Promise<void> {
    const service = await deps.send('lookupService', { pageUrl: deps.pageUrl });
    if (!page.ok) return;
    update({ service });
    // No summary from the service (or not yet asked): read the council's own documents, if the person wants that.
    const view = readyView(service);
    const serviceSummarised = view?.kind === 'meeting' && view.summary !== undefined;
    if (deps.isValid() && !serviceSummarised && page.data.kind === 'meeting' && settings.autoSummaries && !state.local.meeting) store.startMeeting();
  }

  return store;
}
