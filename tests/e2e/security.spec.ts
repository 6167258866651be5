/**
 * A hostile council page, a hostile council server, and leftovers of an older version, against
 * the production build in real Chromium. docs/security.md lists what each check stops and which
 * test here proves it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { E2E_SERVICE_URL, expect, test } from '../support/extension-test';
import { MEETING_URLS, PAGE_URLS } from '../support/fixture-sites';
import { inspectPage } from '../support/inspect-sidebar';
import { extensionWorker, launchWithExtension } from '../support/launch';
import { SECRET_MARK, startSecretServer, type SecretServer } from '../support/secret-server';

/** The extension's own global inside its service worker, where evaluate callbacks run. */
declare const chrome: typeof import('wxt/browser').browser;

interface AttackReport {
  captured: string[];
  reads: string[];
  seen: { id: string; shadowRoot: string; text: string }[];
}

// The secret listens where the summary service would: no service, and nothing asked of one.
test.use({ serviceMode: 'none', serviceConsent: 'unasked' });

let secret: SecretServer;
test.beforeEach(async ({ serviceMode }) => {
  if (serviceMode === 'none') secret = await startSecretServer();
});
test.afterEach(async ({ serviceMode }) => {
  if (serviceMode === 'none') await secret.close();
});

test.describe('a hostile council page', () => {
  // The page gets no help from the tests until its attack is over.
  test.use({ inspectSidebar: false });

  test('can neither read nor drive the sidebar, and its look-alike element changes nothing', async ({ page, server }) => {
    // The fixture server serves every test of this worker: only what this test asks for counts.
    const earlier = server.requests.length;
    await page.goto(PAGE_URLS.hostileMeeting);
    await page.waitForFunction(() => (window as unknown as { __attack: AttackReport }).__attack.reads.length >= 2, undefined, { timeout: 15_000 });
    const report = await page.evaluate(() => (window as unknown as { __attack: AttackReport }).__attack);

    // Its hook on attachShadow never saw the sidebar's root, and the real host's root is closed to it.
    expect(report.captured).toEqual([]);
    const real = report.seen.filter((host) => host.id !== 'planted');
    expect(real.length).toBeGreaterThan(0);
    expect(real.every((host) => host.shadowRoot === 'none' && host.text === '')).toBe(true);
    expect(report.reads.join('\n')).not.toMatch(/Attendance not published|Summarise|Council Lens could not/);

    // Now look in as the person sees it: the real sidebar is there, open, and ignored every synthetic click and key.
    await inspectPage(page);
    const sidebar = page.getByRole('region', { name: 'Council Lens', exact: true });
    await expect(sidebar.getByRole('heading', { name: 'Cabinet' })).toBeVisible();
    const documents = sidebar.getByRole('list', { name: 'Documents' });
    await expect(documents).toBeVisible();

    // The planted links: the person's own click on Summarise is refused too, and nothing is fetched.
    const loopback = documents.getByRole('listitem').filter({ hasText: 'Loopback secret' });
    await loopback.getByRole('button', { name: 'Summarise' }).click();
    await expect(loopback).toContainText('local network');
    const otherCouncil = documents.getByRole('listitem').filter({ hasText: 'Another council report' });
    await otherCouncil.getByRole('button', { name: 'Summarise' }).click();
    await expect(otherCouncil).toContainText('not on this council’s website');
    expect(secret.requests).toEqual([]);
    expect(server.requests.slice(earlier).filter((request) => request.host !== 'hostile-council.moderngov.co.uk')).toEqual([]);
    await expect(sidebar).not.toContainText(SECRET_MARK);
  });
});

test('a council server whose attendance page, web service and documents redirect to a loopback secret: none of it is shown', async ({ page }) => {
  await page.goto(PAGE_URLS.redirectingMeeting);
  const sidebar = page.getByRole('region', { name: 'Council Lens', exact: true });
  await expect(sidebar.getByText('Attendance not published yet')).toBeVisible();
  // The automatic meeting summary tried both documents and followed neither redirect's answer.
  await expect(sidebar.getByText(/sent this document’s address somewhere else/)).toBeVisible({ timeout: 20_000 });
  await expect(sidebar).not.toContainText(SECRET_MARK);
  // What the page itself could read of the sidebar: nothing at all.
  const fromPage = await page.evaluate(() => document.body.innerText);
  expect(fromPage).not.toContain(SECRET_MARK);
});

