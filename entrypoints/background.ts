import registryJson from '../assets/council-registry.json';
import { answerBackgroundMessages } from '../lib/background/handlers';
import { pdfRunner } from '../lib/background/offscreen';
import { answerFollowMessages } from '../lib/background/follow/handlers';
import { MENU_ID, openPdfPageForLink, syncRoom, syncSites } from '../lib/background/council-sites';
import { Cache } from '../lib/background/cache';
import { PortalFetcher } from '../lib/background/portal-fetch';
import { tabChannel } from '../lib/protocol';
import { CouncilRegistry } from '../lib/shared/registry';
import { ServiceClient } from '../lib/background/service/client';
import { ServiceLookup } from '../lib/background/service/lookup';
import { getSettings, serviceConsentFor, watchSidebarPlacement } from '../lib/background/settings';
import { migrateSettingsGrants } from '../lib/background/settings-grants';

/** The background: wiring only. What it answers is lib/background/handlers.ts; who may ask, lib/protocol/messages.ts. */
export default defineBackground(() => {
  const cache = new Cache();
  const service = new ServiceLookup({
    cache,
    settings: getSettings,
    hasPermission: (pattern) => browser.permissions.contains({ origins: [pattern] }),
    consent: serviceConsentFor,
    client: (settings) => new ServiceClient({ baseUrl: settings.serviceUrl, ...(settings.serviceKey ? { apiKey: settings.serviceKey } : {}) }),
  });
  const portal = new PortalFetcher({ cache });
  const registry = CouncilRegistry.parse(registryJson);
  const runner = pdfRunner();
  const background = answerBackgroundMessages({ cache, portal, registry, service, runner });
  // For the bench's soak, over DevTools in this worker only: what is still running, so it can show nothing is left behind.
  (globalThis as Record<symbol, unknown>)[Symbol.for('council-lens.activity')] = background.activity;
  // Follows: checked by alarm, politely, through the same fetcher and cache (lib/background/follow/).
  answerFollowMessages({ portal, cache, registry, read: runner.readWebService });

  // Keys and addresses stay out of content scripts, which get what they need from here
  // (getPageSettings). Where the browser lets an area be closed to them, close it.
  void (browser.storage.local as unknown as { setAccessLevel?(options: { accessLevel: string }): Promise<void> })
    .setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })
    ?.catch(() => undefined);

  // The keyboard shortcut: the sidebar in the active tab shows or hides, as with its own button.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'toggle-sidebar') return;
    void (async () => {
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId !== undefined) await tabChannel.send('toggleSidebar', undefined, tabId);
    })();
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || !info.linkUrl || !/^https?:/i.test(info.linkUrl)) return;
    void openPdfPageForLink(info.linkUrl, info.pageUrl, tab?.id, info.frameId);
  });

  // Grants an older version left behind are cleaned up (once) before the sites' menu is made.
  const startUp = async () => {
    const settings = await getSettings();
    const manifestPatterns = browser.runtime.getManifest().host_permissions ?? [];
    await migrateSettingsGrants(browser.permissions, manifestPatterns, { serviceUrl: settings.serviceUrl, endpoint: settings.llm.endpoint }).catch(
      () => undefined,
    );
    await syncSites();
  };
  browser.permissions.onAdded.addListener(() => void syncSites());
  browser.permissions.onRemoved.addListener(() => void syncSites());
  // Side by side turned on or off, a site's sidebar collapsed or opened: the room kept from a page's start follows.
  watchSidebarPlacement(() => void syncRoom());
  browser.runtime.onInstalled.addListener(
    () =>
      void startUp()
        .catch(() => undefined)
        .then(background.adoptOpenTabs),
  );
  browser.runtime.onStartup.addListener(
    () =>
      void startUp()
        .catch(() => undefined)
        .then(background.adoptOpenTabs),
  );
  void startUp();
});
