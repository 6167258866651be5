import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Sidebar } from '../../components/Sidebar';
import '../../components/sidebar.css';
import { type AttendeesState, loadModernGovAttendees } from '../../lib/load-attendees';
import { type FetchPortalTextResponse, FetchPortalTextResponse as FetchPortalTextResponseSchema, messaging } from '../../lib/messaging';
import { detectorsMatchingUrl, detectPage, extractPage, type ExtractResult } from '../../lib/platforms';
import { failure } from '../../lib/result';
import { isSidebarCollapsed, setSidebarCollapsed } from '../../lib/settings';

interface SidebarState {
  page: ExtractResult;
  attendees: AttendeesState;
  collapsed: boolean;
}

/** The background's answer is validated here too: a reply is a message like any other. */
async function fetchPortalText(request: Parameters<typeof messaging.sendMessage<'fetchPortalText'>>[1]): Promise<FetchPortalTextResponse> {
  try {
    const parsed = FetchPortalTextResponseSchema.safeParse(await messaging.sendMessage('fetchPortalText', request));
    return parsed.success ? parsed.data : failure('unexpected_data', 'Council Lens got an answer it did not understand.');
  } catch {
    return failure('unavailable', 'Council Lens could not reach its background page.');
  }
}

async function mountSidebar(ctx: ContentScriptContext, page: ExtractResult): Promise<void> {
  const host = location.host;
  let state: SidebarState = {
    page,
    attendees: { status: 'loading' },
    collapsed: await isSidebarCollapsed(host).catch(() => false),
  };
  let container: HTMLElement | undefined;

  const rerender = () => {
    if (!container) return;
    render(
      <div class="root">
        <Sidebar
          {...state}
          onCollapsedChange={(collapsed) => {
            update({ collapsed });
            void setSidebarCollapsed(host, collapsed);
          }}
        />
      </div>,
      container,
    );
  };
  const update = (patch: Partial<SidebarState>) => {
    state = { ...state, ...patch };
    rerender();
  };

  const ui = await createShadowRootUi(ctx, {
    name: 'council-lens-sidebar',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    // Keys typed in the sidebar must not trigger the council page's own shortcuts.
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount(uiContainer) {
      container = uiContainer;
      rerender();
    },
    onRemove() {
      if (container) render(null, container);
    },
  });
  ui.mount();

  if (page.ok && page.data.kind === 'meeting' && page.data.platform === 'moderngov') {
    const attendees = await loadModernGovAttendees(page.data, {
      fetchPortalText,
      parse: (text, type) => new DOMParser().parseFromString(text, type),
    });
    if (ctx.isValid) update({ attendees });
  }
}

export default defineContentScript({
  matches: ['*://*.moderngov.co.uk/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const url = new URL(location.href);
    // The common case on a council site: not a page Council Lens reads. One regex, then done.
    if (detectorsMatchingUrl(url).length === 0) return;
    const detection = detectPage(url, document);
    if (!detection) return;
    await mountSidebar(ctx, extractPage(detection, url, document));
  },
});
