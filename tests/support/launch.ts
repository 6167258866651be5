import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { inspectSidebars } from './inspect-sidebar';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** An extension with nothing in it: the bench's baseline browser loads it, so the extension system is on there too. */
export const EMPTY_EXTENSION_DIR = join(ROOT, 'tests', 'support', 'empty-extension');

/** Host patterns sent to the local fixture server instead of the internet. */
export const MAPPED_HOST_PATTERNS = ['*.moderngov.co.uk', '*.cmis.uk.com', '*.cmis-ni.org', '*.gov.uk', '*.gov.wales', '*.llyw.cymru'];

export interface LaunchOptions {
  userDataDir: string;
  port: number;
  headless?: boolean;
  /** The browser's UI language, e.g. 'cy' for Welsh. */
  lang?: string;
  /** An X display (Xvfb) to open a real window on, so real keys and menus reach the browser. */
  display?: string;
  extraArgs?: string[];
  /** Let the tests see into the sidebar's closed shadow root over DevTools (tests/support/inspect-sidebar.ts); off for hostile pages. */
  inspectSidebar?: boolean;
  /**
   * Off for the bench's baseline: the same browser and host mapping, without Council Lens. The baseline still loads an
   * empty extension (`tests/support/empty-extension/`), so Chromium's extension system runs in both, as in any person's
   * browser: what differs is Council Lens alone.
   */
  withExtension?: boolean;
}

/**
 * Chromium's switches for every test and bench browser: the councils' real host names resolved to
 * the local fixture server (the MAP rule rewrites the port as well), and nothing of its own on the
 * network (no QUIC, updates, sync or background requests) to disturb what is measured.
 */
export function councilSiteArgs(port: number): string[] {
  const rules = MAPPED_HOST_PATTERNS.map((pattern) => `MAP ${pattern} 127.0.0.1:${port}`).join(', ');
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    `--host-resolver-rules=${rules}`,
  ];
}

/**
 * Debian's Chromium with the built extension loaded, and the councils' real host names
 * resolved to the local fixture server (the MAP rule rewrites the port as well).
 */
export async function launchWithExtension({
  userDataDir,
  port,
  headless = true,
  lang,
  display,
  extraArgs = [],
  inspectSidebar = true,
  withExtension = true,
}: LaunchOptions): Promise<BrowserContext> {
  if (withExtension && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const env = { ...process.env, ...(lang ? { LANGUAGE: lang, LANG: `${lang}_GB.UTF-8` } : {}), ...(display ? { DISPLAY: display } : {}) };
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: display ? false : headless,
    ...(lang ? { locale: lang } : {}),
    env,
    // In a real window the page gets the window's own size, so screen and page coordinates agree.
    viewport: display ? null : { width: 1280, height: 800 },
    args: [
      ...(display ? ['--window-position=0,0', '--window-size=1280,900'] : []),
      ...(withExtension
        ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`]
        : [`--disable-extensions-except=${EMPTY_EXTENSION_DIR}`, `--load-extension=${EMPTY_EXTENSION_DIR}`]),
      ...councilSiteArgs(port),
      ...(lang ? [`--lang=${lang}`] : []),
      ...extraArgs,
    ],
  });
  if (withExtension && inspectSidebar) inspectSidebars(context);
  return context;
}

export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

export async function extensionId(context: BrowserContext): Promise<string> {
  const worker = await extensionWorker(context);
  return worker.url().split('/')[2] ?? '';
}
