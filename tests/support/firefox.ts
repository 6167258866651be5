import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from './launch';

export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output', 'firefox-mv3');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'council-lens@councillens.org.uk';
/** Fixed so the tests know the extension's pages' addresses (Firefox picks a random one per profile). */
const ADDON_UUID = '4c0c1e5a-7e3b-4c55-9a51-2f1c0c11e4a5';
export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

/**
 * Debian's Firefox ESR driven over WebDriver BiDi, with the Firefox MV3 build installed as a
 * temporary add-on. Firefox has no host-resolver rules, so every request to the councils'
 * real host names goes through the local fixture server acting as a proxy; loopback (the
 * summary service) is reached directly.
 */
/**
 * `display`: an X display (Xvfb) to open a real window on. `optionalPermissionsGranted`: Firefox grants an optional permission the extension asks for without its prompt (its own
 * pref for automation), as a person pressing "Allow" would; the request itself still needs a real click.
 */
export async function launchFirefoxWithExtension(
  fixturePort: number,
  options: { userDataDir?: string; optionalPermissionsGranted?: boolean; display?: string } = {},
): Promise<Browser> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    // On a virtual display (Xvfb), a real window: where Firefox can show its own notifications.
    headless: !options.display,
    ...(options.display ? { env: { ...process.env, DISPLAY: options.display } } : {}),
    // A profile kept between launches, for a restart (the temporary add-on is installed again; its data is kept, below).
    ...(options.userDataDir ? { userDataDir: options.userDataDir } : {}),
    // The fixture server's https side uses a self-signed test certificate.
    acceptInsecureCerts: true,
    // Lets the tests open the extension's own pages (moz-extension:), which WebDriver BiDi refuses otherwise.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': fixturePort,
      // Firefox's MV3 extension pages upgrade http to https, so the extension's own requests arrive as CONNECT.
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': fixturePort,
      'network.proxy.no_proxies_on': '127.0.0.1,localhost',
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // A temporary add-on is uninstalled when Firefox closes: keep its storage and its origin, as a restart of an installed one would.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      ...(options.optionalPermissionsGranted ? { 'extensions.webextOptionalPermissionPrompts': false } : {}),
      // Firefox's own notification window, rather than the desktop's notification service (a virtual display has none).
      ...(options.display ? { 'alerts.useSystemBackend': false } : {}),
    },
  });
  try {
    const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (installed !== ADDON_ID) throw new Error(`Installed ${installed}, expected ${ADDON_ID}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return browser;
}

/**
 * Opens one of the extension's pages. Firefox loads it in the extension process, and the
 * BiDi navigation never reports that load as finished, so wait for the document instead.
 */
export async function openExtensionPage(page: Page, path: string): Promise<void> {
  const url = `${FIREFOX_EXTENSION_ORIGIN}/${path}`;
  void page.goto(url, { timeout: 5_000 }).catch(() => undefined);
  const deadline = Date.now() + 15_000;
  for (;;) {
    // While the tab moves into the extension's process, its old document can vanish mid-question: ask again.
    const loaded = await page.evaluate((expected) => location.href === expected && document.readyState === 'complete', url).catch(() => false);
    if (loaded) return;
    if (Date.now() > deadline) throw new Error(`${url} did not load`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Stores items in the extension's local storage from its own options page, where `browser.storage` exists. */
export async function setFirefoxStorage(browser: Browser, items: Record<string, unknown>): Promise<void> {
  const page = await browser.newPage();
  await openExtensionPage(page, 'options.html');
  await page.evaluate(async (value) => {
    const api = (globalThis as unknown as { browser: { storage: { local: { set(items: object): Promise<void> } } } }).browser;
    await api.storage.local.set(value);
  }, items);
  await page.close();
}

/** Sets the extension's settings from its own options page. */
export function setFirefoxSettings(browser: Browser, settings: Record<string, unknown>): Promise<void> {
  return setFirefoxStorage(browser, { settings });
}

/** What puppeteer-core's BiDi frame exposes of WebDriver BiDi's `script.callFunction` (not part of its public types). */
interface BidiRealm {
  callFunction(
    functionDeclaration: string,
    awaitPromise: boolean,
    options?: Record<string, unknown>,
  ): Promise<{ result?: { type: string; sharedId?: string; value?: { shadowRoot?: { sharedId?: string } | null } } }>;
}

/**
 * The sidebar's shadow root is closed, so page script (and puppeteer's evaluate, which runs as
 * page script) cannot see into it. WebDriver BiDi can, as DevTools can: asked to serialise the
 * host with `includeShadowTree: 'all'`, it hands back the closed root, and the tests give the
 * host a `shadowRoot` getter in the page's world that returns it. The extension is untouched.
 */
export async function openSidebarRoot(page: Page): Promise<void> {
  const realm = (page.mainFrame() as unknown as { browsingContext: { defaultRealm: BidiRealm } }).browsingContext.defaultRealm;
  const { result: host } = await realm.callFunction(
    '() => { const hosts = [...document.querySelectorAll("council-lens-sidebar")]; const host = hosts[hosts.length - 1]; return host && host.shadowRoot === null ? host : null; }',
    false,
    { serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 }, resultOwnership: 'none' },
  );
  const root = host?.value?.shadowRoot?.sharedId;
  if (host?.type !== 'node' || !host.sharedId || !root) return;
  await realm.callFunction('(host, root) => { Object.defineProperty(host, "shadowRoot", { configurable: true, get: () => root }); }', false, {
    arguments: [{ sharedId: host.sharedId }, { sharedId: root }],
  });
}

/** The text of the Council Lens sidebar. */
export async function sidebarText(page: Page): Promise<string> {
  await openSidebarRoot(page).catch(() => undefined);
  return page.evaluate(() => document.querySelector('council-lens-sidebar:last-of-type')?.shadowRoot?.textContent ?? '').catch(() => '');
}

/** Waits until the sidebar's text matches. */
export async function waitForSidebarText(page: Page, pattern: RegExp, timeout = 30_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!pattern.test(await sidebarText(page))) {
    if (Date.now() > deadline) throw new Error(`The sidebar never said ${pattern}: ${(await sidebarText(page)).slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Clicks a button in the sidebar (in the document list item that mentions `inDocument`, when
 * given) with a real mouse click: the sidebar ignores clicks that page script makes up.
 */
export async function clickSidebarButton(page: Page, buttonName: string, options: { inDocument?: string; timeout?: number } = {}): Promise<void> {
  const deadline = Date.now() + (options.timeout ?? 15_000);
  for (;;) {
    await openSidebarRoot(page).catch(() => undefined);
    const centre = await page
      .evaluate(
        (title, name) => {
          const root = document.querySelector('council-lens-sidebar:last-of-type')?.shadowRoot;
          const scope = title ? [...(root?.querySelectorAll('[aria-label="Documents"] li') ?? [])].find((li) => li.textContent?.includes(title)) : root;
          // By its text, or by the name it gives screen readers where its text is a short visible word ("Hide").
          const named = (candidate: HTMLButtonElement) =>
            [candidate.textContent, candidate.getAttribute('aria-label'), candidate.querySelector('.visually-hidden')?.textContent].some(
              (text) => text?.trim() === name,
            );
          const button = [...(scope?.querySelectorAll('button') ?? [])].find((candidate) => named(candidate) && !candidate.disabled);
          if (!button) return undefined;
          button.scrollIntoView({ block: 'center' });
          const box = button.getBoundingClientRect();
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        },
        options.inDocument ?? '',
        buttonName,
      )
      .catch(() => undefined);
    if (centre) {
      await page.mouse.click(centre.x, centre.y);
      return;
    }
    if (Date.now() > deadline) throw new Error(`No "${buttonName}" button${options.inDocument ? ` for "${options.inDocument}"` : ''} in the sidebar`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Clicks a button of one document in the sidebar's document list. */
export function clickDocumentButton(page: Page, documentTitle: string, buttonName: string, timeout = 15_000): Promise<void> {
  return clickSidebarButton(page, buttonName, { inDocument: documentTitle, timeout });
}

/** The footnote links into PDFs that the sidebar shows. */
export async function sidebarPageLinks(page: Page): Promise<string[]> {
  await openSidebarRoot(page).catch(() => undefined);
  return page.evaluate(() =>
    [...(document.querySelector('council-lens-sidebar:last-of-type')?.shadowRoot?.querySelectorAll('a') ?? [])]
      .map((link) => link.href)
      .filter((href) => /\.pdf\?T=\d+#page=\d+$/.test(href)),
  );
}

/** Waits for a follow's first check to have asked the council for something (`path`), up to 20 s. */
export async function waitForRequest(requests: readonly { path: string }[], path: RegExp, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!requests.some((request) => path.test(request.path))) {
    if (Date.now() > deadline) throw new Error(`Never asked: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Opens the popup, presses "Check now" once it is ready, and waits until the news lists `expected`, or, without it, until
 * the check is over (the button is ready again).
 */
export async function checkNowInPopup(browser: Browser, expected?: string): Promise<Page> {
  const popup = await browser.newPage();
  await openExtensionPage(popup, 'popup.html');
  const ready = () =>
    popup.waitForFunction(() => [...document.querySelectorAll('button')].some((button) => button.textContent === 'Check now' && !button.disabled), {
      timeout: 20_000,
      polling: 200,
    });
  await ready();
  await popup.evaluate(() => [...document.querySelectorAll('button')].find((button) => button.textContent === 'Check now')?.click());
  if (expected) await popup.waitForFunction((text) => document.body.textContent?.includes(text), { timeout: 20_000, polling: 250 }, expected);
  else await ready();
  return popup;
}
