/**
 * The PDF path as people use it: the built extension in Debian Chromium, its "Summarise this
 * PDF" page asking the background, which runs pdf.js (modern build, with its one shared worker)
 * in the offscreen document. Timed in the page, from the form's submission to the summary on
 * screen: download over loopback, extraction, summarising and showing it, against pdftotext
 * -layout (extraction only) on the same file, turn and turn about. DevTools is on the page's tab
 * alone while it is timed (./devtools-page.ts says why; with Playwright attached to every target
 * the same jobs measured 20–25% slower).
 *
 * The same files are then summarised by the sidebar itself, as a meeting's summary: a real Milton
 * Keynes meeting page whose one document is the file, with on-device summaries on, timed by the
 * sidebar from the render that shows the summary asked for to the one that shows it made.
 *
 * Memory is measured in passes of its own, as DevTools attached to the offscreen document would
 * slow what is timed: the JavaScript heaps of the offscreen document and of pdf.js's worker
 * (sampled every 25 ms while the job runs), and the resident memory of Chromium's extension
 * processes, which hold those two beside the service worker and the page itself.
 */
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from '../tests/support/launch';
import { extensionProcessIds, extensionProcessMegabytes } from './bench-soak';
import { type DevToolsConnection, type DevToolsTab, launchTab } from './devtools-page';
import { sidebarTimings } from './bench-latency';
import { FIXTURES } from '../tests/support/fixtures';
import { median } from './stats';

const megabytes = (bytes: number) => bytes / 1024 / 1024;

/** Asks for a document on the open "Summarise this PDF" page; resolves with the page's own time from asking to the summary (or a notice) on screen. */
function askInPage(tab: DevToolsTab, documentUrl: string): Promise<{ ms: number; heading: string }> {
  return tab.evaluate(`new Promise((resolve) => {
    const input = document.querySelector('#pdf-url');
    input.value = ${JSON.stringify(documentUrl)};
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // After the page has taken the address in (its own render), as a person presses Enter after typing.
    requestAnimationFrame(() => setTimeout(() => {
      const start = performance.now();
      input.form.requestSubmit();
      // Polled every 5 ms in the page: no DevTools round trip in what is timed.
      const poll = () => {
        const heading = document.querySelector('#result-heading')?.textContent;
        if (heading === 'Summary' || document.querySelector('section.result .notice-line')) resolve({ ms: performance.now() - start, heading: heading ?? '' });
        else setTimeout(poll, 5);
      };
      poll();
    }, 0));
  })`);
}

/** Opens the page, waits for its form; resolves with the time that took. */
async function openPdfPage(tab: DevToolsTab, origin: string): Promise<number> {
  const started = performance.now();
  await tab.load(`${origin}/pdf.html`);
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (await tab.evaluate<boolean>(`document.querySelector('#pdf-url') !== null`)) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return performance.now() - started;
}

/** The offscreen document's JS heap and its workers' (pdf.js's), over DevTools: allocated heap plus ArrayBuffers (the PDF's bytes). */
async function heapSampler(offscreen: DevToolsConnection): Promise<{ collect(): Promise<void>; sample(): Promise<number>; close(): void }> {
  const workers = new Set<string>();
  offscreen.on('Target.attachedToTarget', (params) => {
    const info = params.targetInfo as { type?: string };
    if (info.type === 'worker') workers.add(params.sessionId as string);
  });
  offscreen.on('Target.detachedFromTarget', (params) => workers.delete(params.sessionId as string));
  await offscreen.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: true });
  const heapOf = async (sessionId?: string) => {
    const usage = (await offscreen.send('Runtime.getHeapUsage', {}, sessionId).catch(() => ({}))) as { totalSize?: number; backingStorageSize?: number };
    return (usage.totalSize ?? 0) + (usage.backingStorageSize ?? 0);
  };
  return {
    // Garbage from the timed runs is collected first, so "before the job" is what the document and its worker keep.
    collect: async () => {
      await Promise.all([undefined, ...workers].map((session) => offscreen.send('HeapProfiler.collectGarbage', {}, session).catch(() => undefined)));
    },
    sample: async () => (await Promise.all([heapOf(), ...[...workers].map((session) => heapOf(session))])).reduce((sum, bytes) => sum + bytes, 0),
    close: () => offscreen.close(),
  };
}

