import { render } from 'preact';
import registryJson from '../../assets/council-registry.json';
import { Popup, type PopupState } from '../../components/Popup';
import { CouncilSearch, councilLinks } from '../../lib/shared/council-search';
import { backgroundChannel, tabChannel } from '../../lib/protocol';
import { type FollowNewsState, followNews, postcodeLookupOn } from '../../lib/options/follows';
import { CouncilRegistry, findCouncilByHost, looksLikePortalHost } from '../../lib/shared/registry';
import { sitePattern } from '../../lib/shared/sites';
import { I18nContext } from '../../components/i18n';
import { browserI18n } from '../../lib/shared/i18n-browser';
import './style.css';

const SIDEBAR_SCRIPT = '/sidebar.js';
const PROBE_SCRIPT = '/probe.js';
const registry = CouncilRegistry.parse(registryJson);
const search = new CouncilSearch(registry);
const app = document.getElementById('app')!;
const i18n = browserI18n();
document.documentElement.lang = i18n.locale;
let state: PopupState = { kind: 'loading' };
let tabId: number | undefined;
let tabOrigin: string | undefined;
let news: FollowNewsState | undefined;
const follows = followNews(backgroundChannel.send, (next) => {
  news = next;
  show(state);
});

function show(next: PopupState): void {
  state = next;
  const councillors = state.kind === 'detected' ? postcodeLookupOn(backgroundChannel.send, tabOrigin, registry, state.status.councilName, follows) : undefined;
  render(
    <I18nContext.Provider value={i18n}>
      <Popup
        state={state}
        {...(councillors ? { councillors } : {})}
        {...(news
          ? {
              news: {
                ...news,
                ...(state.kind === 'detected' && tabOrigin
                  ? { site: { origin: tabOrigin, council: state.status.councilName ?? new URL(tabOrigin).host } }
                  : {}),
                onMarkAllRead: () => follows.act({ action: 'markAllRead' }),
                onCheckNow: follows.checkNow,
                onWatchWords: (site: string, words: string) => follows.act({ action: 'addWords', site, words }),
              },
            }
          : {})}
        search={(query) => search.search(query)}
        linksFor={councilLinks}
        onToggleSidebar={async (open) => {
          if (tabId === undefined) return;
          const status = await tabChannel.send('setSidebarOpen', { open }, tabId);
          if (status) show({ kind: 'detected', status });
          window.close();
        }}
        onEnable={async (host) => {
          if (state.kind !== 'portal' || tabId === undefined) return;
          show({ ...state, enabling: true, error: undefined });
          // The request must come straight from the click: browsers only prompt on a user gesture.
          const granted = await browser.permissions.request({ origins: [sitePattern(host)] }).catch(() => false);
          if (!granted) {
            show({ kind: 'portal', host, platform: state.platform, error: i18n.t('permissionRefused') });
            return;
          }
          // The background gives the site's pages the sidebar from now on; this page gets it now (it checks the page itself).
          await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [SIDEBAR_SCRIPT] }).catch(() => undefined);
          window.close();
        }}
      />
    </I18nContext.Provider>,
    app,
  );
}

async function start(): Promise<void> {
  let [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  // Opened in a window of its own (not from the toolbar), this page is the active tab there: look at the browser window's instead.
  if (tab?.url?.startsWith(browser.runtime.getURL('/'))) [tab] = await browser.tabs.query({ active: true, windowType: 'normal' });
  tabId = tab?.id;
  tabOrigin = tab?.url && /^https?:/.test(tab.url) ? new URL(tab.url).origin : undefined;
  if (tabId === undefined || !tab?.url || !/^https?:/.test(tab.url)) return show({ kind: 'elsewhere' });
  const status = await tabChannel.send('getPageStatus', undefined, tabId);
  if (status) return show({ kind: 'detected', status });
  const probe = await browser.scripting.executeScript({ target: { tabId }, files: [PROBE_SCRIPT] }).catch(() => undefined);
  const platform = probe?.[0]?.result;
  const host = new URL(tab.url).host;
  if (platform === 'moderngov' || platform === 'cmis') return show({ kind: 'portal', host, platform });
  // The page could not be checked (still loading, or the browser refused): a known portal host, Welsh ones included, is offered anyway.
  if (probe === undefined) {
    const known = findCouncilByHost(registry, host);
    if (known || looksLikePortalHost(host)) return show({ kind: 'portal', host, platform: known?.platform ?? 'moderngov' });
  }
  show({ kind: 'elsewhere' });
}

show(state);
void start().then(() => follows.load());
