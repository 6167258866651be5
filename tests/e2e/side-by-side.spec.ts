import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from '../support/extension-test';
import { MEETING_URLS } from '../support/fixture-sites';
import { extensionWorker } from '../support/launch';

declare const chrome: typeof import('wxt/browser').browser;

/** The room's stylesheet as the background registered it (lib/background/page-room.ts), once it has. */
async function registeredRoom(context: BrowserContext): Promise<{ matches?: string[]; excludeMatches?: string[] } | undefined> {
  const worker = await extensionWorker(context);
  return worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts({ ids: ['council-lens-room'] }))[0]);
}

/** The page's own right margin on its root as its parser finished (before its load, and before any script of Council Lens ran). */
async function recordRoomAtStart(page: Page): Promise<void> {
  await page.addInitScript(() =>
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { roomAtStart: string }).roomAtStart = getComputedStyle(document.documentElement).marginRight;
    }),
  );
}
const roomAtStart = (page: Page) => page.evaluate(() => (window as unknown as { roomAtStart?: string }).roomAtStart);
const rootMargin = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).marginRight);

/** Where each element of the council's main content lies, by a stable path. */
async function contentBoxes(page: import('@playwright/test').Page): Promise<Record<string, [number, number, number, number]>> {
  return page.evaluate(() => {
    const boxes: Record<string, [number, number, number, number]> = {};
    const main = document.querySelector('#modgov') ?? document.body;
    Array.from(main.querySelectorAll('*')).forEach((element, index) => {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.height > 0)
        boxes[`${index}:${element.tagName}`] = [Math.round(box.left), Math.round(box.top), Math.round(box.right), Math.round(box.bottom)];
    });
    return boxes;
  });
}

test.describe('the page is never hidden', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('side by side, nothing of the meeting page lies under the sidebar; collapsing restores the page’s own layout exactly', async ({ page, context }) => {
    await expect.poll(async () => (await registeredRoom(context))?.matches?.length ?? 0).toBeGreaterThan(0);
    await recordRoomAtStart(page);
    await page.goto(MEETING_URLS.kingston);
    // The room is there from the page's first layout, not made after its load: the page is laid out once, and does not jump.
    expect(await roomAtStart(page)).toBe('380px');
    const sidebar = page.getByRole('region', { name: 'Council Lens' });
    await expect(sidebar).toBeVisible();
    const sidebarLeft = await page.evaluate(() => window.innerWidth - 380);
    // The meeting's own title, which ran under the overlaid sidebar, is now wholly to its left.
    await expect.poll(async () => Math.max(...Object.values(await contentBoxes(page)).map((box) => box[2]))).toBeLessThanOrEqual(sidebarLeft + 1);
    const title = await page.getByRole('heading', { level: 2 }).first().boundingBox();
    expect(title!.x + title!.width).toBeLessThanOrEqual(sidebarLeft + 1);
    // Already open on arriving, the panel is simply there: it slides in only when the person opens it.
    expect(await sidebar.evaluate((panel) => panel.classList.contains('opening'))).toBe(false);

    await sidebar.getByRole('button', { name: 'Hide Council Lens' }).click();
    await expect(sidebar).toHaveCount(0);
    const collapsed = await contentBoxes(page);
    expect(await page.evaluate(() => document.documentElement.getAttribute('style'))).toBeNull();
    expect(await rootMargin(page)).toBe('0px');
    // The same page with the sidebar collapsed from the start (remembered for the site): no room kept from its start, the same layout, box for box.
    await expect.poll(async () => (await registeredRoom(context))?.excludeMatches ?? []).toContain('*://kingston.moderngov.co.uk/*');
    await page.reload();
    expect(await roomAtStart(page)).toBe('0px');
    await expect(page.getByRole('button', { name: 'Council Lens', exact: true })).toBeVisible();
    expect(await contentBoxes(page)).toEqual(collapsed);
    expect(Math.max(...Object.values(collapsed).map((box) => box[2]))).toBeGreaterThan(sidebarLeft + 1);
    await page.getByRole('button', { name: 'Council Lens', exact: true }).click();
    await expect(sidebar).toBeVisible();
    expect(await sidebar.evaluate((panel) => panel.classList.contains('opening'))).toBe(true);
    await expect.poll(() => rootMargin(page)).toBe('380px');
  });

  test('an address that promised a meeting but was not one gets its room back: not a ModernGov page, or no meeting named', async ({ page, context }) => {
    await expect.poll(async () => (await registeredRoom(context))?.matches?.length ?? 0).toBeGreaterThan(0);
    await recordRoomAtStart(page);
    // The sidebar's script finds no ModernGov page in the document (the portal's "Not found").
    await page.goto('http://kingston.moderngov.co.uk/ieListDocuments.aspx?CId=999999&MId=999999');
    expect(await roomAtStart(page)).toBe('380px');
    await expect.poll(() => rootMargin(page)).toBe('0px');
    await expect(page.getByRole('region', { name: 'Council Lens' })).toHaveCount(0);
    // No meeting in the address, so no sidebar is sent: the background gives the room back.
    await page.goto('http://kingston.moderngov.co.uk/ieListDocuments.aspx');
    await expect.poll(() => rootMargin(page)).toBe('0px');
    expect(await page.evaluate(() => document.documentElement.getAttribute('style'))).toBeNull();
  });
});
