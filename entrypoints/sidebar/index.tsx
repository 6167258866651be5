import { render } from 'preact';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import sidebarCss from '../../components/sidebar.css?inline';
import { Sidebar } from '../../components/Sidebar';
import { type EnrichDeps, enrichPeople, loadAttendees, withServiceAttendees } from '../../lib/enrich';
import { ServiceAnswer } from '../../lib/service/view';
import type { ServiceState } from '../../components/ServiceViews';
import type { LocalSummaryState } from '../../components/LocalSummary';
import { meetingDocumentsToSummarise } from '../../lib/enrich';
import { readerLanguage } from '../../lib/document-language';
import { PdfProgress, PdfSummaryAnswer } from '../../lib/pdf/messages';
import type { CouncilDocument } from '../../lib/model';
import { type AttendeesState, restrictedDocumentCheck } from '../../lib/load-attendees';
import { meetingOfPage, meetingPageUrl } from '../../lib/platforms/moderngov/attendance';
import { FetchPortalTextResponse, LookupCouncilResponse, type PageStatus, messaging, tabMessaging } from '../../lib/messaging';
import { type ExtractResult, detectPage, extractPage } from '../../lib/platforms';
import { pageTitleOf } from '../../lib/page-labels';
import { I18nContext } from '../../components/i18n';
import { browserI18n } from '../../lib/i18n-browser';
import { formatMeetingTime } from '../../components/format';
import { failure } from '../../lib/result';
import { PageSettings } from '../../lib/page-settings';

const i18n = browserI18n();

interface SidebarState {
  page: ExtractResult;
  attendees: AttendeesState;
  service: ServiceState;
  /** On-device summaries: 'meeting', or a document URL. */
  local: Record<string, LocalSummaryState>;
  callInWorkingDays?: number;
  collapsed: boolean;
  councilName?: string;
}

/** Replies are messages too: validate them before they reach the UI. */
const deps: EnrichDeps = {
  async fetchPortalText(request) {
    try {
      const parsed = FetchPortalTextResponse.safeParse(await messaging.sendMessage('fetchPortalText', request));
      return parsed.success ? parsed.data : failure('unexpected_data', 'Council Lens got an answer it did not understand.');
    } catch {
      return failure('unavailable', 'Council Lens could not reach its background page.');
    }
  },
  parse: (text, type) => new DOMParser().parseFromString(text, type),
};

async function askService(pageUrl: string): Promise<ServiceAnswer> {
  try {
    const parsed = ServiceAnswer.safeParse(await messaging.sendMessage('lookupService', { pageUrl }));
    return parsed.success ? parsed.data : { status: 'unexpected_data', message: 'Council Lens got an answer it did not understand.' };
  } catch {
    return { status: 'unavailable', message: 'Council Lens could not reach its background page.' };
  }
}

/**
 * Copies from the sidebar. The async clipboard needs a secure page; on plain-http council
 * sites a selected textarea inside the sidebar and the copy command do the same job.
 */
async function copyText(text: string, root: Node): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the copy command.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;opacity:0;pointer-events:none';
  (root instanceof ShadowRoot ? root : document.body).append(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  return copied;
}

/** Settings come from the background, which hands a council page only what is not secret. */
async function pageSettings(): Promise<PageSettings> {
  try {
    const parsed = PageSettings.safeParse(await messaging.sendMessage('getPageSettings'));
    if (parsed.success) return parsed.data;
  } catch {
    // The defaults below: no automatic work, nothing sent anywhere.
  }
  return { autoSummaries: false, sendsToRemoteEndpoint: true, collapsed: false };
}

async function councilName(host: string): Promise<string | undefined> {
  try {
    const parsed = LookupCouncilResponse.safeParse(await messaging.sendMessage('lookupCouncil', { host }));
    return parsed.success ? parsed.data.name : undefined;
  } catch {
    return undefined;
  }
}

