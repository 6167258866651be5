/**
 * Debian Chromium driven as a person's browser is, for timing a page's own load: DevTools is
 * attached to the one tab and nothing else. Playwright and puppeteer-core attach to every target
 * and instrument each page (lifecycle events, auto-attach that holds new renderers until resumed);
 * with either, an extension whose worker listened to `tabs.onUpdated` added 7–18 ms to a 25–40 ms
 * page's load, and an empty worker with a no-op listener did the same. Over this bare connection
 * the same builds cost ×0.92–×1.03 (30–40 visits, turn and turn about), as a person sees it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import WebSocket from 'ws';
import { CHROMIUM, councilSiteArgs } from '../tests/support/launch';

interface Target {
  type: string;
  url: string;
  webSocketDebuggerUrl: string;
}

interface Reply {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One DevTools connection to a tab. */
export interface DevToolsConnection {
  /** Sends one DevTools command (to a target attached through this one when `sessionId` is given) and resolves with its result. */
  send(method: string, params?: Record<string, unknown>, sessionId?: string): Promise<Record<string, unknown>>;
  /** Calls `listener` with the params of every event of that name, until the returned function is called. */
  on(event: string, listener: (params: Record<string, unknown>) => void): () => void;
  /** An expression's value in the page's main world (by value). */
  evaluate<T>(expression: string): Promise<T>;
  close(): void;
}

export interface DevToolsTab extends Omit<DevToolsConnection, 'close'> {
  /**
   * A second connection to the tab, for reading what needs DevTools' runtime domain on (the
   * extension's isolated world). Closing it detaches it whole, so the next load is timed with the
   * one bare connection again: a runtime domain once enabled and disabled on the timing connection
   * left the next loads with Council Lens 6–13 ms slower (and without it, none).
   */
  inspect(): Promise<DevToolsConnection>;
  /** Navigates and waits for the page's load event; resolves with its `loadEventEnd`. */
  load(url: string): Promise<number>;
  /** Leaves the page for a blank one, and waits until the blank one is there. The page left may still be going into the back/forward cache. */
  blank(): Promise<void>;
  /** A connection to another of the browser's targets (the extension's offscreen document, say), found by its address. */
  connectTo(matches: (target: { type: string; url: string }) => boolean): Promise<DevToolsConnection | undefined>;
  /** The extension's origin (chrome-extension://id), when one with a service worker is loaded. */
  extensionOrigin(): Promise<string | undefined>;
  close(): Promise<void>;
}

/** Chromium with one unpacked extension, the councils' host names mapped to the fixture server, and DevTools on its first tab only. */
export async function launchTab({
  userDataDir,
  extensionDir,
  sitePort,
}: {
  userDataDir: string;
  extensionDir: string;
  sitePort: number;
}): Promise<DevToolsTab> {
  const browser: ChildProcess = spawn(
    CHROMIUM,
    [
      '--headless',
      '--remote-debugging-port=0',
      `--user-data-dir=${userDataDir}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...councilSiteArgs(sitePort),
      '--window-size=1280,800',
      // Headless, the one tab is otherwise treated as hidden: its renderer niced and its timers throttled, as no person's open tab is.
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
      '--disable-background-timer-throttling',
      'about:blank',
    ],
    // In a process group of its own, so closing stops its renderers and helpers too.
    { stdio: 'ignore', detached: true },
  );
  const port = await devToolsPort(userDataDir);
  const targets = async () => (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as Target[];
  let tab: Target | undefined;
  for (let attempt = 0; attempt < 100 && !tab; attempt += 1) {
    tab = (await targets()).find((target) => target.type === 'page');
    if (!tab) await pause(100);
  }
  if (!tab) throw new Error('Chromium opened no tab');
  const { send, on, evaluate, close: disconnect } = await connect(tab.webSocketDebuggerUrl);
  const debuggerUrl = tab.webSocketDebuggerUrl;
  return {
    send,
    on,
    evaluate,
    inspect: () => connect(debuggerUrl),
    async connectTo(matches) {
      const target = (await targets()).find(matches);
      return target ? connect(target.webSocketDebuggerUrl) : undefined;
    },
    async load(url) {
      await send('Page.navigate', { url });
      // Polled, not subscribed to: the page domain's lifecycle events are instrumentation of their own.
      const expression = `location.href === ${JSON.stringify(url)} ? (performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? 0) : 0`;
      for (let attempt = 0; attempt < 750; attempt += 1) {
        const loaded = await evaluate<number>(expression).catch(() => 0);
        if (loaded > 0) return loaded;
        await pause(20);
      }
      throw new Error(`${url} did not load`);
    },
    async blank() {
      await send('Page.navigate', { url: 'about:blank' });
      for (let attempt = 0; attempt < 250; attempt += 1) {
        if (await evaluate<boolean>(`location.href === 'about:blank' && document.readyState === 'complete'`).catch(() => false)) return;
        await pause(20);
      }
      throw new Error('about:blank did not load');
    },
    async extensionOrigin() {
      for (let attempt = 0; attempt < 50; attempt += 1) {
        const worker = (await targets()).find((target) => target.type === 'service_worker' && target.url.startsWith('chrome-extension://'));
        if (worker) return `chrome-extension://${new URL(worker.url).host}`;
        await pause(100);
      }
      return undefined;
    },
    async close() {
      disconnect();
      const exited = new Promise((resolve) => (browser.exitCode !== null ? resolve(undefined) : browser.once('exit', resolve)));
      if (browser.pid !== undefined) process.kill(-browser.pid, 'SIGTERM');
      await exited;
    },
  };
}

/** The port Chromium chose, from the DevToolsActivePort file it writes into the profile. */
async function devToolsPort(userDataDir: string): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const written = await readFile(join(userDataDir, 'DevToolsActivePort'), 'utf8').catch(() => '');
    const port = Number(written.split('\n')[0]);
    if (port > 0) return port;
    await pause(100);
  }
  throw new Error('Chromium did not open DevTools');
}

/** A DevTools connection over its WebSocket: commands by id, events by name. */
async function connect(webSocketDebuggerUrl: string): Promise<DevToolsConnection> {
  const socket = new WebSocket(webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  let lastId = 0;
  const pending = new Map<number, { resolve(result: Record<string, unknown>): void; reject(error: Error): void }>();
  const listeners = new Map<string, Set<(params: Record<string, unknown>) => void>>();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as Reply;
    if (message.id !== undefined) {
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) waiting?.reject(new Error(message.error.message));
      else waiting?.resolve(message.result ?? {});
    } else if (message.method) {
      for (const listener of listeners.get(message.method) ?? []) listener(message.params ?? {});
    }
  });
  socket.on('close', () => {
    for (const waiting of pending.values()) waiting.reject(new Error('DevTools connection closed'));
    pending.clear();
  });
  const send = (method: string, params: Record<string, unknown> = {}, sessionId?: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      lastId += 1;
      pending.set(lastId, { resolve, reject });
      socket.send(JSON.stringify({ id: lastId, method, params, ...(sessionId ? { sessionId } : {}) }));
    });
  return {
    send,
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
    async evaluate<T>(expression: string): Promise<T> {
      const { result, exceptionDetails } = (await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })) as {
        result?: { value?: T };
        exceptionDetails?: unknown;
      };
      if (exceptionDetails) throw new Error(`${expression}: ${JSON.stringify(exceptionDetails).slice(0, 300)}`);
      return result?.value as T;
    },
    close: () => socket.close(),
  };
}
