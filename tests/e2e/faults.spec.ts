import { expect, test } from '../support/extension-test';
import { MEETING_URLS, PAGE_URLS } from '../support/fixture-sites';

const CUT_OFF_REPORT = 'http://milton-keynes.moderngov.co.uk/documents/s70009/Library%20opening%20hours%20report.pdf';

test.describe('faults survived, with nothing lost', () => {
  test('a download cut off halfway says so, keeps nothing, and "Try again" reads the whole document', async ({ context, extensionId, server }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/pdf.html?url=${encodeURIComponent(CUT_OFF_REPORT)}`);
    const status = page.getByRole('status');
    await expect(status).toHaveText(/The download was (interrupted|cut off before the end)/, { timeout: 20_000 });
    await page.getByRole('button', { name: 'Try again' }).click();
    const result = page.getByRole('region', { name: 'Summary' });
    await expect(result.getByText('Recommendations (verbatim)')).toBeVisible({ timeout: 20_000 });
    // The second answer was downloaded again, not taken from a cache of the partial file.
    expect(server.requests.filter((request) => request.path.startsWith('/documents/s70009/'))).toHaveLength(2);
  });
});

test('the council page keeps working: its own scripts run, react to clicks and keys, and see no errors', async ({ page }) => {
  // Stands in for the council's own scripts: it runs in the page's world, before the page's scripts.
  await page.addInitScript(() => {
    const own = { clicks: 0, keys: 0, ticks: 0, errors: [] as string[] };
    Object.assign(window, { __councilOwn: own });
    window.addEventListener('error', (event) => own.errors.push(String(event.message)));
    window.addEventListener('unhandledrejection', (event) => own.errors.push(String(event.reason)));
    document.addEventListener('click', () => (own.clicks += 1));
    document.addEventListener('keydown', () => (own.keys += 1));
    setInterval(() => (own.ticks += 1), 50);
  });
  await page.goto(PAGE_URLS.mkCorporateParenting);
  const sidebar = page.getByRole('region', { name: 'Council Lens' });
  await expect(sidebar.getByRole('list', { name: 'Documents' })).toBeVisible();
  await page.getByRole('heading', { level: 1 }).first().click();
  await page.keyboard.press('Tab');
  const own = () =>
    page.evaluate(() => (window as unknown as { __councilOwn: { clicks: number; keys: number; ticks: number; errors: string[] } }).__councilOwn);
  await expect.poll(async () => (await own()).clicks).toBeGreaterThan(0);
  await expect.poll(async () => (await own()).keys).toBeGreaterThan(0);
  // Its timers still fire.
  const ticks = (await own()).ticks;
  await expect.poll(async () => (await own()).ticks).toBeGreaterThan(ticks);
  expect((await own()).errors).toEqual([]);
});

test('a page whose images never finish loading (so no load event) still gets its sidebar within a second or so', async ({ page }) => {
  // Its images hang, so the page's load event never fires (as with a stalled tracking pixel or photo server).
  await page.route(/\.(png|gif|jpe?g)(\?|$)/i, () => undefined);
  await page.goto(MEETING_URLS.kingston, { waitUntil: 'domcontentloaded' });
  expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
  await expect(page.getByRole('region', { name: 'Council Lens' }).getByRole('heading', { name: 'Attendees' })).toBeVisible();
  expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
});
