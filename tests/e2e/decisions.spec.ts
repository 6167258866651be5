import { expect, test } from '../support/extension-test';
import { MEETING_URLS, PAGE_URLS } from '../support/fixture-sites';
import { extensionWorker } from '../support/launch';
import { seriousViolations } from '../support/axe';

/** The extension's own global inside its service worker, where evaluate callbacks run. */
declare const chrome: typeof import('wxt/browser').browser;

test.describe('what no portal shows: decisions against recommendations, votes, interests, words explained', () => {
  test('the real Kingston meeting page: what it decided, its recorded votes, who declared an interest, a term explained', async ({
    page,
    context,
    extensionErrors,
  }) => {
    const worker = await extensionWorker(context);
    await worker.evaluate(() => chrome.storage.local.set({ settings: { serviceUrl: '', serviceKey: '', autoSummaries: false, callInWorkingDays: {} } }));
    await page.goto(MEETING_URLS.kingston);
    const sidebar = page.getByRole('region', { name: 'Council Lens' });
    const decided = sidebar.getByRole('region', { name: 'Decided at this meeting' });
    const zebra = decided.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Item 60: Coombe Lane West Zebra Crossing/ }) });
    await expect(zebra.getByRole('paragraph').first()).toContainText('be deferred (what this means) to the Committee meeting in March 2026.');
    await expect(zebra.getByRole('list', { name: 'Recorded votes' }).getByRole('listitem')).toHaveText([
      'Carried: Deferral: Coombe Lane West Zebra Crossing (Amendment)',
    ]);
    await expect(zebra.getByRole('link', { name: 'How each councillor voted (council’s page)' })).toHaveAttribute(
      'href',
      'http://kingston.moderngov.co.uk/mgListRecordedVotesShort.aspx?AIID=51903&MID=10221',
    );

    // "Councillor Bass declared an interest in relation to agenda 9 …": the attendee is marked, with the item.
    const bass = sidebar.getByRole('list', { name: 'Attendees' }).getByRole('listitem').filter({ hasText: 'Councillor Rowena Bass' });
    await expect(bass.getByText('Declared an interest in item 9')).toBeVisible();
    await expect(bass.getByText(/as she lived on Dickerage Road/)).toBeVisible();

    // The glossary: the decision's "deferred" is a button; pressing it reads out the explanation, Escape closes it.
    const term = zebra.getByRole('button', { name: 'deferred (what this means)' });
    await expect(term).toHaveAttribute('aria-expanded', 'false');
    await term.focus();
    await page.keyboard.press('Enter');
    await expect(term).toHaveAttribute('aria-expanded', 'true');
    await expect(zebra.getByText('Deferred: Put off to a later meeting without a decision', { exact: false })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(term).toHaveAttribute('aria-expanded', 'false');

    expect(await seriousViolations(page, 'council-lens-sidebar')).toEqual([]);
    expect(extensionErrors.list).toEqual([]);
  });

  test('Bristol’s report and minutes read on the device: the report’s recommendations against the decision, and the recorded votes', async ({
    page,
    context,
    extensionErrors,
  }) => {
    const worker = await extensionWorker(context);
    await worker.evaluate(() => chrome.storage.local.set({ settings: { serviceUrl: '', serviceKey: '', autoSummaries: true, callInWorkingDays: {} } }));
    await page.goto(PAGE_URLS.bristolTransport);
    const local = page.getByRole('region', { name: 'Council Lens' }).getByRole('region', { name: 'Summary from the documents' });
    await expect(local.getByRole('heading', { name: 'Item 10: Workplace Parking Levy' })).toBeVisible({ timeout: 30_000 });
    await expect(local.getByText('Outcome: Agreed as recommended')).toBeVisible();
    await expect(
      local.getByRole('listitem').filter({ hasText: 'Resolved as recommended: 3. Approved, subject to suitable resource being available' }),
    ).toHaveCount(1);
    // Each resolved part cites the report's page and the minutes' page.
    const footnotes = local.getByRole('list', { name: 'Footnotes' });
    await expect(footnotes.getByText('Workplace Parking Levy, page 2')).toBeVisible();
    await expect(footnotes.getByText('Printed minutes, page 8')).toBeVisible();
    await expect(local.getByText('Report: Carried, 8 for, 1 against')).toBeVisible();
    await expect(local.getByText('Recommendation 2A: Carried, 6 for, 0 against, 3 abstaining')).toBeVisible();
    await expect(local.getByText('Declarations of interest')).toBeVisible();
    await expect(local.getByText('None were declared.')).toBeVisible();
    expect(await seriousViolations(page, 'council-lens-sidebar')).toEqual([]);
    expect(extensionErrors.list).toEqual([]);
  });

  test('a decision page: its report’s recommendation beside the decision the page states', async ({ page, context, extensionErrors }) => {
    const worker = await extensionWorker(context);
    await worker.evaluate(() => chrome.storage.local.set({ settings: { serviceUrl: '', serviceKey: '', autoSummaries: false, callInWorkingDays: {} } }));
    await page.goto(PAGE_URLS.decision1613);
    const documents = page.getByRole('region', { name: 'Council Lens' }).getByRole('list', { name: 'Documents' });
    const report = documents.getByRole('listitem').filter({ hasText: 'Regional Care Cooperative' });
    await report.getByRole('button', { name: 'Summarise' }).click();
    await expect(report.getByRole('heading', { name: 'Recommended against decided' })).toBeVisible({ timeout: 20_000 });
    // The page's prose ("has decided to approve recommendations to join…") carries the report's recommendation.
    await expect(report.getByText('Outcome: Agreed as recommended')).toBeVisible();
    await expect(report.getByText("Resolved as recommended: The Director of Children's Services has decided to approve", { exact: false })).toBeVisible();
    await expect(report.getByRole('list', { name: 'Footnotes' }).getByText('The decision page')).toBeVisible();
    expect(await seriousViolations(page, 'council-lens-sidebar')).toEqual([]);
    expect(extensionErrors.list).toEqual([]);
  });
});
