/**
 * `npm run demo`: serves the fixture council sites under their real host names and opens
 * Chromium with Council Lens on a meeting page. With a display the window stays open to
 * click around; without one it runs headless and writes screenshots to demo-output/.
 *
 * The first stop is Milton Keynes's Delegated Decisions meeting, whose real reports pack the
 * fixture site serves: the summary service covers Milton Keynes only for subscribers, so with
 * the demo's resident key Council Lens reads the pack on the device and shows a summary cited
 * to its pages, beside the attendees and documents.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFixtureServer } from '../tests/support/fixture-server';
import { MEETING_URLS, PAGE_URLS } from '../tests/support/fixture-sites';
import { ROOT, extensionWorker, launchWithExtension } from '../tests/support/launch';
import { DEFAULT_SERVICE_PORT, startServiceServer } from './service/server';

/** The extension's own global inside its service worker, where evaluate callbacks run. */
declare const chrome: typeof import('wxt/browser').browser;

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const server = await startFixtureServer();
const service = await startServiceServer({ port: DEFAULT_SERVICE_PORT });
const userDataDir = await mkdtemp(join(tmpdir(), 'council-lens-demo-'));
const context = await launchWithExtension({ userDataDir, port: server.port, headless });

async function cleanUp(): Promise<void> {
  await context.close().catch(() => undefined);
  await server.close();
  await service.close();
  await rm(userDataDir, { recursive: true, force: true });
}

const page = context.pages()[0] ?? (await context.newPage());

/** Until the sidebar says nothing is still loading, reading, or being summarised (at most a minute). */
async function settled(sidebar: import('@playwright/test').Locator): Promise<void> {
  const busy = /Looking up who attends|Asking the summary service|downloading|reading page|summarising…|Starting…/i;
  for (const started = Date.now(); Date.now() - started < 60_000;) {
    if (!busy.test((await sidebar.textContent().catch(() => '')) ?? '')) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
// A resident's key (valid, without the plan that includes Milton Keynes's summaries), saved as
// the settings page saves it (which is also the person's yes to using that service): the
// service still answers with attendees and questions, and the summaries are made on the device.
await (
  await extensionWorker(context)
).evaluate(() =>
  chrome.storage.local.set({
    settings: { serviceUrl: 'http://127.0.0.1:8787', serviceKey: 'demo-resident-key' },
    serviceConsent: { serviceUrl: 'http://127.0.0.1:8787', decision: 'granted' },
  }),
);
console.log(`Fixture council sites on 127.0.0.1:${server.port}, mapped to their real host names; the reference summary service on ${service.url}.`);

if (!headless) {
  await page.goto(PAGE_URLS.mkDelegatedDecisions);
  console.log(`Chromium is open on ${PAGE_URLS.mkDelegatedDecisions}: its reports pack is summarised on this device.`);
  console.log(
    `Also try ${PAGE_URLS.decision1613} (a decision analysis), ${MEETING_URLS.kingston} (attendees from the attendance page), ${PAGE_URLS.kingstonCommittee} and ${PAGE_URLS.cmisMeeting}.`,
  );
  console.log('With the key demo-professional-key in settings, the summary service’s own summaries of Milton Keynes meetings show instead.');
  console.log('Close the window (or press Ctrl+C) to stop.');
  await new Promise<void>((resolve) => {
    context.on('close', () => resolve());
    process.on('SIGINT', () => resolve());
  });
  await cleanUp();
} else {
  const outputDir = join(ROOT, 'demo-output');
  await mkdir(outputDir, { recursive: true });
  const shots: string[] = [];
  const tour = {
    onDevice: PAGE_URLS.mkDelegatedDecisions,
    ...MEETING_URLS,
    decision: PAGE_URLS.decision1613,
    committee: PAGE_URLS.kingstonCommittee,
    cmis: PAGE_URLS.cmisMeeting,
  };
  for (const [name, url] of Object.entries(tour)) {
    await page.goto(url);
    const sidebar = page.getByRole('region', { name: 'Council Lens' });
    await sidebar.waitFor();
    // Wait until nothing is still loading (read through the locator: the sidebar's root is closed to page script).
    await settled(sidebar);
    const pagePath = join(outputDir, `${name}-page.png`);
    const sidebarPath = join(outputDir, `${name}-sidebar.png`);
    await page.screenshot({ path: pagePath, animations: 'disabled' });
    await sidebar.screenshot({ path: sidebarPath, animations: 'disabled' });
    shots.push(pagePath, sidebarPath);
  }
  // The "Summarise this PDF" page, on the same real reports pack.
  const extensionId = new URL((await extensionWorker(context)).url()).host;
  const pack = 'http://milton-keynes.moderngov.co.uk/documents/g9310/Public%20reports%20pack%2030th-Sep-2025%2018.00%20Delegated%20Decisions.pdf';
  await page.goto(`chrome-extension://${extensionId}/pdf.html?url=${encodeURIComponent(pack)}`);
  await page.getByRole('heading', { name: 'Key points' }).first().waitFor({ timeout: 60_000 });
  const pdfPagePath = join(outputDir, 'summarise-this-pdf-page.png');
  await page.screenshot({ path: pdfPagePath, animations: 'disabled', fullPage: true });
  shots.push(pdfPagePath);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(MEETING_URLS.kingston);
  await page.getByRole('region', { name: 'Council Lens' }).getByRole('list', { name: 'Attendees' }).waitFor();
  const darkPath = join(outputDir, 'kingston-dark.png');
  await page.screenshot({ path: darkPath, animations: 'disabled' });
  shots.push(darkPath);
  console.log('No display: ran headless. Screenshots of the sidebar:');
  for (const shot of shots) console.log(`  ${shot}`);
  await cleanUp();
}
