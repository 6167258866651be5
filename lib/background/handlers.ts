import { browser } from 'wxt/browser';
import { askEndpoint } from './ai/endpoint';
import { phraseForTier, summaryForTier } from './ai/apply';
import { streamEndpointAnswer } from './ai/answer';
import { MeetingQuestions } from './ask';
import type { Cache } from './cache';
import { councillorVotes } from './councillor-votes';
import { GLOSSARY } from '../shared/glossary-data';
import { checkDocumentUrl, type DocumentPolicy, policyForChosenDocument, policyForPage } from './document-policy';
import { PdfSummaries } from './pdf-summaries';
import type { PortalFetcher } from './portal-fetch';
import { backgroundChannel, tabChannel } from '../protocol';
import { SidebarInjector } from './sidebar-injection';
import { mayShowSidebar } from './council-sites';
import { type CouncilRegistry, findCouncilByHost } from '../shared/registry';
import { failure } from '../protocol/failure';
import { ServiceClient } from './service/client';
import type { ServiceLookup } from './service/lookup';
import { servicePageKey } from './service/page-key';
import { getSettings, pageSettingsFor, setServiceConsent, setSidebarCollapsed } from './settings';
import { originPattern } from '../shared/sites';
import { HANDED_SETTINGS, handOverSettings } from '../protocol/page-settings';
import { TabJobs } from './jobs';
import { giveBackRoom, SIDEBAR_TAG, SIDEBAR_WIDTH } from '../sidebar/side-by-side';
import { detectorsMatchingUrl } from '../page/platforms/detection';
import { browserI18n } from '../shared/i18n-browser';
import type { PdfRunner, RunnerActivity } from './offscreen';

/**
 * What the background answers, message by message. Who may send each message, and the shape
 * of its request, were checked by the channel before any of this runs (lib/protocol/).
 */

const SIDEBAR_SCRIPT = '/sidebar.js';

export interface BackgroundDeps {
  cache: Cache;
  portal: PortalFetcher;
  registry: CouncilRegistry;
  service: ServiceLookup;
  runner: PdfRunner;
}

/** Whether a page's address is a kind that lists documents Council Lens may be asked to read. */
function pageWithDocuments(address: string | undefined): boolean {
  if (!address) return false;
  try {
    return detectorsMatchingUrl(new URL(address)).some(({ detector }) => ['meeting', 'agendaItem', 'decision', 'issueHistory'].includes(detector.kind));
  } catch {
    return false;
  }
}

/** The addresses in the person's settings: their origins are never document targets. */
async function settingsAddresses(): Promise<string[]> {
  const settings = await getSettings();
  return [settings.serviceUrl, settings.llm.endpoint].filter(Boolean);
}

/** Whether the browser lets Council Lens reach this address (a document, the service, the endpoint). */
async function mayReach(address: string): Promise<boolean> {
  const pattern = originPattern(address);
  return pattern !== undefined && browser.permissions.contains({ origins: [pattern] });
}

/** The "Summarise this PDF" page reads an address the person chose: any site Council Lens may read, but never the person's own service or endpoint. */
async function chosenPolicy(url: string): Promise<DocumentPolicy> {
  const policy = policyForChosenDocument(url, await settingsAddresses());
  return 'hosts' in policy ? policy : { hosts: [], excludedHostnames: [] };
}

/** What the background is still doing, and the page where pdf.js runs: `npm run bench`'s soak checks that nothing is left behind. */
export interface BackgroundActivity extends RunnerActivity {
  tabJobs: number;
  questions: number;
}

