/**
 * A real Chromium window on a virtual X display, driven with real key presses and mouse clicks
 * (xdotool): the keyboard shortcut and the native right-click menu are browser features that
 * page-level automation cannot reach.
 */
import { launchWithExtension, extensionWorker } from '../support/launch';
import { connectDevTools, DEVTOOLS_PORT_ARG, startDesktop, type Desktop } from '../support/desktop';
import { expect, grantServiceConsent, test as extensionTest } from '../support/extension-test';
import { MEETING_URLS, PAGE_URLS } from '../support/fixture-sites';
import { UNGRANTED_ENDPOINT_SETTINGS } from '../support/settings';
import { readClipboard as clipboard } from '../support/clipboard';

/** The extension's own global inside its service worker, where evaluate callbacks run. */
declare const chrome: typeof import('wxt/browser').browser;

const test = extensionTest.extend<{ desktop: Desktop }>({
  desktop: async ({}, use) => {
    const desktop = await startDesktop();
    await use(desktop);
    await desktop.close();
  },
  context: async ({ server, userDataDir, desktop }, use) => {
    const context = await launchWithExtension({ userDataDir, port: server.port, display: desktop.display, extraArgs: [DEVTOOLS_PORT_ARG] });
    await grantServiceConsent(context);
    await use(context);
    await context.close();
  },
});

test.describe('in a real browser window', () => {
  test('Alt+Shift+L hides and shows the sidebar, and the page keeps its skip link first', async ({ page, desktop, extensionErrors }) => {
    await page.goto(MEETING_URLS.kingston);
    const sidebar = page.getByRole('region', { name: 'Council Lens' });
    await expect(sidebar).toBeVisible();
    // A click on the page's own text gives the window keyboard focus, as a reader's would.
    await desktop.click(page, page.getByRole('heading', { level: 1 }));

    await desktop.press('alt+shift+l');
    await expect(sidebar).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Council Lens', exact: true })).toBeVisible();

    await desktop.press('alt+shift+l');
    await expect(sidebar).toBeVisible();
    // The shortcut does not move focus into the sidebar, and from the top of the page the
    // page's own skip link is still the first stop.
    await expect(page.locator('council-lens-sidebar')).not.toBeFocused();
    await desktop.click(page, { x: 2, y: 2 });
    await desktop.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    expect(extensionErrors.list).toEqual([]);
  });

  test('the toolbar button’s real popup on a detected page: what it is, its summary status, and closing the sidebar by keyboard', async ({
    page,
    context,
    desktop,
    userDataDir,
  }) => {
    await page.goto(PAGE_URLS.decision1613);
    await expect(page.getByRole('region', { name: 'Council Lens' }).getByText('7/10 — likely contentious')).toBeVisible();
    await desktop.click(page, page.getByRole('heading', { level: 1 }));
    const devtools = await connectDevTools(userDataDir);
    try {
      // What a click on the toolbar button does (the button itself sits in Chromium's extensions menu until pinned).
      const worker = await extensionWorker(context);
      await worker.evaluate(() => chrome.action.openPopup());
      const popup = await (await devtools.waitForTarget((target) => target.url().endsWith('/popup.html'), { timeout: 10_000 })).asPage();
      const popupText = () => popup.evaluate(() => document.body.textContent ?? '');
      await expect.poll(popupText).toContain('Analysis from the summary service.');
      expect(await popupText()).toContain('Decision — Milton Keynes Council');
      expect(await popupText()).toContain('Regional Care Cooperative');
      // Real keys: Tab to "Close sidebar", then Enter.
      await expect
        .poll(async () => {
          await desktop.press('Tab');
          return popup.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
        })
        .toBe('Close sidebar');
      await desktop.press('Return');
      await expect(page.getByRole('region', { name: 'Council Lens' })).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Council Lens', exact: true })).toBeVisible();
    } finally {
      await devtools.disconnect();
    }
  });

  test('right-click on a council PDF link → "Summarise this PDF with Council Lens" opens its summary', async ({ page, context, desktop, extensionId }) => {
    const worker = await extensionWorker(context);
    await worker.evaluate(() => chrome.storage.local.set({ settings: { serviceUrl: '', serviceKey: '', autoSummaries: false } }));
    await page.goto(PAGE_URLS.mkCorporateParenting);
    await expect(page.getByRole('region', { name: 'Council Lens' })).toBeVisible();

    const opened = context.waitForEvent('page', { predicate: (candidate) => candidate.url().startsWith(`chrome-extension://${extensionId}/pdf.html`) });
    await desktop.click(page, page.locator('#modgov').getByRole('link', { name: /Agenda frontsheet/ }), 3);
    // In Chromium's link menu the extension's item sits just above "Inspect", the last item:
    // Up from an unselected menu selects the last item, Up again ours.
    await desktop.press('Up');
    await desktop.press('Up');
    await desktop.press('Return');

    const summaryPage = await opened;
    expect(new URL(summaryPage.url()).searchParams.get('url')).toMatch(/Agenda%20frontsheet.*\.pdf\?T=0$/);
    const result = summaryPage.getByRole('region', { name: 'Summary' });
    await expect(result.getByText('Recommendations (verbatim)')).toBeVisible({ timeout: 20_000 });
    await expect(result.getByRole('list', { name: 'Footnotes' }).getByRole('link', { name: 'Open the document at this page' }).first()).toHaveAttribute(
      'href',
      /Agenda%20frontsheet.*\.pdf\?T=0#page=\d+$/,
    );
  });

  test('from an agenda item’s page, the right-click summary still honours the meeting’s restricted flag', async ({ page, context, desktop, extensionId }) => {
    const worker = await extensionWorker(context);
    await worker.evaluate((settings) => chrome.storage.local.set({ settings }), UNGRANTED_ENDPOINT_SETTINGS);
    await page.goto(PAGE_URLS.mkCabinetRestrictedItem);
    await expect(page.getByRole('region', { name: 'Council Lens' })).toBeVisible();
    const opened = context.waitForEvent('page', { predicate: (candidate) => candidate.url().startsWith(`chrome-extension://${extensionId}/pdf.html`) });
    await desktop.click(page, page.locator('#modgov').getByRole('link', { name: /Disposal of the Wolverton depot/ }), 3);
    await desktop.press('Up');
    await desktop.press('Up');
    await desktop.press('Return');
    const summaryPage = await opened;
    // The sidebar told the background which meeting the item belongs to.
    expect(new URL(summaryPage.url()).searchParams.get('meeting')).toBe('http://milton-keynes.moderngov.co.uk/ieListDocuments.aspx?MId=9320');
    await expect(summaryPage.getByText('This document is marked exempt or confidential, so it was not sent to your AI endpoint.')).toBeVisible({
      timeout: 20_000,
    });
  });

  test('the right-click item is not offered on links that are not documents', async ({ page, context, desktop, server }) => {
    await page.goto(PAGE_URLS.mkCorporateParenting);
    await expect(page.getByRole('region', { name: 'Council Lens' })).toBeVisible();
    await desktop.click(page, page.locator('#modgov').getByRole('link', { name: 'Attendance details' }), 3);
    // Without our item, the same keys land on the item above "Inspect": "Copy link address".
    await desktop.press('Up');
    await desktop.press('Up');
    await desktop.press('Return');
    await expect.poll(() => clipboard(context, server.port)).toBe('http://milton-keynes.moderngov.co.uk/mgMeetingAttendance.aspx?ID=9288');
    expect(context.pages().filter((candidate) => candidate.url().includes('/pdf.html'))).toEqual([]);
  });
});
