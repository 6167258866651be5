import type { BrowserContext } from '@playwright/test';
import { expect, test } from '../support/extension-test';
import { MEETING_URLS, PAGE_URLS } from '../support/fixture-sites';
import { extensionWorker } from '../support/launch';
import { row } from '../support/locators';

/** The extension's own global inside its service worker, where evaluate callbacks run. */
declare const chrome: typeof import('wxt/browser').browser;

async function useKey(context: BrowserContext, key: string): Promise<void> {
  const worker = await extensionWorker(context);
  await worker.evaluate((serviceKey) => chrome.storage.local.set({ settings: { serviceUrl: 'http://127.0.0.1:8787', serviceKey } }), key);
}

test.describe('the summary service in the sidebar', () => {
  test('a decision shows the service’s analysis with a 0–10 meter and words', async ({ page, extensionErrors }) => {
    await page.goto(PAGE_URLS.decision1613);
    const analysis = page.getByRole('region', { name: 'Council Lens' }).getByRole('region', { name: 'Analysis' });
    await expect(analysis.getByText('7/10 — likely contentious')).toBeVisible();
    await expect(analysis.getByRole('meter', { name: 'Contentiousness 7 out of 10' })).toBeVisible();
    await expect(
      analysis.getByText(/^The Director of Children's Services has decided to approve recommendations to join a Regional Care Cooperative/).first(),
    ).toBeVisible();
    await expect(analysis.getByRole('list', { name: 'Affected stakeholders' }).getByRole('listitem')).toHaveText([
      'Children and young people in care',
      'Local authorities',
      'Department for Education',
    ]);
    await expect(analysis.getByText('There are implications of central government reforms driving the decision.')).toBeVisible();
    await expect(analysis.getByText('AI generated')).toBeVisible();
    expect(extensionErrors.list).toEqual([]);
  });

  test('a limited council says so plainly, keeps the page’s view, and fills attendees from the service', async ({ page, extensionErrors }) => {
    await page.goto(PAGE_URLS.mkCorporateParenting);
    const sidebar = page.getByRole('region', { name: 'Council Lens' });
    await expect(sidebar.getByText(/gives Milton Keynes City Council limited support/)).toBeVisible();
    await sidebar.getByText('What the service says').click();
    await expect(sidebar.getByText(/^We do not currently provide detailed weekly summaries for Milton Keynes Council/)).toBeVisible();
    await expect(sidebar.getByRole('list', { name: 'Documents' }).getByRole('link', { name: 'Public reports pack' })).toBeVisible();
    const attendees = sidebar.getByRole('list', { name: 'Attendees' });
    await expect(row(attendees, 'Councillor Sophie Bell')).toContainText('Liberal Democrats');
    await expect(row(attendees, 'Councillor Sophie Bell')).toContainText('Shenley Brook End');
    await expect(sidebar.getByRole('list', { name: 'Questions to ask' })).toContainText('Why did residential placements overspend by £11.4m?');
    // The service's suggested question is one click: the meeting's own documents answer it, on this device.
    await sidebar
      .getByRole('list', { name: 'Questions to ask' })
      .getByRole('button', { name: '“Why did residential placements overspend by £11.4m?”' })
      .click();
    await expect(
      sidebar
        .getByRole('status')
        .filter({ hasText: /^(?:Answer to “Why did residential placements overspend by £11\.4m\?”|These documents don’t seem to answer that\.)$/ }),
    ).toBeVisible({ timeout: 30_000 });
    expect(extensionErrors.list).toEqual([]);
  });

  test('a subscriber sees the summary, with footnotes that jump to their notes and back', async ({ page, context, extensionErrors }) => {
    await useKey(context, 'demo-professional-key');
    await page.goto(PAGE_URLS.mkCorporateParenting);
    const summary = page.getByRole('region', { name: 'Council Lens' }).getByRole('region', { name: 'Summary' });
    await expect(summary.getByRole('heading', { name: 'Sufficiency Strategy 2025-2030' })).toBeVisible();
    await expect(summary.getByText('AI generated')).toBeVisible();
    await expect(summary.getByText(/summary service · updated Fri 26 Sept? 2025/)).toBeVisible();
    await summary.getByRole('link', { name: 'Footnote 1', exact: true }).click();
    const notes = summary.getByRole('list', { name: 'Footnotes' });
    await expect(notes.getByRole('listitem').first()).toBeFocused();
    await expect(notes.getByRole('listitem').first()).toContainText('Section 106 contributions are agreements');
    await expect(notes.getByRole('listitem')).toHaveCount(8);
    expect(page.url()).not.toContain('#');
    expect(extensionErrors.list).toEqual([]);
  });

  test('a page the service does not cover says so, and the page view still works', async ({ page }) => {
    await page.goto(MEETING_URLS.kingston);
    const sidebar = page.getByRole('region', { name: 'Council Lens' });
    await expect(sidebar.getByText('The summary service has no summary of this meeting yet.')).toBeVisible();
    await expect(sidebar.getByRole('list', { name: 'Attendees' }).getByRole('link', { name: 'Councillor Olly Wehring' })).toBeVisible();
  });

  test('a second visit renders from the cache with the service stopped', async ({ page, service }) => {
    await page.goto(PAGE_URLS.decision1613);
    await expect(page.getByText('7/10 — likely contentious')).toBeVisible();
    const asked = service!.requests.length;
    await service!.close();
    await page.reload();
    await expect(page.getByText('7/10 — likely contentious')).toBeVisible();
    expect(service!.requests.length).toBe(asked);
  });
});

test.describe('with no summary service set up', () => {
  test('everything still works from the page alone, with no service message', async ({ page, context }) => {
    const worker = await extensionWorker(context);
    await worker.evaluate(() => chrome.storage.local.set({ settings: { serviceUrl: '', serviceKey: '' } }));
    await page.goto(PAGE_URLS.decision1613);
    const sidebar = page.getByRole('region', { name: 'Council Lens' });
    await expect(sidebar.getByRole('heading', { name: 'Regional Care Cooperative' })).toBeVisible();
    await expect(sidebar.getByRole('region', { name: 'Facts' })).toBeVisible();
    await expect(sidebar.getByRole('region', { name: 'Analysis' })).toHaveCount(0);
    await expect(sidebar.getByText(/summary service/)).toHaveCount(0);
  });
});