test.describe('the summary service', () => {
  test.use({ serviceMode: 'reference', serviceConsent: 'unasked' });

  test('is asked nothing until the person agrees once, and then only for the page’s identity', async ({ page, service }) => {
    await page.goto(`${PAGE_URLS.decision1613}&session=s3cret-session#private-fragment`);
    const sidebar = page.getByRole('region', { name: 'Council Lens', exact: true });
    const consent = sidebar.getByRole('group', { name: 'Ask the summary service?' });
    await expect(consent).toBeVisible();
    await expect(consent).toContainText(E2E_SERVICE_URL);
    const identity = 'https://milton-keynes.moderngov.co.uk/iedecisiondetails.aspx?id=1613';
    await expect(consent.locator('code')).toHaveText(identity);
    expect(service!.requests).toEqual([]);

    await consent.getByRole('button', { name: 'Allow' }).click();
    await expect(sidebar.getByRole('region', { name: 'Analysis' }).getByText('7/10 — likely contentious')).toBeVisible();
    expect(service!.requests.map((request) => request.path)).toEqual([`/v1/pages?url=${encodeURIComponent(identity)}`]);

    // Asked once: the next page goes straight to the service.
    await page.goto(PAGE_URLS.decisionCallIn);
    await expect(sidebar.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await expect(sidebar.getByRole('group', { name: 'Ask the summary service?' })).toHaveCount(0);
    await expect.poll(() => service!.requests.length).toBe(2);
  });

  test('“Not now” keeps everything on the page alone, and sends nothing', async ({ page, service }) => {
    await page.goto(PAGE_URLS.decision1613);
    const sidebar = page.getByRole('region', { name: 'Council Lens', exact: true });
    await sidebar.getByRole('button', { name: 'Not now' }).click();
    await expect(sidebar.getByRole('group', { name: 'Ask the summary service?' })).toHaveCount(0);
    await page.reload();
    await expect(sidebar.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await expect(sidebar.getByRole('group', { name: 'Ask the summary service?' })).toHaveCount(0);
    expect(service!.requests).toEqual([]);
  });
});

test('a PDF job stops when its page is left, even mid-download', async ({ page, context, server }) => {
  const worker = await extensionWorker(context);
  await worker.evaluate(() => chrome.storage.local.set({ settings: { serviceUrl: '', serviceKey: '', autoSummaries: false } }));
  const earlier = server.aborted.length;
  await page.goto(PAGE_URLS.mkCorporateParenting);
  const pack = page
    .getByRole('region', { name: 'Council Lens', exact: true })
    .getByRole('list', { name: 'Documents' })
    .getByRole('listitem')
    .filter({ hasText: 'Public reports pack' });
  // The council sends this pack slowly (about 6 s): leave the page while it is still arriving.
  await pack.getByRole('button', { name: 'Summarise' }).click();
  await expect(pack.getByRole('status')).toHaveText(/downloading \d+\.\d MB of \d+\.\d MB…/);
  await page.goto(MEETING_URLS.kingston);
  await expect.poll(() => server.aborted.slice(earlier).filter((path) => path.includes('Public%20reports%20pack')).length, { timeout: 5_000 }).toBe(1);
});

test('a grant an older version left for a cleared AI endpoint is removed on restart, and is never a council site', async ({
  context,
  extensionId,
  userDataDir,
  server,
}) => {
  // The profile as an older version left it: localhost granted (host-only, as it then was), nothing recorded.
  const worker = await extensionWorker(context);
  // Once this version's own first start has finished, take away what it recorded.
  await expect.poll(async () => (await worker.evaluate(() => chrome.storage.local.get('settingsGrantsVersion'))).settingsGrantsVersion).toBe(2);
  await worker.evaluate(() => chrome.storage.local.remove(['settingsGrants', 'settingsGrantsVersion']));
  await context.close();
  const path = join(userDataDir, 'Default', 'Preferences');
  const preferences = JSON.parse(await readFile(path, 'utf8')) as { extensions: { settings: Record<string, Record<string, { explicit_host?: string[] }>> } };
  for (const key of ['granted_permissions', 'active_permissions']) {
    const permissions = (preferences.extensions.settings[extensionId]![key] ??= {});
    permissions.explicit_host = [...(permissions.explicit_host ?? []), 'http://localhost/*'];
  }
  await writeFile(path, JSON.stringify(preferences));

  const browser = await launchWithExtension({ userDataDir, port: server.port });
  const restarted = await extensionWorker(browser);
  await expect.poll(async () => (await restarted.evaluate(() => chrome.permissions.getAll())).origins).not.toContain('http://localhost/*');
  // Registered: the sidebar's room (a stylesheet) on the vendors' pages alone, never on the cleared endpoint's host.
  await expect
    .poll(async () => (await restarted.evaluate(() => chrome.scripting.getRegisteredContentScripts())).map((script) => script.id))
    .toEqual(['council-lens-room']);
  const matches = (await restarted.evaluate(() => chrome.scripting.getRegisteredContentScripts())).flatMap((script) => script.matches ?? []);
  expect(matches.filter((pattern) => !/^\*:\/\/\*\.(moderngov\.co\.uk|cmis\.uk\.com|cmis-ni\.org)\//.test(pattern))).toEqual([]);
  const options = await browser.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByText('No other sites enabled.')).toBeVisible();
  await browser.close();
});
