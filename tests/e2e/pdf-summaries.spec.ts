import { expect, test } from '../support/extension-test';
import { PAGE_URLS } from '../support/fixture-sites';
import { UNGRANTED_ENDPOINT_SETTINGS } from '../support/settings';
import { extensionWorker } from '../support/launch';

/** The extension's own global inside its service worker, where evaluate callbacks run. */
declare const chrome: typeof import('wxt/browser').browser;

test.describe('summaries made on this device from the council’s PDFs', () => {
  test.beforeEach(async ({ context }) => {
    // No summary service: the on-device summary is what the person gets.
    const worker = await extensionWorker(context);
    await worker.evaluate(() => chrome.storage.local.set({ settings: { serviceUrl: '', serviceKey: '', autoSummaries: true } }));
  });

  test('a meeting is summarised automatically, per agenda item, with page footnotes into the PDFs', async ({ page, extensionErrors }) => {
    await page.goto(PAGE_URLS.mkDelegatedDecisions);
    const local = page.getByRole('region', { name: 'Council Lens' }).getByRole('region', { name: 'Summary from the documents' });
    await expect(local.getByText('Summary made on this device from the council’s documents', { exact: false })).toBeVisible({ timeout: 20_000 });
    await expect(local.getByRole('heading', { name: 'Item 4: Minutes' })).toBeVisible();
    await expect(local.getByText(/Regional Schools Commissioner expressing dissatisfaction/)).toBeVisible();
    const note = local.getByRole('list', { name: 'Footnotes' }).getByRole('listitem').first();
    await expect(note.getByRole('link', { name: 'Open the document at this page' })).toHaveAttribute('href', /Public%20reports%20pack.*\.pdf\?T=10#page=\d+$/);
    await expect(local.getByText(/Estimated by Council Lens: \d+\/10/)).toBeVisible();
    expect(extensionErrors.list).toEqual([]);
  });

  test('one document summarised from its Summarise button, citing pages', async ({ page, context }) => {
    const worker = await extensionWorker(context);
    await worker.evaluate(() => chrome.storage.local.set({ settings: { serviceUrl: '', serviceKey: '', autoSummaries: false } }));
    await page.goto(PAGE_URLS.mkCorporateParenting);
    const documents = page.getByRole('region', { name: 'Council Lens' }).getByRole('list', { name: 'Documents' });
    const frontsheet = documents.getByRole('listitem').filter({ hasText: 'Agenda frontsheet' });
    await frontsheet.getByRole('button', { name: 'Summarise' }).click();
    await expect(frontsheet.getByText('Recommendations (verbatim)')).toBeVisible({ timeout: 20_000 });
    await expect(frontsheet.getByText('1. That Cabinet approves the plan for topic 2 at a cost of £2.5m over 2026/27.', { exact: false })).toBeVisible();
    await expect(frontsheet.getByRole('list', { name: 'Footnotes' }).getByRole('link', { name: 'Open the document at this page' }).first()).toHaveAttribute(
      'href',
      /Agenda%20frontsheet.*\.pdf\?T=0#page=\d+$/,
    );
  });

  test('a report the council’s web service marks restricted is kept from the AI endpoint; an open one is not', async ({ page, context }) => {
    const worker = await extensionWorker(context);
    // An endpoint that is set up but not granted: an open report reaches the permission check, a restricted one never gets that far.
    // Both reports' text reads as public, so only the web service's isrestricted flag can tell them apart.
    await worker.evaluate((settings) => chrome.storage.local.set({ settings }), UNGRANTED_ENDPOINT_SETTINGS);
    await page.goto(PAGE_URLS.mkCabinetRestricted);
    const documents = page.getByRole('region', { name: 'Council Lens' }).getByRole('list', { name: 'Documents' });
    const restricted = documents.getByRole('listitem').filter({ hasText: 'Disposal of the Wolverton depot' });
    await restricted.getByRole('button', { name: 'Summarise' }).click();
    await expect(restricted.getByText('This document is marked exempt or confidential, so it was not sent to your AI endpoint.')).toBeVisible({
      timeout: 20_000,
    });
    await expect(restricted.getByText('Recommendations (verbatim)')).toBeVisible();
    const open = documents.getByRole('listitem').filter({ hasText: 'Budget monitoring' });
    await open.getByRole('button', { name: 'Summarise' }).click();
    await expect(open.getByText(/does not have permission to contact your AI endpoint/)).toBeVisible({ timeout: 20_000 });
  });

  test('on an agenda item’s own page, the web service’s flag for its meeting still keeps the report from the AI endpoint', async ({
    page,
    context,
    server,
  }) => {
    const worker = await extensionWorker(context);
    await worker.evaluate((settings) => chrome.storage.local.set({ settings }), UNGRANTED_ENDPOINT_SETTINGS);
    await page.goto(PAGE_URLS.mkCabinetRestrictedItem);
    const documents = page.getByRole('region', { name: 'Council Lens' }).getByRole('list', { name: 'Documents' });
    const restricted = documents.getByRole('listitem').filter({ hasText: 'Disposal of the Wolverton depot' });
    await restricted.getByRole('button', { name: 'Summarise' }).click();
    await expect(restricted.getByText('This document is marked exempt or confidential, so it was not sent to your AI endpoint.')).toBeVisible({
      timeout: 20_000,
    });
    // The flag came from the item's meeting, asked of the web service.
    expect(server.requests.some((request) => request.path.toLowerCase() === '/mgwebservice.asmx/getmeeting?lmeetingid=9320')).toBe(true);
  });

  test('a slow download shows its progress and can be cancelled', async ({ page, context }) => {
    const worker = await extensionWorker(context);
    await worker.evaluate(() => chrome.storage.local.set({ settings: { serviceUrl: '', serviceKey: '', autoSummaries: false } }));
    await page.goto(PAGE_URLS.mkCorporateParenting);
    const pack = page
      .getByRole('region', { name: 'Council Lens' })
      .getByRole('list', { name: 'Documents' })
      .getByRole('listitem')
      .filter({ hasText: 'Public reports pack' });
    await pack.getByRole('button', { name: 'Summarise' }).click();
    await expect(pack.getByRole('status')).toHaveText(/downloading \d+\.\d MB of \d+\.\d MB…/);
    await pack.getByRole('button', { name: 'Cancel' }).click();
    await expect(pack.getByRole('status')).toHaveText('Cancelled.');
    await expect(pack.getByRole('button', { name: 'Try again' })).toBeVisible();
  });
});
