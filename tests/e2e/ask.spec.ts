import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../support/extension-test';
import { PAGE_URLS } from '../support/fixture-sites';
import { extensionWorker } from '../support/launch';
import type { Page } from '@playwright/test';

/** The extension's own global inside its service worker, where evaluate callbacks run. */
declare const chrome: typeof import('wxt/browser').browser;

const COUNCIL = 'milton-keynes.moderngov.co.uk';

/** Types a question into the sidebar's Ask box and presses Ask. */
async function askInSidebar(page: Page, question: string): Promise<void> {
  const ask = page.getByRole('region', { name: 'Council Lens' }).getByRole('search', { name: 'Ask these documents' });
  await ask.getByRole('textbox', { name: 'Ask a question' }).fill(question);
  await ask.getByRole('button', { name: 'Ask' }).click();
}

test.describe('asking a meeting’s own documents', () => {
  test.beforeEach(async ({ context }) => {
    // No summary service, no automatic summaries: the question is what reads the documents.
    const worker = await extensionWorker(context);
    await worker.evaluate(() => chrome.storage.local.set({ settings: { serviceUrl: '', serviceKey: '', autoSummaries: false } }));
  });

  test.afterEach(({ server }) => server.setDown(COUNCIL, false));

  test('a question is answered from the reports pack with cited passages linking to their pages; a suggested question is one click; answers come from the copy kept once the council’s server is down', async ({
    page,
    server,
    extensionErrors,
  }) => {
    await page.goto(PAGE_URLS.mkDelegatedDecisions);
    const sidebar = page.getByRole('region', { name: 'Council Lens' });
    const ask = sidebar.getByRole('search', { name: 'Ask these documents' });
    await ask.getByRole('textbox', { name: 'Ask a question' }).fill('What did the Regional Schools Commissioner say?');
    // The keyboard is enough: Enter in the box asks.
    await ask.getByRole('textbox', { name: 'Ask a question' }).press('Enter');
    await expect(sidebar.getByRole('status').filter({ hasText: 'Answer to “What did the Regional Schools Commissioner say?”' })).toBeVisible({
      timeout: 30_000,
    });
    const passages = sidebar.getByRole('list', { name: 'From the documents' });
    const first = passages.getByRole('listitem').first();
    await expect(first).toContainText('expressing dissatisfaction at the decision to not allow Tove Learning Trust');
    // The question's words are marked in the quote.
    await expect(first.locator('mark').filter({ hasText: 'Regional' })).toBeVisible();
    const link = first.getByRole('link', { name: /^Open page 5 of Public reports pack/ });
    await expect(link).toHaveAttribute('href', /\/documents\/g9310\/Public%20reports%20pack.*\.pdf\?T=10#page=5$/);
    // From the minutes in the pack: what the committee resolved, labelled as such.
    await expect(first).toContainText('Decision');

    // The documents now read, the questions they answer are offered.
    const suggested = sidebar.getByRole('list', { name: 'Questions to try' });
    await suggested.getByRole('button', { name: 'What is being decided?' }).click();
    await expect(sidebar.getByRole('status').filter({ hasText: 'Answer to “What is being decided?”' })).toBeVisible({ timeout: 20_000 });
    await expect(
      passages
        .getByRole('listitem')
        .first()
        .getByRole('link', { name: /^Open page \d+ of / }),
    ).toHaveAttribute('href', /\.pdf(\?T=\d+)?#page=\d+$/);

    // The council's server goes down: the copies kept on this device still answer, and nothing is asked of it.
    server.setDown(COUNCIL, true);
    const before = server.requests.filter((request) => request.host === COUNCIL && /\.pdf$/i.test(request.path)).length;
    await askInSidebar(page, 'Who are the young carers?');
    await expect(
      sidebar.getByRole('status').filter({ hasText: /Answer to “Who are the young carers\?”|These documents don’t seem to answer that\./ }),
    ).toBeVisible({
      timeout: 20_000,
    });
    await expect(passages.getByRole('listitem').first()).toContainText(/carer/i);
    expect(server.requests.filter((request) => request.host === COUNCIL && /\.pdf$/i.test(request.path)).length).toBe(before);
    expect(extensionErrors.list).toEqual([]);
  });

  test('a question the documents do not answer says so, and lists what was searched', async ({ page }) => {
    await page.goto(PAGE_URLS.mkDelegatedDecisions);
    const sidebar = page.getByRole('region', { name: 'Council Lens' });
    await askInSidebar(page, 'How many new swimming pools will be built?');
    await expect(sidebar.getByRole('status').filter({ hasText: 'These documents don’t seem to answer that.' })).toBeVisible({ timeout: 30_000 });
    await expect(sidebar.getByText('Searched:')).toBeVisible();
    await expect(sidebar.getByRole('link', { name: /^Public reports pack.*\(\d+ pages\)$/ })).toBeVisible();
  });

  test('accessibility (axe): the Ask view with an answer has no serious or critical violations', async ({ page }) => {
    await page.goto(PAGE_URLS.mkDelegatedDecisions);
    const sidebar = page.getByRole('region', { name: 'Council Lens' });
    await askInSidebar(page, 'What did the Regional Schools Commissioner say?');
    await expect(sidebar.getByRole('list', { name: 'From the documents' })).toBeVisible({ timeout: 30_000 });
    const results = await new AxeBuilder({ page }).include('council-lens-sidebar').analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => violation.id);
    expect(serious).toEqual([]);
  });
});
