import registryJson from '../assets/council-registry.json';
import { Cache } from '../lib/cache';
import {
  FetchPortalTextRequest,
  LookupCouncilRequest,
  LookupServiceRequest,
  MeetingOfPageAnswer,
  messaging,
  offscreenMessaging,
  TestServiceRequest,
  tabMessaging,
} from '../lib/messaging';
import { meetingForDocumentLink } from '../lib/platforms/moderngov/attendance';
import type { JobProgress, JobResult, PdfJobRequest } from '../lib/pdf/job';
import { SummariseMeetingRequest, SummarisePdfRequest } from '../lib/pdf/messages';
import { PdfSummaries } from '../lib/pdf/summaries';
import { summaryForTier } from '../lib/ai/apply';
import { askChromeAi, type ChromeAiResult } from '../lib/ai/chrome-ai';
import { askEndpoint } from '../lib/ai/endpoint';
import { PortalFetcher } from '../lib/portal-fetch';
import { CouncilRegistry, findCouncilByHost } from '../lib/registry';
import { failure } from '../lib/result';
import { ServiceClient } from '../lib/service/client';
import { ServiceLookup } from '../lib/service/lookup';
import { servicePageKey } from '../lib/service/page-key';
import { browserI18n } from '../lib/i18n-browser';
import { getSettings, pageSettingsFor, serviceConsentFor, setServiceConsent, setSidebarCollapsed } from '../lib/settings';
import { grantPatterns, migrateSettingsGrants, recordedGrants } from '../lib/settings-grants';
import { contentScriptId, councilSiteHosts, nonSiteOrigins, originPattern, planRegistration, sitePattern, VENDOR_MATCHES } from '../lib/sites';
import { checkDocumentUrl, policyForChosenDocument, policyForPage } from '../lib/document-policy';

const CONTENT_SCRIPT = 'content-scripts/council.js';
const SIDEBAR_SCRIPT = '/sidebar.js';

/** Only this extension's own content scripts, running in a tab on a web page, may ask the background about pages. */
function fromOurContentScript(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && sender.tab !== undefined && /^https?:/.test(sender.url ?? '');
}

/** The "Summarise this PDF" page: an extension page in a tab, acting for the person. */
function fromPdfPage(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && sender.tab !== undefined && Boolean(sender.url?.startsWith(browser.runtime.getURL('/pdf.html')));
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

/**
 * Councils' own domains: one registered content script per granted host, kept in step with
 * the browser's permissions whenever they change (from our popup, options, or the browser's UI).
 */
const MENU_ID = 'council-lens-summarise-pdf';
/** Links that lead to council documents: PDFs, and the portals' document handlers. */
const DOCUMENT_LINKS = ['*://*/*.pdf', '*://*/*.pdf?*', '*://*/*.PDF', '*://*/*mgConvert2PDF.aspx*', '*://*/*Document.ashx*'];

/** The right-click item appears on document links, only on pages of sites Council Lens reads. */
async function syncContextMenu(sitePatterns: readonly string[]): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ID,
    title: browserI18n().t('menuSummarisePdf'),
    contexts: ['link'],
    targetUrlPatterns: DOCUMENT_LINKS,
    documentUrlPatterns: [...sitePatterns],
  });
}

/** Asks the sidebar in the tab which meeting its page belongs to (it knows an agenda item's or decision's). */
async function meetingOfLink(
  linkUrl: string,
  pageUrl: string | undefined,
  tabId: number | undefined,
  frameId: number | undefined,
): Promise<string | undefined> {
  const fromTab =
    tabId === undefined ? undefined : await tabMessaging.sendMessage('meetingOfPage', undefined, { tabId, frameId: frameId ?? 0 }).catch(() => undefined);
  const answer = MeetingOfPageAnswer.safeParse(fromTab);
  return meetingForDocumentLink(linkUrl, answer.success ? answer.data.meetingUrl : undefined, pageUrl);
}

