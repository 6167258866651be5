import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, type BrowserContext, type ConsoleMessage, type Page } from '@playwright/test';
import { DEFAULT_SERVICE_PORT, startServiceServer, type ServiceServer } from '../../scripts/service/server';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { startHostileService } from './hostile-service';
import { extensionId, extensionWorker, launchWithExtension } from './launch';

export interface ExtensionErrors {
  /** Console errors and uncaught exceptions that come from the extension's own code. */
  list: string[];
}

function fromExtension(message: ConsoleMessage): boolean {
  return message.type() === 'error' && (message.location().url.startsWith('chrome-extension://') || /council lens/i.test(message.text()));
}

/** The e2e build talks to a summary service here (WXT_SERVICE_URL in `npm run test:e2e`). */
export const E2E_SERVICE_URL = `http://127.0.0.1:${DEFAULT_SERVICE_PORT}`;

/** The extension's own global inside its service worker, where evaluate callbacks run. */
declare const chrome: typeof import('wxt/browser').browser;

/** Stores the answer "Allow" to the sidebar's one-time question about the e2e build's summary service. */
export async function grantServiceConsent(context: BrowserContext, serviceUrl = E2E_SERVICE_URL): Promise<void> {
  const worker = await extensionWorker(context);
  await worker.evaluate((url) => chrome.storage.local.set({ serviceConsent: { serviceUrl: url, decision: 'granted' } }), serviceUrl);
}

export const test = base.extend<
  {
    context: BrowserContext;
    extensionId: string;
    page: Page;
    extensionErrors: ExtensionErrors;
    userDataDir: string;
    serviceMode: 'reference' | 'hostile' | 'none';
    /** See into the sidebar's closed root over DevTools (off for tests of hostile pages). */
    inspectSidebar: boolean;
    /** What the person answered when the sidebar asked whether it may use the summary service. */
    serviceConsent: 'granted' | 'unasked';
    service: ServiceServer | undefined;
  },
  { server: FixtureServer }
>({
  serviceMode: ['reference', { option: true }],
  inspectSidebar: [true, { option: true }],
  serviceConsent: ['granted', { option: true }],
  /** A fresh summary service for every test, on the address the build knows. */
  service: [
    async ({ serviceMode }, use) => {
      if (serviceMode === 'none') return use(undefined);
      if (serviceMode === 'hostile') {
        const hostile = await startHostileService(DEFAULT_SERVICE_PORT);
        await use(undefined);
        return hostile.close();
      }
      const reference = await startServiceServer({ port: DEFAULT_SERVICE_PORT });
      await use(reference);
      await reference.close();
    },
    { auto: true },
  ],
  server: [
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  userDataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'council-lens-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  context: async ({ server, userDataDir, inspectSidebar, serviceConsent }, use) => {
    const context = await launchWithExtension({ userDataDir, port: server.port, inspectSidebar });
    // The answer a person gives the first time the sidebar asks (tests/e2e/security.spec.ts clicks it for real).
    if (serviceConsent === 'granted') await grantServiceConsent(context);
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionId(context));
  },
  extensionErrors: async ({ context }, use) => {
    const errors: ExtensionErrors = { list: [] };
    const watch = (page: Page) => {
      page.on('console', (message) => {
        if (fromExtension(message)) errors.list.push(`${message.location().url}: ${message.text()}`);
      });
      page.on('pageerror', (error) => {
        if (/chrome-extension:\/\//.test(error.stack ?? '')) errors.list.push(error.stack ?? error.message);
      });
    };
    context.pages().forEach(watch);
    context.on('page', watch);
    await use(errors);
  },
  page: async ({ context, extensionErrors }, use) => {
    void extensionErrors;
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
});

export { expect } from '@playwright/test';