async function mountSidebar(ctx: ContentScriptContext, page: ExtractResult): Promise<void> {
  const settings = await pageSettings();
  let state: SidebarState = {
    page,
    attendees: { status: 'loading' },
    service: page.ok && (page.data.kind === 'meeting' || page.data.kind === 'decision') ? { status: 'loading' } : { status: 'off', message: '' },
    local: {},
    collapsed: settings.collapsed,
    ...(settings.callInWorkingDays ? { callInWorkingDays: settings.callInWorkingDays } : {}),
  };
  let container: HTMLElement | undefined;

  const status = (): PageStatus => ({
    kindLabel: state.page.ok ? i18n.t(`kind_${state.page.data.kind}`) : i18n.t('councilPage'),
    title: state.page.ok ? pageTitleOf(state.page.data) : i18n.t('unreadableTitle'),
    ...(state.councilName ? { councilName: state.councilName } : {}),
    readable: state.page.ok,
    sidebarOpen: !state.collapsed,
    ...(summaryStatus() ? { summary: summaryStatus() } : {}),
  });
  const summaryStatus = (): string | undefined => {
    if (!state.page.ok || (state.page.data.kind !== 'meeting' && state.page.data.kind !== 'decision')) return undefined;
    const { service } = state;
    if (service.status === 'ready' && service.view.kind === 'meeting' && service.view.summary) return i18n.t('status_serviceSummary');
    if (service.status === 'ready' && service.view.kind === 'decision' && service.view.analysis) return i18n.t('status_serviceAnalysis');
    const local = state.local.meeting;
    if (local?.status === 'ok') return i18n.t('status_local');
    if (local?.status === 'running') return i18n.t('status_running');
    if (service.status === 'loading') return i18n.t('askingService');
    return state.page.data.kind === 'meeting' ? i18n.t('status_none') : i18n.t('status_noAnalysis');
  };
  const setCollapsed = (collapsed: boolean) => {
    update({ collapsed });
    void messaging.sendMessage('setSidebarCollapsed', { collapsed }).catch(() => undefined);
    return status();
  };
  const rerender = () => {
    if (!container) return;
    render(
      <div class="root" lang={i18n.locale}>
        <I18nContext.Provider value={i18n}>
          <Sidebar
            {...state}
            local={
              state.page.ok && state.page.data.kind === 'meeting'
                ? {
                    meeting: state.local.meeting ?? { status: 'idle' },
                    startMeeting,
                    cancelMeeting: () => cancel('meeting'),
                    documents: { states: state.local, start: startDocument, cancel },
                  }
                : undefined
            }
            documentSummaries={state.page.ok && state.page.data.kind !== 'meeting' ? { states: state.local, start: startDocument, cancel } : undefined}
            attendees={
              state.service.status === 'ready' && state.service.view.kind === 'meeting'
                ? withServiceAttendees(state.attendees, state.service.view.attendees)
                : state.attendees
            }
            now={new Date().toISOString()}
            onCollapsedChange={setCollapsed}
            actions={{
              copy: (text) => copyText(text, container?.getRootNode() ?? document),
              serviceConsent: answerConsent,
              ...(state.page.ok
                ? {
                    source: {
                      ...(state.councilName ? { council: state.councilName } : {}),
                      title: pageTitleOf(state.page.data),
                      ...(state.page.data.kind === 'meeting' && state.page.data.startsAt
                        ? { date: formatMeetingTime(state.page.data.startsAt, i18n.locale) }
                        : {}),
                      url: location.href,
                      retrievedAt: new Date().toISOString(),
                    },
                  }
                : {}),
            }}
          />
        </I18nContext.Provider>
      </div>,
      container,
    );
  };
  const update = (patch: Partial<SidebarState>) => {
    state = { ...state, ...patch };
    rerender();
  };

  const setLocal = (key: string, value: LocalSummaryState) => update({ local: { ...state.local, [key]: value } });
  let jobCounter = 0;
  const newJobId = () => `${Date.now().toString(36)}-${(jobCounter += 1)}`;
  const parsePdfAnswer = (raw: unknown): PdfSummaryAnswer => {
    const parsed = PdfSummaryAnswer.safeParse(raw);
    return parsed.success ? parsed.data : { status: 'failed', error: 'unexpected_data', message: 'Council Lens got an answer it did not understand.' };
  };
  const isMarkedRestricted = restrictedDocumentCheck(page.ok ? meetingOfPage(page.data) : undefined, deps, async () => settings.sendsToRemoteEndpoint);
  const startDocument = (document: CouncilDocument) => {
    const jobId = newJobId();
    setLocal(document.url, { status: 'running', jobId });
    void isMarkedRestricted(document.url)
      .catch(() => false)
      .then((restricted) => messaging.sendMessage('summarisePdf', { url: document.url, jobId, ...(restricted ? { restricted } : {}) }))
      .then(parsePdfAnswer, () => ({ status: 'failed' as const, error: 'unavailable', message: 'Council Lens could not reach its background page.' }))
      .then((answer) => ctx.isValid && setLocal(document.url, answer));
  };
  const startMeeting = () => {
    if (!state.page.ok || state.page.data.kind !== 'meeting') return;
    const meeting = state.page.data;
    const jobId = newJobId();
    setLocal('meeting', { status: 'running', jobId });
    void messaging
      .sendMessage('summariseMeeting', {
        jobId,
        documents: meetingDocumentsToSummarise(meeting, readerLanguage(i18n.locale)),
        items: meeting.agendaItems.map((item) => ({ ...(item.number ? { number: item.number } : {}), title: item.title })),
      })
      .then(parsePdfAnswer, () => ({ status: 'failed' as const, error: 'unavailable', message: 'Council Lens could not reach its background page.' }))
      .then((answer) => ctx.isValid && setLocal('meeting', answer));
  };
  /** Asks the service (the background sends nothing until the person has agreed), then reads the documents if it has no summary. */
  const lookUp = () =>
    askService(location.href).then((service) => {
      if (!ctx.isValid || !page.ok) return;
      update({ service });
      // No summary from the service (or not yet asked): read the council's own documents, if the person wants that.
      const serviceSummarised = service.status === 'ready' && service.view.kind === 'meeting' && service.view.summary !== undefined;
      if (!serviceSummarised && page.data.kind === 'meeting' && settings.autoSummaries && !state.local.meeting) startMeeting();
    });
  const answerConsent = (allow: boolean) => {
    update({ service: { status: 'loading' } });
    void messaging
      .sendMessage('answerServiceConsent', { allow })
      .catch(() => undefined)
      .then(lookUp);
  };
  const cancel = (key: string) => {
    const running = state.local[key];
    if (running?.status !== 'running') return;
    void messaging.sendMessage('cancelPdf', { jobId: running.jobId }).catch(() => undefined);
    setLocal(key, { status: 'failed', error: 'cancelled', message: 'Cancelled.' });
  };

  const ui = await createShadowRootUi(ctx, {
    name: 'council-lens-sidebar',
    // Closed: page script cannot reach into the sidebar (`host.shadowRoot` is null for it), so it
    // can neither read what Council Lens fetched nor press its buttons. README: "The sidebar and the page".
    mode: 'closed',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: sidebarCss,
    // Keys typed in the sidebar must not trigger the council page's own shortcuts.
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount(uiContainer, shadow) {
      container = uiContainer;
      refuseSyntheticEvents(shadow);
      rerender();
    },
    onRemove() {
      if (container) render(null, container);
    },
  });
  ui.mount();

  tabMessaging.onMessage('getPageStatus', () => status());
  tabMessaging.onMessage('setSidebarOpen', ({ data }) => setCollapsed(!(data && typeof data === 'object' && data.open === true)));
  tabMessaging.onMessage('toggleSidebar', () => setCollapsed(!state.collapsed));
  tabMessaging.onMessage('meetingOfPage', () => {
    const meeting = state.page.ok ? meetingOfPage(state.page.data) : undefined;
    return meeting ? { meetingUrl: meetingPageUrl(meeting) } : {};
  });
  tabMessaging.onMessage('pdfProgress', ({ data }) => {
    const progress = PdfProgress.safeParse(data);
    if (!progress.success) return;
    const key = Object.keys(state.local).find((candidate) => {
      const entry = state.local[candidate];
      return entry?.status === 'running' && entry.jobId === progress.data.jobId;
    });
    if (key) setLocal(key, { status: 'running', jobId: progress.data.jobId, progress: progress.data });
  });
  tabMessaging.onMessage('serviceUpdated', ({ data }) => {
    const answer = ServiceAnswer.safeParse(data);
    if (answer.success) update({ service: answer.data });
  });
  ctx.onInvalidated(() => tabMessaging.removeAllListeners());

  void councilName(location.host).then((name) => {
    if (name && ctx.isValid) update({ councilName: name });
  });
  if (!page.ok) return;
  if (state.service.status === 'loading') void lookUp();
  const [attendees, enriched] = await Promise.all([loadAttendees(page.data, deps), enrichPeople(page.data, deps)]);
  if (ctx.isValid) update({ attendees, page: { ok: true, data: enriched } });
}