async function syncSiteScripts(): Promise<void> {
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const registered = (await browser.scripting.getRegisteredContentScripts()).map((script) => script.id);
  const notSites = nonSiteOrigins(browser.runtime.getManifest().host_permissions, grantPatterns(await recordedGrants()));
  const plan = planRegistration(granted, registered, notSites);
  if (plan.unregister.length > 0) await browser.scripting.unregisterContentScripts({ ids: plan.unregister });
  // One at a time, so a site the browser refuses cannot keep the others from registering.
  for (const host of plan.register) {
    await browser.scripting
      .registerContentScripts([
        { id: contentScriptId(host), matches: [sitePattern(host)], js: [CONTENT_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true },
      ])
      .catch(() => undefined);
  }
  const enabled = councilSiteHosts(granted, notSites);
  await syncContextMenu([...VENDOR_MATCHES, ...enabled.map(sitePattern)]).catch(() => undefined);
}

const OFFSCREEN = '/offscreen.html';
let offscreenReady: Promise<void> | undefined;

/** Chrome: one offscreen document hosts pdf.js; it is created on first use and reused. */
function ensureOffscreen(): Promise<void> {
  offscreenReady ??= (async () => {
    const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] as Browser.runtime.ContextType[] });
    if (contexts.length > 0) return;
    await browser.offscreen.createDocument({
      url: OFFSCREEN,
      reasons: ['WORKERS' as Browser.offscreen.Reason],
      justification: 'Read council PDFs with pdf.js and its worker.',
    });
  })().catch((error: unknown) => {
    offscreenReady = undefined;
    throw error;
  });
  return offscreenReady;
}

type Runner = {
  run(request: PdfJobRequest, onProgress: (progress: JobProgress) => void): Promise<JobResult>;
  cancel(jobId: string): void;
  /** Chrome's built-in model lives in pages, not service workers: the same page as pdf.js. */
  askChromeAi(digest: string): Promise<ChromeAiResult>;
};

/** Where pdf.js runs: the offscreen document on Chrome, the background page itself on Firefox. */
function pdfRunner(progressTargets: Map<string, (progress: JobProgress) => void>): Runner {
  if (import.meta.env.FIREFOX) {
    return {
      run: async (request, onProgress) => (await import('../lib/pdf/page-runner')).runInPage(request, onProgress),
      cancel: (jobId) => void import('../lib/pdf/page-runner').then((module) => module.cancelInPage(jobId)),
      askChromeAi: (digest) => askChromeAi(digest),
    };
  }
  return {
    run: async (request, onProgress) => {
      progressTargets.set(request.jobId, onProgress);
      try {
        await ensureOffscreen();
        return await offscreenMessaging.sendMessage('runPdfJob', request);
      } catch {
        return { status: 'failed', error: 'corrupt', message: 'Council Lens could not start its PDF reader.' };
      } finally {
        progressTargets.delete(request.jobId);
      }
    },
    cancel: (jobId) => void offscreenMessaging.sendMessage('cancelPdfJob', { jobId }).catch(() => undefined),
    askChromeAi: async (digest) => {
      try {
        await ensureOffscreen();
        return await offscreenMessaging.sendMessage('askChromeAi', { digest });
      } catch {
        return { ok: false, message: 'Council Lens could not reach Chrome’s built-in AI.' };
      }
    },
  };
}

