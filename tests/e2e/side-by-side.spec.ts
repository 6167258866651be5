import { expect, test } from '../support/extension-test';
import { MEETING_URLS } from '../support/fixture-sites';

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

  test('side by side, nothing of the meeting page lies under the sidebar; collapsing restores the page’s own layout exactly', async ({ page }) => {
    await page.goto(MEETING_URLS.kingston);
    const sidebar = page.getByRole('region', { name: 'Council Lens' });
    await expect(sidebar).toBeVisible();
    const sidebarLeft = await page.evaluate(() => window.innerWidth - 380);
    // The meeting's own title, which ran under the overlaid sidebar, is now wholly to its left.
    await expect.poll(async () => Math.max(...Object.values(await contentBoxes(page)).map((box) => box[2]))).toBeLessThanOrEqual(sidebarLeft + 1);
    const title = await page.getByRole('heading', { level: 2 }).first().boundingBox();
    expect(title!.x + title!.width).toBeLessThanOrEqual(sidebarLeft + 1);

    await sidebar.getByRole('button', { name: 'Hide Council Lens' }).click();
    await expect(sidebar).toHaveCount(0);
    const collapsed = await contentBoxes(page);
    expect(await page.evaluate(() => document.documentElement.getAttribute('style'))).toBeNull();
    // The same page with the sidebar collapsed from the start (remembered for the site): the same layout, box for box.
    await page.reload();
    await expect(page.getByRole('button', { name: 'Council Lens', exact: true })).toBeVisible();
    expect(await contentBoxes(page)).toEqual(collapsed);
    expect(Math.max(...Object.values(collapsed).map((box) => box[2]))).toBeGreaterThan(sidebarLeft + 1);
  });
});
