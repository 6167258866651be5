import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import sidebarCss from '../../components/sidebar.css?inline';
import { SidebarApp } from '../../components/SidebarApp';
import { I18nContext } from '../../components/i18n';
import { pageI18n } from '../../lib/shared/i18n-browser';
import { type ExtractResult, detectPage, extractPage } from '../../lib/page/platforms';
import { backgroundChannel, tabChannel } from '../../lib/protocol';
import { claimFrame, copyText, refuseSyntheticEvents, sidebarContext } from '../../lib/sidebar/dom';
import { noteRendered } from '../../lib/sidebar/timings';
import { giveBackRoom, keepRoom, pageRoom, SIDEBAR_TAG, SIDEBAR_WIDTH } from '../../lib/sidebar/side-by-side';
import { sidebarStore } from '../../lib/sidebar/store';
import { takeHandedSettings } from '../../lib/protocol/page-settings';

const i18n = pageI18n();

async function mountSidebar(ctx: ContentScriptContext, page: ExtractResult): Promise<void> {
  // Settings come from the background, which hands a council page only what is not secret (with the injection, or asked for); without them, no
  // automatic work and nothing sent anywhere.
  const settings = takeHandedSettings(location.host) ??
    (await backgroundChannel.send('getPageSettings', undefined)) ?? { autoSummaries: false, sendsToRemoteEndpoint: true, collapsed: false };
  const store = sidebarStore(page, settings, {
    send: backgroundChannel.send,
    onProgress: (handler) => tabChannel.handle('pdfProgress', handler),
    onAskStream: (handler) => tabChannel.handle('askStream', handler),
    parse: (text, type) => new DOMParser().parseFromString(text, type),
    translate: (key) => i18n.t(key),
    locale: i18n.locale,
    pageUrl: location.href,
    host: location.host,
    isValid: () => ctx.isValid,
  });
  let container: HTMLElement | undefined;
  const rerender = () => {
    if (!container) return;
    render(
      <div class="root" lang={i18n.locale}>
        <I18nContext.Provider value={i18n}>
          <SidebarApp state={store.getState()} store={store} pageUrl={location.href} copy={(text) => copyText(text, container!.getRootNode())} />
        </I18nContext.Provider>
      </div>,
      container,
    );
    noteRendered(store.getState());
  };
  store.subscribe(rerender);
  // Asking the background starts now, while the sidebar's shadow root and styles are made.
  const started = store.start();
  const ui = await createShadowRootUi(ctx, {
    name: SIDEBAR_TAG,
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
    onRemove: () => container && render(null, container),
  });
  // The host says whether it takes the room before it is in the page, so the room kept from the page's start stays put.
  const room = pageRoom(document.documentElement, window, settings.sideBySide ?? true, ui.shadowHost);
  room.update(!settings.collapsed);
  ui.mount();
  keepRoom(room, () => ctx.isValid && !store.getState().collapsed, {
    subscribe: (fit) => store.subscribe(fit),
    onResize: (fit) => ctx.addEventListener(window, 'resize', fit),
    onGone: (release) =>
      ctx.onInvalidated(() => {
        release();
        // Council Lens updated or removed: its host goes, and the room the stylesheet keeps goes with the sidebar.
        giveBackRoom(SIDEBAR_TAG, SIDEBAR_WIDTH, true);
      }),
  });
  tabChannel.handle('getPageStatus', store.status);
  tabChannel.handle('setSidebarOpen', ({ open }) => store.setCollapsed(!open));
  tabChannel.handle('toggleSidebar', () => store.setCollapsed(!store.getState().collapsed));
  tabChannel.handle('meetingOfPage', store.meetingOfPage);
  tabChannel.handle('serviceUpdated', store.serviceUpdated);
  ctx.onInvalidated(() => tabChannel.removeAllListeners());
  await started;
}

/**
 * The sidebar, injected by the background into a frame the loader detected. It runs as a
 * content script (isolated world), so it re-detects from the document it is given rather
 * than trusting anything the page could have changed since.
 */
export default defineUnlistedScript(async () => {
  const url = new URL(location.href);
  const detection = detectPage(url, document);
  // Injected once per frame: a second injection finds the frame claimed.
  // Not the page its address promised: no sidebar, and the room kept for it from the page's start is given back.
  if (!detection) return giveBackRoom(SIDEBAR_TAG, SIDEBAR_WIDTH, false);
  const release = claimFrame();
  if (!release) return;
  const ctx = sidebarContext();
  ctx.onInvalidated(release);
  await mountSidebar(ctx, extractPage(detection, url, document));
});