/**
 * Events the page made up (`element.click()`, `dispatchEvent`) are stopped at the sidebar's
 * root before any handler sees them: only the person's own clicks and keys act. The closed root
 * already keeps page script from reaching these elements; this holds even if it found a way.
 */
function refuseSyntheticEvents(root: ShadowRoot): void {
  for (const type of [
    'click',
    'dblclick',
    'auxclick',
    'mousedown',
    'mouseup',
    'pointerdown',
    'pointerup',
    'keydown',
    'keyup',
    'keypress',
    'input',
    'change',
    'submit',
  ]) {
    root.addEventListener(
      type,
      (event) => {
        if (event.isTrusted) return;
        event.stopImmediatePropagation();
        event.preventDefault();
      },
      { capture: true },
    );
  }
}

/**
 * WXT's context stops "older copies" of a script when a same-named one announces itself with a
 * DOM event, which page script could forge to tear the sidebar down. This script is injected once
 * per frame and tracked in its own world, so it has no older copies to stop.
 */
function sidebarContext(): ContentScriptContext {
  // Defined here rather than at the top level: WXT evaluates this file's top level at build time.
  class SidebarContext extends ContentScriptContext {
    override stopOldScripts(): void {}
    override listenForNewerScripts(): void {}
  }
  return new SidebarContext('council-lens-sidebar');
}

/**
 * Whether the sidebar is mounted in this frame, kept on the content script's own global: the
 * isolated world's, which page script cannot see or set. Never inferred from the DOM, where a
 * page could plant a `council-lens-sidebar` element to block it.
 */
const MOUNTED = Symbol.for('council-lens.sidebar-mounted');
type SidebarGlobal = typeof globalThis & { [MOUNTED]?: boolean };

/**
 * The sidebar, injected by the background into a frame the loader detected. It runs as a
 * content script (isolated world), so it re-detects from the document it is given rather
 * than trusting anything the page could have changed since.
 */
export default defineUnlistedScript(async () => {
  // Injected once per frame: a second injection (a registered script plus the popup's
  // immediate one) finds the sidebar already there.
  const world = globalThis as SidebarGlobal;
  if (world[MOUNTED]) return;
  const url = new URL(location.href);
  const detection = detectPage(url, document);
  if (!detection) return;
  world[MOUNTED] = true;
  const ctx = sidebarContext();
  ctx.onInvalidated(() => {
    world[MOUNTED] = false;
  });
  await mountSidebar(ctx, extractPage(detection, url, document));
});