export default defineBackground(() => {
  const cache = new Cache();
  const portal = new PortalFetcher({ cache });
  const registry = CouncilRegistry.parse(registryJson);
  const manifestPatterns = () => browser.runtime.getManifest().host_permissions ?? [];
  const service = new ServiceLookup({
    cache,
    settings: getSettings,
    hasPermission: (pattern) => browser.permissions.contains({ origins: [pattern] }),
    consent: serviceConsentFor,
    client: (settings) => new ServiceClient({ baseUrl: settings.serviceUrl, ...(settings.serviceKey ? { apiKey: settings.serviceKey } : {}) }),
  });

  // Keys and addresses stay out of content scripts, which get what they need from here
  // (getPageSettings). Where the browser lets an area be closed to them, close it.
  void (browser.storage.local as unknown as { setAccessLevel?(options: { accessLevel: string }): Promise<void> })
    .setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })
    ?.catch(() => undefined);

  messaging.onMessage('lookupService', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (!fromOurContentScript(sender) || tabId === undefined) return { status: 'unexpected_data' as const, message: 'Unknown sender.' };
    const request = LookupServiceRequest.safeParse(data);
    // A page may only ask about itself: the service never learns of pages the person is not on.
    if (!request.success || servicePageKey(request.data.pageUrl) !== servicePageKey(sender.url ?? '')) {
      return { status: 'unexpected_data' as const, message: 'Malformed request.' };
    }
    return service.lookup(request.data.pageUrl, (answer) => {
      void tabMessaging.sendMessage('serviceUpdated', answer, { tabId, frameId: sender.frameId ?? 0 }).catch(() => undefined);
    });
  });

  messaging.onMessage('answerServiceConsent', async ({ data, sender }) => {
    if (!fromOurContentScript(sender) || typeof data?.allow !== 'boolean') return;
    const { serviceUrl } = await getSettings();
    if (serviceUrl) await setServiceConsent(serviceUrl, data.allow ? 'granted' : 'declined');
  });

  messaging.onMessage('getPageSettings', async ({ sender }) => {
    const host = fromOurContentScript(sender) ? new URL(sender.url!).host : undefined;
    return host ? pageSettingsFor(host) : undefined;
  });

  messaging.onMessage('setSidebarCollapsed', async ({ data, sender }) => {
    if (!fromOurContentScript(sender) || typeof data?.collapsed !== 'boolean') return;
    await setSidebarCollapsed(new URL(sender.url!).host, data.collapsed);
  });

  messaging.onMessage('fetchPortalText', async ({ data, sender }) => {
    const request = FetchPortalTextRequest.safeParse(data);
    if (!request.success) return failure('unexpected_data', 'Malformed request.');
    // A council page: its own site only (PortalFetcher checks origin and path, and redirects).
    if (fromOurContentScript(sender)) return portal.fetchText(request.data, sender.url);
    // The "Summarise this PDF" page is on no council's site: it may read only from sites Council Lens may read.
    if (!fromPdfPage(sender)) return failure('not_allowed', 'Unknown sender.');
    const target = checkDocumentUrl(request.data.url, await chosenPolicy(request.data.url));
    if (!(target instanceof URL)) return target;
    if (!(await mayReach(target.href))) return failure('not_allowed', `Council Lens is not enabled on ${target.host}.`);
    return portal.fetchText(request.data, target.href);
  });

  messaging.onMessage('injectSidebar', async ({ sender }) => {
    const tabId = sender.tab?.id;
    if (!fromOurContentScript(sender) || tabId === undefined) return failure('not_allowed', 'Unknown sender.');
    try {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [SIDEBAR_SCRIPT] });
      return { ok: true };
    } catch {
      return failure('not_allowed', 'Council Lens may not run on this page.');
    }
  });

  const progressTargets = new Map<string, (progress: JobProgress) => void>();
  const runner = pdfRunner(progressTargets);
  // Jobs belong to the tab that asked: closing it or navigating away cancels them, queued ones too.
  const jobsByTab = new Map<number, Set<string>>();
  const cancelledJobs = new Set<string>();
  const trackJob = (tabId: number, jobId: string) => {
    const jobs = jobsByTab.get(tabId) ?? new Set<string>();
    jobs.add(jobId);
    jobsByTab.set(tabId, jobs);
    return () => {
      jobs.delete(jobId);
      cancelledJobs.delete(jobId);
      if (jobs.size === 0 && jobsByTab.get(tabId) === jobs) jobsByTab.delete(tabId);
    };
  };
  const cancelJob = (jobId: string) => {
    cancelledJobs.add(jobId);
    runner.cancel(jobId);
  };
  const cancelTabJobs = (tabId: number) => {
    for (const jobId of jobsByTab.get(tabId) ?? []) cancelJob(jobId);
  };
  browser.tabs.onRemoved.addListener((tabId) => cancelTabJobs(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') cancelTabJobs(tabId);
  });

  const pdfs = new PdfSummaries({
    cache,
    runJob: async (request, onProgress) =>
      cancelledJobs.has(request.jobId) ? { status: 'failed', error: 'cancelled', message: 'Cancelled.' } : runner.run(request, onProgress),
    present: async (summary, url, summarisedAt) => {
      const settings = await getSettings();
      const outcome = await summaryForTier(summary, url, summarisedAt, {
        tier: settings.summariserTier,
        endpoint: settings.llm,
        askEndpoint: async (endpoint, digest) =>
          settings.llm.endpoint && (await mayReach(settings.llm.endpoint))
            ? askEndpoint(endpoint, digest)
            : { ok: false, message: 'Council Lens does not have permission to contact your AI endpoint: save it again in settings.' },
        askChromeAi: (digest) => runner.askChromeAi(digest),
      });
      return { display: outcome.display, ...(outcome.fellBack ? { note: outcome.fellBack } : {}) };
    },
  });

  const chosenPolicy = async (url: string) => {
    const policy = policyForChosenDocument(url, await settingsAddresses());
    return 'hosts' in policy ? policy : { hosts: [], excludedHostnames: [] };
  };

  offscreenMessaging.onMessage('pdfJobProgress', ({ data, sender }) => {
    if (sender.id !== browser.runtime.id || sender.tab !== undefined || !sender.url?.endsWith(OFFSCREEN)) return;
    const { jobId, ...progress } = data;
    progressTargets.get(jobId)?.(progress as JobProgress);
  });

  messaging.onMessage('summarisePdf', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    const request = SummarisePdfRequest.safeParse(data);
    if (!request.success || tabId === undefined) return { status: 'failed' as const, error: 'not_allowed', message: 'That is not a document address.' };
    // One rule for where documents may come from: the sender's own council, or, from the PDF page, the one the person chose.
    const policy = fromOurContentScript(sender)
      ? policyForPage(sender.url, registry, await settingsAddresses())
      : fromPdfPage(sender)
        ? await chosenPolicy(request.data.url)
        : undefined;
    if (!policy || !('hosts' in policy)) return { status: 'failed' as const, error: 'not_allowed', message: policy?.message ?? 'Unknown sender.' };
    const target = checkDocumentUrl(request.data.url, policy);
    if (!(target instanceof URL)) return { status: 'failed' as const, error: 'not_allowed', message: target.message };
    if (!(await mayReach(target.href))) {
      return {
        status: 'failed' as const,
        error: 'not_allowed',
        message: `Council Lens is not enabled on ${target.host}. Enable it from the toolbar button on that site first.`,
      };
    }
    const frameId = sender.frameId ?? 0;
    const done = trackJob(tabId, request.data.jobId);
    try {
      return await pdfs.summarise(
        target.href,
        request.data.jobId,
        (progress) => {
          void tabMessaging.sendMessage('pdfProgress', { jobId: request.data.jobId, ...progress }, { tabId, frameId }).catch(() => undefined);
        },
        { policy, restricted: request.data.restricted === true },
      );
    } finally {
      done();
    }
  });

  messaging.onMessage('summariseMeeting', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (!fromOurContentScript(sender) || tabId === undefined) return { status: 'failed' as const, error: 'not_allowed', message: 'Unknown sender.' };
    const request = SummariseMeetingRequest.safeParse(data);
    const policy = policyForPage(sender.url, registry, await settingsAddresses());
    if (!('hosts' in policy)) return { status: 'failed' as const, error: 'not_allowed', message: policy.message };
    if (!request.success) return { status: 'failed' as const, error: 'not_allowed', message: 'Malformed request.' };
    // A meeting page may only have the documents of its own council read: a link planted to
    // anywhere else is left out (and costs only itself), the rest are summarised.
    const documents = request.data.documents.filter((document) => checkDocumentUrl(document.url, policy) instanceof URL);
    if (documents.length === 0 && request.data.documents.length > 0)
      return { status: 'failed' as const, error: 'not_allowed', message: 'Those documents are not on this council’s site.' };
    const frameId = sender.frameId ?? 0;
    const done = trackJob(tabId, request.data.jobId);
    try {
      return await pdfs.meeting({ ...request.data, documents, policy, pageUrl: sender.url ?? '' }, (progress) => {
        const { document, of, ...rest } = progress;
        void tabMessaging
          .sendMessage('pdfProgress', { jobId: request.data.jobId, document, documents: of, ...rest }, { tabId, frameId })
          .catch(() => undefined);
      });
    } finally {
      done();
    }
  });

  messaging.onMessage('cancelPdf', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (sender.id !== browser.runtime.id || tabId === undefined || typeof data?.jobId !== 'string') return;
    // Only the tab that started a job may cancel it.
    if (jobsByTab.get(tabId)?.has(data.jobId)) cancelJob(data.jobId);
  });

  messaging.onMessage('testService', async ({ data, sender }) => {
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/'))) return { ok: false, message: 'Unknown sender.' };
    const request = TestServiceRequest.safeParse(data);
    if (!request.success || !/^https?:\/\//.test(request.data.serviceUrl)) return { ok: false, message: 'That is not an http(s) address.' };
    if (!(await mayReach(request.data.serviceUrl)))
      return { ok: false, message: 'Council Lens does not have permission to contact that address yet: save it first.' };
    const client = new ServiceClient({
      baseUrl: request.data.serviceUrl,
      ...(request.data.serviceKey ? { apiKey: request.data.serviceKey } : {}),
      maxRetries: 0,
    });
    // Any well-formed answer proves the service is there; "nothing for this page" is a fine answer.
    const result = await client.lookupPage('https://connection-test.moderngov.co.uk/ieListDocuments.aspx?MId=0');
    if (result.ok || result.error === 'not_covered')
      return { ok: true, message: `Connected: the summary service answered${request.data.serviceKey ? ' and accepted your key' : ''}.` };
    return { ok: false, message: result.message };
  });

  messaging.onMessage('lookupCouncil', ({ data, sender }) => {
    if (!fromOurContentScript(sender) && sender.id !== browser.runtime.id) return {};
    const request = LookupCouncilRequest.safeParse(data);
    if (!request.success) return {};
    const entry = findCouncilByHost(registry, request.data.host);
    return entry ? { name: entry.name, platform: entry.platform } : {};
  });

  // The keyboard shortcut: the sidebar in the active tab shows or hides, as with its own button.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'toggle-sidebar') return;
    void (async () => {
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId !== undefined) await tabMessaging.sendMessage('toggleSidebar', undefined, tabId).catch(() => undefined);
    })();
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    const linkUrl = info.linkUrl;
    if (info.menuItemId !== MENU_ID || !linkUrl || !/^https?:/i.test(linkUrl)) return;
    void (async () => {
      const params = new URLSearchParams({ url: linkUrl });
      // The meeting the link was shown for lets the PDF page ask the council's web service whether the document is restricted.
      const meetingUrl = await meetingOfLink(linkUrl, info.pageUrl, tab?.id, info.frameId);
      if (meetingUrl) params.set('meeting', meetingUrl);
      await browser.tabs.create({ url: browser.runtime.getURL(`/pdf.html?${params.toString()}`) });
    })();
  });

  // Grants an older version left behind are cleaned up (once) before sites are registered.
  const startUp = async () => {
    const settings = await getSettings();
    await migrateSettingsGrants(browser.permissions, manifestPatterns(), { serviceUrl: settings.serviceUrl, endpoint: settings.llm.endpoint }).catch(
      () => undefined,
    );
    await syncSiteScripts();
  };
  browser.permissions.onAdded.addListener(() => void syncSiteScripts());
  browser.permissions.onRemoved.addListener(() => void syncSiteScripts());
  browser.runtime.onInstalled.addListener(() => void startUp());
  browser.runtime.onStartup.addListener(() => void startUp());
  void startUp();
});
