import { expect, test } from '../support/extension-test';
import { PAGE_URLS } from '../support/fixture-sites';
import { extensionWorker } from '../support/launch';
import { readClipboard as clipboard } from '../support/clipboard';

/** The extension's own global inside its service worker, where evaluate callbacks run. */
declare const chrome: typeof import('wxt/browser').browser;

test.describe('citations for journalists', () => {
  test('"Copy as Markdown" on a decision analysis copies the text, the source line and the producer', async ({ page, context, server }) => {
    await page.goto(PAGE_URLS.decision1613);
    const analysis = page.getByRole('region', { name: 'Council Lens' }).getByRole('region', { name: 'Analysis' });
    await analysis.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(analysis.getByRole('status').filter({ hasText: 'Copied.' })).toBeVisible();
    const copied = await clipboard(context, server.port);
    expect(copied).toContain('Contentiousness: 7/10.');
    expect(copied).toContain('Source: Milton Keynes Council, Regional Care Cooperative. <http://milton-keynes.moderngov.co.uk/ieDecisionDetails.aspx?ID=1613>');
    expect(copied).toMatch(/\(retrieved \d{4}-\d{2}-\d{2}\)\. Summary: summary service\./);
  });

  test('"Copy as Markdown" on a meeting summary keeps its footnotes; "Copy link to page N" copies a PDF page link', async ({ page, context, server }) => {
    const worker = await extensionWorker(context);
    await worker.evaluate(() => chrome.storage.local.set({ settings: { serviceUrl: '', serviceKey: '', autoSummaries: true, callInWorkingDays: {} } }));
    await page.goto(PAGE_URLS.mkDelegatedDecisions);
    const local = page.getByRole('region', { name: 'Council Lens' }).getByRole('region', { name: 'Summary from the documents' });
    await expect(local.getByText('Summary made on this device', { exact: false })).toBeVisible({ timeout: 20_000 });
    await local.getByRole('button', { name: 'Copy as Markdown' }).first().click();
    const markdown = await clipboard(context, server.port);
    expect(markdown).toContain('### Item 4: Minutes');
    expect(markdown).toMatch(/Summary: made on this device\./);
    expect(markdown).toMatch(/\[\^1\]: .*page \d+ <http:\/\/milton-keynes\.moderngov\.co\.uk\/documents\/g9310\/.*\.pdf\?T=10#page=\d+>/);

    await page.bringToFront();
    await local
      .getByRole('button', { name: /^Copy link to page \d+$/ })
      .first()
      .click();
    expect(await clipboard(context, server.port)).toMatch(/\.pdf\?T=10#page=\d+$/);
  });
});
