/**
 * The soak, for `npm run bench`: 200 visits in a row to fixture pages of every kind, with
 * on-device summaries on (so PDF jobs start and are cancelled by the next visit), then the
 * extension's memory compared with where it stood after a short warm-up. Memory is the
 * resident size of Chromium's extension process (which runs the service worker and the
 * offscreen document), each time after a full garbage collection in the service worker.
 */
import { readdir, readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFixtureServer } from '../tests/support/fixture-server';
import { MEETING_URLS, PAGE_URLS } from '../tests/support/fixture-sites';
import type { Browser } from 'wxt/browser';
import { extensionWorker, launchWithExtension } from '../tests/support/launch';
import { WORKER_IDLE_MS } from '../lib/pdf/worker-idle';

/** The extension's own global inside its service worker, where evaluate callbacks run. */
declare const chrome: typeof import('wxt/browser').browser;

const VISITS = 200;
const WARM_UP = 20;

const PAGES = [
  MEETING_URLS.kingston,
  PAGE_URLS.mkDelegatedDecisions,
  PAGE_URLS.mkCorporateParenting,
  PAGE_URLS.decision1613,
  PAGE_URLS.decisionCallIn,
  PAGE_URLS.kingstonCommittee,
];

/** Chromium's extension processes (the service worker's, the offscreen document's), by their command line. */
export async function extensionProcessIds(): Promise<string[]> {
  const ids: string[] = [];
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    if ((await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).includes('--extension-process')) ids.push(pid);
  }
  return ids;
}

/** Their resident memory, in MB (of the processes given, or of all found now). */
export async function extensionProcessMegabytes(ids?: readonly string[]): Promise<number> {
  let kilobytes = 0;
  for (const pid of ids ?? (await extensionProcessIds())) {
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
    kilobytes += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  }
  return kilobytes / 1024;
}

export async function soak(): Promise<void> {
  const site = await startFixtureServer();
  const userDataDir = await mkdtemp(join(tmpdir(), 'council-lens-bench-soak-'));
  const context = await launchWithExtension({ userDataDir, port: site.port, inspectSidebar: false, extraArgs: ['--js-flags=--expose-gc'] });
  try {
    const worker = await extensionWorker(context);
    await worker.evaluate(() => chrome.storage.local.set({ settings: { serviceUrl: '', serviceKey: '', autoSummaries: true } }));
    // After the pdf.js worker's idle time (lib/pdf/page-runner.ts), so memory kept only while PDFs are being read is not counted as growth.
    const collect = async () => {
      await new Promise((resolve) => setTimeout(resolve, WORKER_IDLE_MS + 3000));
      await worker.evaluate(() => (globalThis as unknown as { gc?: () => void }).gc?.());
      await new Promise((resolve) => setTimeout(resolve, 500));
      return extensionProcessMegabytes();
    };
    const page = context.pages()[0] ?? (await context.newPage());
    const visit = async (index: number) => {
      await page.goto(PAGES[index % PAGES.length]!);
      // Long enough for the sidebar to start its work (attendees, a PDF job), short enough that the next visit cancels it.
      await new Promise((resolve) => setTimeout(resolve, 150));
    };
    for (let index = 0; index < WARM_UP; index += 1) await visit(index);
    await page.goto('about:blank');
    const before = await collect();
    const started = performance.now();
    for (let index = 0; index < VISITS; index += 1) await visit(index);
    const seconds = (performance.now() - started) / 1000;
    await page.goto('about:blank');
    const after = await collect();
    const offscreen = await worker.evaluate(
      async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType] })).length,
    );
    console.log(`\n## Soak: ${VISITS} visits in a row (${PAGES.length} fixture pages, on-device summaries on), Debian Chromium`);
    console.log(`visits took ${seconds.toFixed(1)} s; fixture requests ${site.requests.length}; downloads given up mid-way ${site.aborted.length}`);
    console.log(
      `extension process memory after GC: ${before.toFixed(1)} MB after ${WARM_UP} visits, ${after.toFixed(1)} MB after ${VISITS} more (${after >= before ? '+' : ''}${(after - before).toFixed(1)} MB, ×${(after / before).toFixed(2)})`,
    );
    console.log(`offscreen documents left: ${offscreen} (one is kept and reused for the next PDF)`);
    const activity = await worker.evaluate(() =>
      (globalThis as unknown as Record<symbol, () => Promise<Record<string, number | boolean>>>)[Symbol.for('council-lens.activity')]!(),
    );
    console.log(
      `left behind after the soak: ${activity.tabJobs} tab jobs, ${activity.questions} questions, ${activity.progressListeners} job-progress listeners, ${activity.answerListeners} answer listeners in the background; ${activity.jobs} PDF jobs and ${activity.answers} answers in the offscreen document, whose pdf.js worker is ${activity.worker ? 'still running' : 'stopped (idle)'} (target: all 0)`,
    );
  } finally {
    await context.close();
    await site.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await soak();
