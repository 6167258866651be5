import type { BrowserContext, CDPSession, Page } from '@playwright/test';

/**
 * The sidebar lives in a closed shadow root, so neither page script nor Playwright's selector
 * engines (which run as page script) can see into it. The tests open it the way DevTools does:
 * over the DevTools protocol, which sees closed roots, they find the sidebar's root and give its
 * host a `shadowRoot` property in the page's main world and in Playwright's own utility world.
 * Locators, real clicks (Playwright's hit-target check walks `shadowRoot`) and axe then reach the
 * sidebar exactly as a person sees it. The extension is the production build, untouched; a
 * hostile page's test turns this off (`inspectSidebar: false`) so the page gets no such help.
 */

/** Often enough that a test (or the bench, which times the sidebar) waits at most this long for the root to open. */
const POLL_MS = 20;

/** Gives the Council Lens host in `contextId` a `shadowRoot` getter that returns its closed root. */
async function openInContext(cdp: CDPSession, contextId: number): Promise<void> {
  const { result } = await cdp.send('Runtime.evaluate', {
    contextId,
    // The last host is the sidebar (it is appended last to <body>); only one whose root is hidden needs opening.
    expression: `(() => { const hosts = [...document.querySelectorAll('council-lens-sidebar')]; const host = hosts[hosts.length - 1]; return host && host.shadowRoot === null ? host : undefined; })()`,
  });
  if (!result.objectId) return;
  const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId, depth: 0, pierce: true });
  const root = node.shadowRoots?.find((shadow) => shadow.shadowRootType === 'closed');
  if (!root) return;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: root.backendNodeId, executionContextId: contextId });
  await cdp.send('Runtime.callFunctionOn', {
    objectId: result.objectId,
    arguments: [{ objectId: object.objectId! }],
    functionDeclaration: 'function (root) { Object.defineProperty(this, "shadowRoot", { configurable: true, get: () => root }); }',
  });
}

async function watchPage(page: Page, context: BrowserContext): Promise<void> {
  let cdp: CDPSession;
  try {
    cdp = await context.newCDPSession(page);
  } catch {
    return;
  }
  // The main world and Playwright's utility world of the top frame, as they come and go.
  const contexts = new Map<number, string>();
  cdp.on('Runtime.executionContextCreated', ({ context: created }) => {
    const aux = created.auxData as { isDefault?: boolean; frameId?: string; type?: string } | undefined;
    if (aux?.isDefault || created.name === '__playwright_utility_world__' || /utility/i.test(created.name)) contexts.set(created.id, aux?.frameId ?? '');
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => contexts.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
  try {
    await cdp.send('DOM.enable');
    await cdp.send('Runtime.enable');
  } catch {
    return;
  }
  const timer = setInterval(() => {
    for (const id of contexts.keys()) void openInContext(cdp, id).catch(() => undefined);
  }, POLL_MS);
  page.once('close', () => clearInterval(timer));
}

/** Opens the sidebar's closed root to the tests in every page of `context`, present and future. */
export function inspectSidebars(context: BrowserContext): void {
  context.pages().forEach((page) => void watchPage(page, context));
  context.on('page', (page) => void watchPage(page, context));
}

/** The same for one page, from now on (a hostile page's test, once the page's own attack is over). */
export async function inspectPage(page: Page): Promise<void> {
  await watchPage(page, page.context());
}