export async function pdfInChromium(files: readonly { label: string; bytes: Uint8Array }[], runs = 5): Promise<void> {
  console.log(
    '\n## The PDF path in Chromium: "Summarise this PDF" page → offscreen document (pdf.js + shared worker) → summary on screen, vs pdftotext -layout, same files',
  );
  const bodies = new Map(files.map((file, index) => [`/documents/g${index + 1}/bench.pdf`, file.bytes]));
  const server = createServer((request, response) => {
    const address = new URL(request.url ?? '/', 'http://bench');
    if (address.pathname.toLowerCase() === '/ielistdocuments.aspx') {
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(meetingPage(Number(address.searchParams.get('doc')), address.searchParams.get('MId') ?? ''));
      return;
    }
    const body = bodies.get(address.pathname);
    if (!body) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/pdf', 'content-length': String(body.byteLength) }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const dir = await mkdtemp(join(tmpdir(), 'council-lens-bench-chromium-pdf-'));
  const tab = await launchTab({ userDataDir: join(dir, 'profile'), extensionDir: EXTENSION_DIR, sitePort: (server.address() as AddressInfo).port });
  try {
    const origin = await tab.extensionOrigin();
    if (!origin) throw new Error('Council Lens did not start');
    await tab.load(`${origin}/options.html`);
    await tab.evaluate(`chrome.storage.local.set({ settings: { serviceUrl: '', serviceKey: '', autoSummaries: false } }).then(() => true)`);
    let query = 0;
    // A new query each time, so the summary cache never answers.
    const documentUrl = (index: number) => `http://milton-keynes.moderngov.co.uk/documents/g${index + 1}/bench.pdf?run=${(query += 1)}`;
    for (const [index, file] of files.entries()) {
      const path = join(dir, 'in.pdf');
      await writeFile(path, file.bytes);
      const ours: number[] = [];
      const pageLoads: number[] = [];
      const theirs: number[] = [];
      // One unmeasured run first: it starts the offscreen document and compiles pdf.js.
      for (let run = -1; run < runs; run += 1) {
        const opened = await openPdfPage(tab, origin);
        const { ms, heading } = await askInPage(tab, documentUrl(index));
        if (heading !== 'Summary') throw new Error(`${file.label}: ${await tab.evaluate<string>(`document.querySelector('section.result')?.innerText ?? ''`)}`);
        const popplerStart = performance.now();
        execFileSync('pdftotext', ['-layout', path, join(dir, 'out.txt')]);
        if (run >= 0) {
          theirs.push(performance.now() - popplerStart);
          ours.push(ms);
          pageLoads.push(opened);
        }
      }
      // The memory pass: the same job once more, watched.
      await openPdfPage(tab, origin);
      const offscreen = await tab.connectTo((target) => target.url.startsWith(origin) && target.url.includes('/offscreen.html'));
      const heaps = offscreen ? await heapSampler(offscreen) : undefined;
      await heaps?.collect();
      const processes = await extensionProcessIds();
      const baselineMb = await extensionProcessMegabytes(processes);
      let processPeakMb = baselineMb;
      const heapBaseline = (await heaps?.sample()) ?? 0;
      let heapPeak = heapBaseline;
      let sampling = true;
      const sampler = (async () => {
        while (sampling) {
          heapPeak = Math.max(heapPeak, (await heaps?.sample()) ?? 0);
          processPeakMb = Math.max(processPeakMb, await extensionProcessMegabytes(processes));
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
      })();
      await askInPage(tab, documentUrl(index));
      sampling = false;
      await sampler;
      heaps?.close();
      console.log(
        `${file.label.padEnd(40)} Chromium ${median(ours).toFixed(0)} ms asked → summary on screen   pdftotext ${median(theirs).toFixed(0)} ms (extraction only) → ${(median(ours) / median(theirs)).toFixed(2)}×   (opening the page before: ${median(pageLoads).toFixed(0)} ms)`,
      );
      console.log(
        `${''.padEnd(40)} memory: offscreen document + pdf.js worker, JS heaps at peak ${heaps ? `${megabytes(heapPeak).toFixed(0)} MB (${megabytes(heapBaseline).toFixed(0)} MB before the job)` : '— (no offscreen document found)'}; extension processes' resident peak ${processPeakMb.toFixed(0)} MB (${baselineMb.toFixed(0)} MB before)`,
      );
    }
    await sidebarSummaries(tab, origin, files, dir, runs);
  } finally {
    await tab.close();
    await new Promise((resolve) => server.close(resolve));
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * A real Milton Keynes meeting page (tests/fixtures/pages/, hand-made from the live page) whose one document is the bench's
 * file `doc`, at an address new for each visit, so the summary cache never answers.
 */
const MEETING_TEMPLATE = readFileSync(join(FIXTURES, 'pages', 'handmade-moderngov-meeting-mk-9288.html'), 'utf8');
function meetingPage(doc: number, visit: string): string {
  return MEETING_TEMPLATE.replace(/<li><a href="documents\/g9288\/Agenda frontsheet[^\n]*\n/, '').replace(
    /documents\/g9288\/Public reports pack[^"]*/,
    `documents/g${doc}/bench.pdf?visit=${visit}`,
  );
}

/**
 * The sidebar's own summaries: a meeting page whose one document is each file, with on-device summaries on, so the sidebar
 * asks for the meeting's summary itself once the page is read. Timed by the sidebar (lib/sidebar/timings.ts), from the render
 * that first showed the summary as asked for to the one that first showed it made, against pdftotext on the same file.
 */
async function sidebarSummaries(
  tab: DevToolsTab,
  origin: string,
  files: readonly { label: string; bytes: Uint8Array }[],
  dir: string,
  runs: number,
): Promise<void> {
  console.log(
    "\n## The sidebar's own summary in Chromium: a meeting page whose one document is the file, summarised on the device as the sidebar asks, vs pdftotext -layout",
  );
  await tab.load(`${origin}/options.html`);
  await tab.evaluate(`chrome.storage.local.set({ settings: { serviceUrl: '', serviceKey: '', autoSummaries: true } }).then(() => true)`);
  let visit = 0;
  for (const [index, file] of files.entries()) {
    const path = join(dir, 'in.pdf');
    await writeFile(path, file.bytes);
    const ours: number[] = [];
    const theirs: number[] = [];
    for (let run = -1; run < runs; run += 1) {
      await tab.blank();
      visit += 1;
      await tab.load(`http://milton-keynes.moderngov.co.uk/ieListDocuments.aspx?CId=139&MId=${90000 + visit}&doc=${index + 1}`);
      const timings = await sidebarTimings(tab, (noted) => noted.localSummary !== undefined, 60_000);
      if (timings.localAsked === undefined || timings.localSummary === undefined)
        throw new Error(`${file.label}: the sidebar showed no summary of the meeting`);
      const popplerStart = performance.now();
      execFileSync('pdftotext', ['-layout', path, join(dir, 'out.txt')]);
      if (run >= 0) {
        theirs.push(performance.now() - popplerStart);
        ours.push(timings.localSummary - timings.localAsked);
      }
    }
    console.log(
      `${file.label.padEnd(40)} Chromium ${median(ours).toFixed(0)} ms asked → summary in the sidebar   pdftotext ${median(theirs).toFixed(0)} ms (extraction only) → ${(median(ours) / median(theirs)).toFixed(2)}×`,
    );
  }
}
