import { expect, test } from '../support/extension-test';
import { extensionWorker } from '../support/launch';
import { UNGRANTED_ENDPOINT_SETTINGS } from '../support/settings';

/** The extension's own global inside its service worker, where evaluate callbacks run. */
declare const chrome: typeof import('wxt/browser').browser;

const DEPOT_REPORT = 'http://milton-keynes.moderngov.co.uk/documents/s70003/Depot%20disposal%20report.pdf';
const FRONTSHEET = 'http://milton-keynes.moderngov.co.uk/documents/g9288/Agenda%20frontsheet%2001st-Oct-2025%2018.30%20Corporate%20Parenting%20Panel.pdf?T=0';

test.describe('the "Summarise this PDF" page (opened from the right-click menu)', () => {
  test('summarises the PDF it was opened for, with page footnotes', async ({ context, extensionId, extensionErrors }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/pdf.html?url=${encodeURIComponent(FRONTSHEET)}`);
    const result = page.getByRole('region', { name: 'Summary' });
    await expect(result.getByText('Recommendations (verbatim)')).toBeVisible({ timeout: 20_000 });
    await expect(result.getByRole('list', { name: 'Footnotes' }).getByRole('link', { name: 'Open the document at this page' }).first()).toHaveAttribute(
      'href',
      /\.pdf\?T=0#page=\d+$/,
    );
    await expect(result.getByText(/Estimated by Council Lens: \d+\/10/)).toBeVisible();
    expect(extensionErrors.list).toEqual([]);
  });

  test('once the PDF is read, a question is answered from it, quoted and linked to its page', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/pdf.html?url=${encodeURIComponent(FRONTSHEET)}`);
    const ask = page.getByRole('search', { name: 'Ask these documents' });
    await ask.getByRole('textbox', { name: 'Ask a question' }).fill('How much will the plan for topic 2 cost?', { timeout: 20_000 });
    await ask.getByRole('button', { name: 'Ask' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Answer to “How much will the plan for topic 2 cost?”' })).toBeVisible({ timeout: 20_000 });
    const first = page.getByRole('list', { name: 'From the documents' }).getByRole('listitem').first();
    await expect(first).toContainText('at a cost of £2.5m over 2026/27');
    await expect(first.getByRole('link', { name: /^Open page \d+ of / })).toHaveAttribute('href', /\.pdf\?T=0#page=\d+$/);
  });

  test('keeps a report the council’s web service marks restricted from the AI endpoint, given the meeting it was linked from', async ({
    context,
    extensionId,
    page,
  }) => {
    const worker = await extensionWorker(context);
    await worker.evaluate((settings) => chrome.storage.local.set({ settings }), UNGRANTED_ENDPOINT_SETTINGS);
    const meeting = 'http://milton-keynes.moderngov.co.uk/ieListDocuments.aspx?MId=9320';
    await page.goto(`chrome-extension://${extensionId}/pdf.html?${new URLSearchParams({ url: DEPOT_REPORT, meeting }).toString()}`);
    await expect(page.getByText('This document is marked exempt or confidential, so it was not sent to your AI endpoint.')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('region', { name: 'Summary' }).getByText('Recommendations (verbatim)')).toBeVisible();

    // The same report without its meeting: its text reads as public, so it would go to the endpoint (here: not yet permitted).
    await page.goto(`chrome-extension://${extensionId}/pdf.html?${new URLSearchParams({ url: DEPOT_REPORT }).toString()}`);
    await expect(page.getByText(/does not have permission to contact your AI endpoint/)).toBeVisible({ timeout: 20_000 });
  });

  test('summarises a PDF address pasted in, and explains one it may not read', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/pdf.html`);
    await page.getByLabel('PDF address').fill(FRONTSHEET);
    await page.getByRole('button', { name: 'Summarise' }).click();
    await expect(page.getByRole('region', { name: 'Summary' }).getByText('Key points')).toBeVisible({ timeout: 20_000 });

    await page.getByLabel('PDF address').fill('https://www.example.org/report.pdf');
    await page.getByRole('button', { name: 'Summarise' }).first().click();
    await expect(page.getByRole('status')).toHaveText(/not enabled on www\.example\.org/);
  });
});
