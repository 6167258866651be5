import { expect, test } from '../support/extension-test';

const FRONTSHEET = 'http://milton-keynes.moderngov.co.uk/documents/g9288/Agenda%20frontsheet%2001st-Oct-2025%2018.30%20Corporate%20Parenting%20Panel.pdf?T=0';

test.describe('the "Summarise this PDF" page (opened from the right-click menu)', () => {
  test('summarises the PDF it was opened for, with page footnotes', async ({ context, extensionId, extensionErrors }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/pdf.html?url=${encodeURIComponent(FRONTSHEET)}`);
    const result = page.getByRole('region', { name: 'Summary' });
    await expect(result.getByText('Recommendations (verbatim)')).toBeVisible({ timeout: 20_000 });
    await expect(result.getByRole('list', { name: 'Footnotes' }).getByRole('link', { name: 'Open the document at this page' }).first()).toHaveAttribute('href', /\.pdf\?T=0#page=\d+$/);
    await expect(result.getByText(/Estimated by Council Lens: \d+\/10/)).toBeVisible();
    expect(extensionErrors.list).toEqual([]);
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
