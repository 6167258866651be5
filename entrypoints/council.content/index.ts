import { loaderChannel } from '../../lib/protocol/loader';
import { detectPage, detectorsMatchingUrl } from '../../lib/page/platforms/detection';
import { VENDOR_MATCHES } from '../../lib/shared/sites';

/** How long the sidebar waits for the page's load event at most (see below). */
const LOAD_WAIT_MS = 1000;

/**
 * The loader: the only Council Lens code that runs on every page of a council site. It
 * detects and nothing more; on a page Council Lens reads, the background injects the
 * sidebar (extraction, views, styles) into this frame.
 */
export default defineContentScript({
  // The vendors' domains; councils' own domains are registered at run time once enabled.
  matches: [...VENDOR_MATCHES],
  runAt: 'document_idle',
  main() {
    const url = new URL(location.href);
    // The common case: not a page Council Lens reads. One regex or two, then done.
    if (detectorsMatchingUrl(url).length === 0) return;
    if (!detectPage(url, document)) return;
    // After the page's own load event: the sidebar's script is parsed and run on the page's main
    // thread, and must not hold back the load of a small page (npm run bench, "Sidebar latency").
    // But never later than a second from now: a page whose analytics or images hang never fires it.
    let injected = false;
    const inject = () => {
      if (injected) return;
      injected = true;
      void loaderChannel.send('injectSidebar', undefined);
    };
    if (document.readyState === 'complete') inject();
    else {
      window.addEventListener('load', inject, { once: true });
      setTimeout(inject, LOAD_WAIT_MS);
    }
  },
});