export function answerBackgroundMessages({ cache, portal, registry, service, runner }: BackgroundDeps): {
  activity(): Promise<BackgroundActivity>;
  adoptOpenTabs(): Promise<void>;
} {
  // A question's own stop (its AI answer streaming); its documents are read by the runner's jobs.
  const questionsRunning = new Map<string, AbortController>();
  const jobs = new TabJobs((jobId) => {
    runner.cancel(jobId);
    questionsRunning.get(jobId)?.abort();
  });
  // The sidebar goes into a council page once the tab has loaded it (lib/background/sidebar-injection.ts).
  const sidebars = new SidebarInjector({
    // Asked once the page has loaded, not as it starts: reading the permission and the settings while it loaded slowed its load
    // (×1.17 and ×1.26 on a 29 ms page in ad-hoc runs of the bench, against ×1.02) and saved the sidebar nothing.
    mayRead: mayShowSidebar,
    inject: async (tabId, url) => {
      const target = { tabId, frameIds: [0] };
      const host = new URL(url).host;
      const settings = await pageSettingsFor(host);
      // Both sent at once: a script's source goes straight to the frame, ahead of the sidebar's file, which the browser
      // reads first (a sidebar that finds no settings handed over asks for them).
      await Promise.all([
        browser.scripting.executeScript({ target, func: handOverSettings, args: [HANDED_SETTINGS, host, settings] }),
        browser.scripting.executeScript({ target, files: [SIDEBAR_SCRIPT] }),
      ]);
      // A page with documents: pdf.js is made ready now, so "Summarise" does not wait for it; not before, as it shares the
      // machine with the sidebar's first render.
      if (pageWithDocuments(url)) runner.warm();
    },
    giveBackRoom: async (tabId) => {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: giveBackRoom, args: [SIDEBAR_TAG, SIDEBAR_WIDTH, false] });
    },
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    jobs.cancelTab(tabId);
    sidebars.onRemoved(tabId);
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'loading') jobs.cancelTab(tabId);
    sidebars.onUpdated(tabId, change, tab.url);
  });
  /**
   * Council pages already open when Council Lens is installed, updated or the browser starts get theirs too. Not on every
   * wake of the service worker: that would run the sidebar's script again in every open council tab.
   */
  const adoptOpenTabs = async () => {
    for (const tab of await browser.tabs.query({}).catch(() => []))
      if (tab.id !== undefined && tab.status) sidebars.onUpdated(tab.id, { status: tab.status }, tab.url);
  };

  // What Council Lens itself says in a summary, in the browser's language.
  const { t } = browserI18n();
  const pdfs = new PdfSummaries({
    cache,
    t,
    runJob: async (request, onProgress) => (jobs.isCancelled(request.jobId) ? failure('cancelled') : runner.run(request, onProgress)),
    indexJob: (jobId, url) => runner.index(jobId, url),
    present: async (summary, url, summarisedAt) => {
      const settings = await getSettings();
      const outcome = await summaryForTier(summary, url, summarisedAt, {
        t,
        tier: settings.summariserTier,
        endpoint: settings.llm,
        askEndpoint: async (endpoint, digest) =>
          settings.llm.endpoint && (await mayReach(settings.llm.endpoint)) ? askEndpoint(endpoint, digest) : failure('endpoint_no_permission'),
        askChromeAi: (digest) => runner.askChromeAi(digest),
      });
      return { display: outcome.display, ...(outcome.fellBack ? { note: outcome.fellBack } : {}) };
    },
  });

  const questions = new MeetingQuestions({
    pdfs,
    phrase: async () => {
      const settings = await getSettings();
      return phraseForTier({
        tier: settings.summariserTier,
        endpoint: settings.llm,
        streamEndpoint: async (endpoint, prompt, options) =>
          settings.llm.endpoint && (await mayReach(settings.llm.endpoint))
            ? streamEndpointAnswer(endpoint, prompt, options)
            : failure('endpoint_no_permission'),
        streamChromeAi: (jobId, prompt, onText) => runner.answerWithChromeAi(jobId, prompt, onText),
      });
    },
  });

  backgroundChannel.handle('lookupService', async (request, { sender }) => {
    const tabId = sender.tab?.id;
    // A page may only ask about itself: the service never learns of pages the person is not on.
    if (tabId === undefined || servicePageKey(request.pageUrl) !== servicePageKey(sender.url ?? '')) return failure('malformed_request');
    return service.lookup(request.pageUrl, (answer) => void tabChannel.send('serviceUpdated', answer, { tabId, frameId: sender.frameId ?? 0 }));
  });

  backgroundChannel.handle('answerServiceConsent', async ({ allow }) => {
    const { serviceUrl } = await getSettings();
    if (serviceUrl) await setServiceConsent(serviceUrl, allow ? 'granted' : 'declined');
  });

  backgroundChannel.handle('getPageSettings', (_request, { sender }) => pageSettingsFor(new URL(sender.url!).host));

  backgroundChannel.handle('setSidebarCollapsed', ({ collapsed }, { sender }) => setSidebarCollapsed(new URL(sender.url!).host, collapsed));

  backgroundChannel.handle('fetchPortalText', async (request, { from, sender }) => {
    // A council page: its own site only (PortalFetcher checks origin and path, and redirects).
    if (from === 'councilPage') return portal.fetchText(request, sender.url);
    // The "Summarise this PDF" page is on no council's site: it may read only from sites Council Lens may read.
    const target = checkDocumentUrl(request.url, await chosenPolicy(request.url));
    if (!(target instanceof URL)) return target;
    if (!(await mayReach(target.href))) return failure('site_not_enabled', target.host);
    return portal.fetchText(request, target.href);
  });

  backgroundChannel.handle('summarisePdf', async (request, { from, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return failure('unknown_sender');
    // One rule for where documents may come from: the sender's own council, or, from the PDF page, the one the person chose.
    const policy = from === 'councilPage' ? policyForPage(sender.url, registry, await settingsAddresses()) : await chosenPolicy(request.url);
    if (!('hosts' in policy)) return policy;
    const target = checkDocumentUrl(request.url, policy);
    if (!(target instanceof URL)) return target;
    if (!(await mayReach(target.href))) return failure('site_not_enabled', target.host);
    const frameId = sender.frameId ?? 0;
    const done = jobs.track(tabId, request.jobId);
    try {
      return await pdfs.summarise(
        target.href,
        request.jobId,
        (progress) => void tabChannel.send('pdfProgress', { jobId: request.jobId, ...progress }, { tabId, frameId }),
        {
          policy,
          restricted: request.restricted === true,
          ...(request.decided && from === 'councilPage' && sender.url ? { decided: { text: request.decided, pageUrl: sender.url } } : {}),
        },
      );
    } finally {
      done();
    }
  });

  backgroundChannel.handle('glossary', () => ({
    entries: GLOSSARY.entries.map(({ id, forms, acronyms, en, cy }) => ({ id, forms: [...forms], ...(acronyms ? { acronyms: [...acronyms] } : {}), en, cy })),
  }));

  backgroundChannel.handle('councillorVotes', async (request, { sender }) => {
    let origin: string;
    try {
      origin = new URL(sender.url ?? '').origin;
    } catch {
      return { votes: [] };
    }
    return { votes: await councillorVotes(cache, origin, request.name) };
  });

  backgroundChannel.handle('summariseMeeting', async (request, { sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return failure('unknown_sender');
    const policy = policyForPage(sender.url, registry, await settingsAddresses());
    if (!('hosts' in policy)) return policy;
    // A meeting page may only have the documents of its own council read: a link planted to
    // anywhere else is left out (and costs only itself), the rest are summarised.
    const documents = request.documents.filter((document) => checkDocumentUrl(document.url, policy) instanceof URL);
    if (documents.length === 0 && request.documents.length > 0) return failure('documents_elsewhere');
    const frameId = sender.frameId ?? 0;
    const done = jobs.track(tabId, request.jobId);
    try {
      return await pdfs.meeting({ ...request, documents, policy, pageUrl: sender.url ?? '' }, ({ document, of, ...rest }) => {
        void tabChannel.send('pdfProgress', { jobId: request.jobId, document, documents: of, ...rest }, { tabId, frameId });
      });
    } finally {
      done();
    }
  });

  /** The documents a question may be asked of: the sender's own council's (or, from the PDF page, the one it shows), and only those the browser lets Council Lens read. */
  async function questionScope(
    documents: readonly { url: string; title: string }[],
    from: string,
    senderUrl: string | undefined,
  ): Promise<{ policy: DocumentPolicy; documents: { url: string; title: string }[] } | ReturnType<typeof failure>> {
    if (from === 'pdfPage' && documents.length !== 1) return failure('malformed_request');
    const policy = from === 'councilPage' ? policyForPage(senderUrl, registry, await settingsAddresses()) : await chosenPolicy(documents[0]!.url);
    if (!('hosts' in policy)) return policy;
    const allowed: { url: string; title: string }[] = [];
    for (const document of documents) {
      const target = checkDocumentUrl(document.url, policy);
      if (target instanceof URL && (await mayReach(target.href))) allowed.push({ url: target.href, title: document.title });
    }
    if (allowed.length === 0) return failure('documents_elsewhere');
    return { policy, documents: allowed };
  }

  backgroundChannel.handle('ask', async (request, { from, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return failure('unknown_sender');
    const scope = await questionScope(request.documents, from, sender.url);
    if ('ok' in scope) return scope;
    const frameId = sender.frameId ?? 0;
    const done = jobs.track(tabId, request.jobId);
    const stop = new AbortController();
    questionsRunning.set(request.jobId, stop);
    // The model's text so far, at most every 100 ms: each message crosses to the tab.
    let lastSent = 0;
    let pending: ReturnType<typeof setTimeout> | undefined;
    const stream = (text: string) => {
      clearTimeout(pending);
      const send = () => {
        lastSent = Date.now();
        void tabChannel.send('askStream', { jobId: request.jobId, text: text.slice(0, 20_000) }, { tabId, frameId });
      };
      if (Date.now() - lastSent >= 100) send();
      else pending = setTimeout(send, 100);
    };
    try {
      return await questions.ask(
        { ...request, documents: scope.documents },
        scope.policy,
        ({ document, of, ...rest }) => void tabChannel.send('pdfProgress', { jobId: request.jobId, document, documents: of, ...rest }, { tabId, frameId }),
        { signal: stop.signal, onText: stream },
      );
    } finally {
      clearTimeout(pending);
      questionsRunning.delete(request.jobId);
      done();
    }
  });

  backgroundChannel.handle('askSuggestions', async ({ documents }, { from, sender }) => {
    const scope = await questionScope(documents, from, sender.url);
    return 'ok' in scope ? { questions: [] } : questions.suggestions(scope.documents, scope.policy);
  });

  backgroundChannel.handle('cancelPdf', ({ jobId }, { sender }) => {
    const tabId = sender.tab?.id;
    // Only the tab that started a job may cancel it.
    if (tabId !== undefined) jobs.cancel(tabId, jobId);
  });

  backgroundChannel.handle('testService', async ({ serviceUrl, serviceKey }) => {
    if (!/^https?:\/\//.test(serviceUrl)) return failure('not_http_address');
    if (!(await mayReach(serviceUrl))) return failure('address_no_permission');
    const client = new ServiceClient({ baseUrl: serviceUrl, ...(serviceKey ? { apiKey: serviceKey } : {}), maxRetries: 0 });
    // Any well-formed answer proves the service is there; "nothing for this page" is a fine answer.
    const result = await client.lookupPage('https://connection-test.moderngov.co.uk/ieListDocuments.aspx?MId=0');
    if (result.ok || result.code === 'not_covered') return { ok: true, keyAccepted: Boolean(serviceKey) };
    return result;
  });

  backgroundChannel.handle('lookupCouncil', ({ host }) => {
    const entry = findCouncilByHost(registry, host);
    return entry ? { name: entry.name, platform: entry.platform } : {};
  });

  return { activity: async () => ({ ...(await runner.activity()), tabJobs: jobs.size, questions: questionsRunning.size }), adoptOpenTabs };
}
