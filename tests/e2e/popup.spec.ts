import { expect, test } from '../support/extension-test';
import { PAGE_URLS } from '../support/fixture-sites';
import { extensionWorker } from '../support/launch';

/** The extension's own global inside its service worker, where evaluate callbacks run. */
declare const chrome: typeof import('wxt/browser').browser;

test('the popup away from a council page finds a council by name, forgivingly, by keyboard', async ({ context, extensionId, extensionErrors }) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('heading', { name: 'Find your council' })).toBeVisible();
  await popup.keyboard.press('Tab');
  await expect(popup.getByLabel('Council name')).toBeFocused();
  await popup.keyboard.type('milton keynes');
  const results = popup.getByRole('list', { name: 'Councils' });
  await expect(results.getByText('Milton Keynes Council')).toBeVisible();
  await expect(results.getByRole('link', { name: 'Meetings — Milton Keynes Council' })).toHaveAttribute(
    'href',
    'https://milton-keynes.moderngov.co.uk/mgCalendarMonthView.aspx',
  );
  await popup.getByLabel('Council name').fill('Caerdydd');
  await expect(results.getByText('City of Cardiff Council')).toBeVisible();
  await popup.getByLabel('Council name').fill('zzzz');
  await expect(popup.getByRole('status')).toHaveText('No council matches “zzzz”.');
  expect(extensionErrors.list).toEqual([]);
});

test('the toolbar probe recognises ModernGov markup on a page no detector reads', async ({ context, page }) => {
  await page.goto(PAGE_URLS.kingstonNotRead);
  const worker = await extensionWorker(context);
  const results = await worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    return chrome.scripting.executeScript({ target: { tabId: tab!.id! }, files: ['/probe.js'] });
  }, PAGE_URLS.kingstonNotRead);
  expect(results.map((result) => result.result)).toEqual(['moderngov']);
});

test('the popup on a detected page says what it is, the summary status, and opens or closes the sidebar', async ({ context, page }) => {
  await page.goto(PAGE_URLS.decision1613);
  await expect(page.getByRole('region', { name: 'Council Lens' }).getByText('7/10 — likely contentious')).toBeVisible();
  const worker = await extensionWorker(context);
  const opened = context.waitForEvent('page');
  await worker.evaluate(() => chrome.windows.create({ url: chrome.runtime.getURL('/popup.html'), type: 'popup', focused: false }));
  const popup = await opened;
  await expect(popup.getByText('Decision — Milton Keynes Council')).toBeVisible();
  await expect(popup.getByRole('heading', { name: 'Regional Care Cooperative' })).toBeVisible();
  await expect(popup.getByText('Analysis from the summary service.')).toBeVisible();
  await popup.getByRole('button', { name: 'Close sidebar' }).focus();
  // The popup closes itself once it has done what was asked.
  await Promise.all([popup.waitForEvent('close'), popup.keyboard.press('Enter').catch(() => undefined)]);
  await expect(page.getByRole('region', { name: 'Council Lens' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Council Lens', exact: true })).toBeVisible();
});
