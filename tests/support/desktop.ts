import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import puppeteer, { type Browser as DevToolsBrowser } from 'puppeteer-core';

const run = promisify(execFile);

/**
 * A virtual X display (Debian's Xvfb) for a real Chromium window. Keys and clicks sent with
 * xdotool arrive as the X server's own input events, so they reach browser-level shortcuts
 * (the `commands` API) and Chromium's native right-click menu, which Playwright's page-level
 * input cannot.
 */
export interface Desktop {
  display: string;
  /** Presses a key combination, e.g. 'alt+shift+l', as a person would. */
  press(keys: string): Promise<void>;
  /**
   * Moves the real pointer over the element (or to a point in page coordinates) and clicks a
   * mouse button there (3 is the right button).
   */
  click(page: Page, target: Locator | { x: number; y: number }, button?: 1 | 3): Promise<void>;
  close(): Promise<void>;
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Starts Xvfb on the first free display number from :90. */
export async function startDesktop(): Promise<Desktop> {
  let number = 90;
  while (existsSync(`/tmp/.X11-unix/X${number}`) || existsSync(`/tmp/.X${number}-lock`)) number += 1;
  const display = `:${number}`;
  const server: ChildProcess = spawn('Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  let exited = false;
  server.on('exit', () => (exited = true));
  await waitFor(() => exited || existsSync(`/tmp/.X11-unix/X${number}`), `Xvfb on ${display}`);
  if (exited) throw new Error(`Xvfb could not start on ${display}`);

  const xdotool = async (...args: string[]) => {
    await run('xdotool', args, { env: { ...process.env, DISPLAY: display } });
  };

  /** Where the page's (0, 0) is on the screen, read from a real pointer move. */
  const pageOrigin = async (page: Page): Promise<{ x: number; y: number }> => {
    await page.evaluate(() => {
      const probe = globalThis as { councilLensTestOrigin?: { x: number; y: number } };
      delete probe.councilLensTestOrigin;
      document.addEventListener(
        'mousemove',
        (event) => (probe.councilLensTestOrigin = { x: event.screenX - event.clientX, y: event.screenY - event.clientY }),
        { once: true, capture: true },
      );
    });
    // The window sits at the screen's top left; these points are inside its page area.
    await xdotool('mousemove', '400', '500');
    await xdotool('mousemove', '410', '510');
    const origin = await page.waitForFunction(() => (globalThis as { councilLensTestOrigin?: { x: number; y: number } }).councilLensTestOrigin);
    return (await origin.jsonValue()) as { x: number; y: number };
  };

  return {
    display,
    press: (keys) => xdotool('key', '--clearmodifiers', keys),
    async click(page, target, button = 1) {
      if ('scrollIntoViewIfNeeded' in target) await target.scrollIntoViewIfNeeded();
      const origin = await pageOrigin(page);
      const box = 'boundingBox' in target ? await target.boundingBox() : { ...target, width: 0, height: 0 };
      if (!box) throw new Error('The element to click is not on screen');
      await xdotool('mousemove', String(Math.round(origin.x + box.x + box.width / 2)), String(Math.round(origin.y + box.y + box.height / 2)));
      await xdotool('click', String(button));
    },
    async close() {
      if (!exited) {
        server.kill();
        await waitFor(() => exited, 'Xvfb to stop').catch(() => undefined);
      }
    },
  };
}

/** Chromium's flag for a DevTools port of its choosing, written to DevToolsActivePort in the profile. */
export const DEVTOOLS_PORT_ARG = '--remote-debugging-port=0';

/**
 * A second DevTools connection to the browser (puppeteer-core), for what Playwright does not
 * attach to: the toolbar button's real popup is such a page.
 */
export async function connectDevTools(userDataDir: string): Promise<DevToolsBrowser> {
  const [port, path] = (await readFile(join(userDataDir, 'DevToolsActivePort'), 'utf8')).split('\n');
  return puppeteer.connect({ browserWSEndpoint: `ws://127.0.0.1:${port}${path}`, defaultViewport: null });
}
