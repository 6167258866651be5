import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, type BrowserContext, type ConsoleMessage, type Page } from '@playwright/test';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { extensionId, launchWithExtension } from './launch';

export interface ExtensionErrors {
  /** Console errors and uncaught exceptions that come from the extension's own code. */
  list: string[];
}

function fromExtension(message: ConsoleMessage): boolean {
  return message.type() === 'error' && (message.location().url.startsWith('chrome-extension://') || /council lens/i.test(message.text()));
}

export const test = base.extend<
  { context: BrowserContext; extensionId: string; page: Page; extensionErrors: ExtensionErrors; userDataDir: string },
  { server: FixtureServer }
>({
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
  context: async ({ server, userDataDir }, use) => {
    const context = await launchWithExtension({ userDataDir, port: server.port });
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
