import { expect, test } from '../support/extension-test';
import { MEETING_URLS, PAGE_URLS } from '../support/fixture-sites';
import { extensionWorker } from '../support/launch';
import { seriousViolations } from '../support/axe';

/** The extension's own global inside its service worker, where evaluate callbacks run. */
declare const chrome: typeof import('wxt/browser').browser;

const SIDEBAR_VIEWS: [string, string, string][] = [
  ['meeting', MEETING_URLS.kingston, 'Attendees'],
  ['cancelled meeting', MEETING_URLS.cancelled, 'Attendance not published yet'],
  ['meeting with the service summary', PAGE_URLS.mkCorporateParenting, 'Sufficiency Strategy 2025-2030'],
  ['decision with analysis', PAGE_URLS.decision1613, '7/10 — likely contentious'],
  ['decision with call-in', PAGE_URLS.decisionCallIn, 'Call-in period ended'],
  ['committee', PAGE_URLS.kingstonCommittee, 'Members'],
  ['CMIS meeting', PAGE_URLS.cmisMeeting, 'Attendees'],
];

test.describe('accessibility (axe): no serious or critical violations', () => {
  for (const [name, url, ready] of SIDEBAR_VIEWS) {
    test(`sidebar: ${name}`, async ({ page, context }) => {
      const worker = await extensionWorker(context);
      await worker.evaluate(() =>
        chrome.storage.local.set({
          settings: { serviceUrl: 'http://127.0.0.1:8787', serviceKey: 'demo-professional-key', autoSummaries: false, callInWorkingDays: {} },
        }),
      );
      await page.goto(url);
      await expect(page.getByRole('region', { name: 'Council Lens' }).getByText(ready).first()).toBeVisible();
      expect(await seriousViolations(page, 'council-lens-sidebar')).toEqual([]);
    });
  }

  test('sidebar: summary made on this device', async ({ page, context }) => {
    const worker = await extensionWorker(context);
    await worker.evaluate(() => chrome.storage.local.set({ settings: { serviceUrl: '', serviceKey: '', autoSummaries: true, callInWorkingDays: {} } }));
    await page.goto(PAGE_URLS.mkDelegatedDecisions);
    await expect(page.getByText('Summary made on this device', { exact: false })).toBeVisible({ timeout: 20_000 });
    expect(await seriousViolations(page, 'council-lens-sidebar')).toEqual([]);
  });

  test('sidebar: collapsed tab', async ({ page }) => {
    await page.goto(MEETING_URLS.kingston);
    await page.getByRole('button', { name: 'Hide Council Lens' }).click();
    await expect(page.getByRole('button', { name: 'Council Lens', exact: true })).toBeVisible();
    expect(await seriousViolations(page, 'council-lens-sidebar')).toEqual([]);
  });

  test('popup', async ({ context, extensionId }) => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.getByLabel('Council name').fill('milton keynes');
    await expect(popup.getByRole('list', { name: 'Councils' })).toBeVisible();
    expect(await seriousViolations(popup)).toEqual([]);
  });

  test('PDF summary page', async ({ context, extensionId }) => {
    const pdf = await context.newPage();
    await pdf.goto(
      `chrome-extension://${extensionId}/pdf.html?url=${encodeURIComponent('http://milton-keynes.moderngov.co.uk/documents/g9288/Agenda%20frontsheet%2001st-Oct-2025%2018.30%20Corporate%20Parenting%20Panel.pdf?T=0')}`,
    );
    await expect(pdf.getByText('Recommendations (verbatim)')).toBeVisible({ timeout: 20_000 });
    expect(await seriousViolations(pdf)).toEqual([]);
  });

  test('settings page', async ({ context, extensionId }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByRole('heading', { name: 'Council Lens settings' })).toBeVisible();
    expect(await seriousViolations(options)).toEqual([]);
  });
});

test('the check reaches inside the sidebar’s shadow root (a planted fault is found)', async ({ page }) => {
  await page.goto(MEETING_URLS.kingston);
  await expect(page.getByRole('region', { name: 'Council Lens' })).toBeVisible();
  await page.evaluate(() => {
    const root = document.querySelector('council-lens-sidebar')!.shadowRoot!;
    const button = document.createElement('button');
    root.querySelector('.content')!.append(button);
  });
  expect((await seriousViolations(page, 'council-lens-sidebar')).some((violation) => violation.startsWith('button-name'))).toBe(true);
});
