/**
 * `npm run demo`: serves the fixture council sites under their real host names and opens
 * Chromium with Council Lens on a meeting page. With a display the window stays open to
 * click around; without one it runs headless and writes screenshots to demo-output/.
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
// The demo subscriber key, so the limited-coverage council's summaries show too, saved as the
// settings page saves it (which is also the person's yes to using that service).
await (
  await extensionWorker(context)
).evaluate(() =>
  chrome.storage.local.set({
    settings: { serviceUrl: 'http://127.0.0.1:8787', serviceKey: 'demo-professional-key' },
    serviceConsent: { serviceUrl: 'http://127.0.0.1:8787', decision: 'granted' },
  }),
);
console.log(`Fixture council sites on 127.0.0.1:${server.port}, mapped to their real host names; the reference summary service on ${service.url}.`);

if (!headless) {
  await page.goto(MEETING_URLS.kingston);
  console.log(`Chromium is open on ${MEETING_URLS.kingston}.`);
  console.log(
    `Also try ${PAGE_URLS.mkCorporateParenting} (a summary), ${PAGE_URLS.decision1613} (a decision analysis), ${PAGE_URLS.kingstonCommittee} and ${PAGE_URLS.cmisMeeting}.`,
  );
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
    ...MEETING_URLS,
    summary: PAGE_URLS.mkCorporateParenting,
    decision: PAGE_URLS.decision1613,
    committee: PAGE_URLS.kingstonCommittee,
    cmis: PAGE_URLS.cmisMeeting,
  };
  for (const [name, url] of Object.entries(tour)) {
    await page.goto(url);
    const sidebar = page.getByRole('region', { name: 'Council Lens' });
    await sidebar.waitFor();
    // Wait until nothing is still loading.
    await page.waitForFunction(
      () => !/Looking up who attends|Asking the summary service/.test(document.querySelector('council-lens-sidebar')?.shadowRoot?.textContent ?? ''),
    );
    const pagePath = join(outputDir, `${name}-page.png`);
    const sidebarPath = join(outputDir, `${name}-sidebar.png`);
    await page.screenshot({ path: pagePath, animations: 'disabled' });
    await sidebar.screenshot({ path: sidebarPath, animations: 'disabled' });
    shots.push(pagePath, sidebarPath);
  }
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
