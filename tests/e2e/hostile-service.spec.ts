import type { Page } from '@playwright/test';
import { expect, test } from '../support/extension-test';
import { xssPayloads, XSS_FLAG } from '../support/xss-payloads';

test.use({ serviceMode: 'hostile' });

const hostileMeeting = (mode: number) => `http://hostile.moderngov.co.uk/ieListDocuments.aspx?CId=1&MId=${mode}`;
const HOSTILE_DECISION = 'http://hostile.moderngov.co.uk/ieDecisionDetails.aspx?ID=1';

/** Nothing a payload could have done: no flag in the page's world, no dialog, no live markup in the sidebar. */
async function expectNoScriptRan(page: Page, dialogs: string[]): Promise<void> {
  expect(await page.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], XSS_FLAG)).toBeUndefined();
  expect(dialogs).toEqual([]);
  const dangerous = await page.evaluate(() => {
    const root = document.querySelector('council-lens-sidebar')?.shadowRoot;
    if (!root) return ['no sidebar'];
    const found: string[] = [];
    for (const element of Array.from(root.querySelectorAll('*'))) {
      if (/^(SCRIPT|IFRAME|OBJECT|EMBED|BASE|META|FORM|SVG|MATH)$/i.test(element.tagName)) found.push(element.tagName);
      for (const attribute of Array.from(element.attributes)) {
        if (/^on/i.test(attribute.name)) found.push(`${element.tagName}[${attribute.name}]`);
        if (/^(href|src|xlink:href|action|formaction)$/i.test(attribute.name) && !/^(https?:|#)/i.test(attribute.value))
          found.push(`${element.tagName}[${attribute.name}=${attribute.value.slice(0, 40)}]`);
      }
    }
    return found;
  });
  expect(dangerous).toEqual([]);
}

test.describe('a hostile summary service', () => {
  test(`cannot run any of ${xssPayloads().length} XSS payloads placed in every string field of a meeting`, async ({ page }) => {
    expect(xssPayloads().length).toBeGreaterThanOrEqual(100);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(hostileMeeting(1));
    const sidebar = page.getByRole('region', { name: 'Council Lens' });
    // The payloads arrive: plain-text fields show them as the text they are, and the summary's
    // markdown keeps their words but none of their markup.
    const questions = sidebar.getByRole('list', { name: 'Questions to ask' });
    await expect(questions.getByRole('listitem')).toHaveCount(xssPayloads().length);
    await expect(questions.getByText('“<script>window.__councilLensXss=1</script>”', { exact: true })).toBeVisible();
    await expect(sidebar.getByRole('region', { name: 'Summary' }).getByRole('list', { name: 'Footnotes' }).getByRole('listitem')).toHaveCount(5);
    await expectNoScriptRan(page, dialogs);
    // The council's page still works.
    await expect(page.getByRole('heading', { name: 'Agenda', level: 1 })).toBeVisible();
    await page.getByRole('link', { name: 'Skip to main content' }).focus();
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  });

  test('cannot run payloads placed in every string field of a decision analysis', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(HOSTILE_DECISION);
    const analysis = page.getByRole('region', { name: 'Council Lens' }).getByRole('region', { name: 'Analysis' });
    await expect(analysis.getByText('9/10 — likely contentious')).toBeVisible();
    await expect(analysis.getByRole('list', { name: 'Affected stakeholders' }).getByRole('listitem')).toHaveCount(xssPayloads().length);
    await expectNoScriptRan(page, dialogs);
  });

  test('a bad field costs only itself: the summary and both attendees show, the bad links are gone, and the view says once that something was left out', async ({
    page,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(hostileMeeting(9));
    const sidebar = page.getByRole('region', { name: 'Council Lens' });
    await expect(sidebar.getByRole('region', { name: 'Summary' }).getByText(/agreed the new parking charges for the town centre/)).toBeVisible();
    await expect(sidebar.getByText('Cllr Ada Good')).toBeVisible();
    await expect(sidebar.getByText('Cllr Bea Badlink')).toBeVisible();
    await expect(sidebar.getByText('Some of what the summary service sent could not be used, so it is left out.')).toHaveCount(1);
    await expect(sidebar.getByRole('list', { name: 'Questions to ask' }).getByRole('listitem')).toHaveCount(1);
    await expect(sidebar.getByRole('link', { name: 'Planted document' })).toHaveCount(0);
    // Nothing but http(s) links anywhere in the sidebar, and nothing ran.
    await expectNoScriptRan(page, dialogs);
  });

  const failures: [number, string, RegExp][] = [
    [2, 'malformed JSON', /not JSON/],
    [3, 'wrong types', /does not understand/],
    [4, 'a 10 MB answer', /far more than a summary/],
    [6, 'a 401', /did not recognise your API key/],
    [7, 'a 429', /busy/],
    [8, 'a 500', /having problems \(500\)/],
    [5, 'an answer that never ends', /took too long/],
  ];
  for (const [mode, what, message] of failures) {
    test(`explains ${what} and keeps the page's own view`, async ({ page, extensionErrors }) => {
      await page.goto(hostileMeeting(mode));
      const sidebar = page.getByRole('region', { name: 'Council Lens' });
      await expect(sidebar.getByRole('heading', { name: 'Delegated Decisions' })).toBeVisible();
      await expect(sidebar.getByRole('list', { name: 'Documents' }).getByRole('link', { name: 'Agenda frontsheet' })).toBeVisible();
      await expect(sidebar.getByRole('status').filter({ hasText: message })).toBeVisible({ timeout: 20_000 });
      await expect(page.getByRole('heading', { name: 'Agenda', level: 1 })).toBeVisible();
      expect(extensionErrors.list).toEqual([]);
    });
  }
});
