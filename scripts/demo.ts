/**
 * `npm run demo`: serves the fixture council sites under their real host names and opens
 * Chromium with Council Lens on a meeting page. With a display the window stays open to
 * click around; without one it runs headless and writes screenshots to demo-output/.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFixtureServer } from '../tests/support/fixture-server';
import { MEETING_URLS } from '../tests/support/fixture-sites';
import { ROOT, launchWithExtension } from '../tests/support/launch';

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const server = await startFixtureServer();
const userDataDir = await mkdtemp(join(tmpdir(), 'council-lens-demo-'));
const context = await launchWithExtension({ userDataDir, port: server.port, headless });

async function cleanUp(): Promise<void> {
  await context.close().catch(() => undefined);
  await server.close();
  await rm(userDataDir, { recursive: true, force: true });
}

const page = context.pages()[0] ?? (await context.newPage());
console.log(`Fixture council sites on 127.0.0.1:${server.port}, mapped to their real host names.`);

if (!headless) {
  await page.goto(MEETING_URLS.kingston);
  console.log(`Chromium is open on ${MEETING_URLS.kingston}.`);
  console.log(`Also try ${MEETING_URLS.miltonKeynes} and ${MEETING_URLS.cancelled}. Close the window (or press Ctrl+C) to stop.`);
  await new Promise<void>((resolve) => {
    context.on('close', () => resolve());
    process.on('SIGINT', () => resolve());
  });
  await cleanUp();
} else {
  const outputDir = join(ROOT, 'demo-output');
  await mkdir(outputDir, { recursive: true });
  const shots: string[] = [];
  for (const [name, url] of Object.entries(MEETING_URLS)) {
    await page.goto(url);
    const sidebar = page.getByRole('region', { name: 'Council Lens' });
    await sidebar.waitFor();
    await sidebar.getByRole('heading', { name: 'Attendees' }).waitFor();
    await page.waitForFunction(() => !document.querySelector('council-lens-sidebar')?.shadowRoot?.textContent?.includes('Looking up who attends'));
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
