import { expect, test } from '../support/extension-test';
import { PAGE_URLS } from '../support/fixture-sites';

test('settings: service address and key round trip, test connection, and clear the cache', async ({ context, extensionId, page, extensionErrors }) => {
  // Something in the cache first.
  await page.goto(PAGE_URLS.decision1613);
  await expect(page.getByText('7/10 — likely contentious')).toBeVisible();

  const page_ = await context.newPage();
  await page_.goto(`chrome-extension://${extensionId}/options.html`);
  const options = page_.getByRole('region', { name: 'Summary service' });
  await expect(options.getByLabel('Service address')).toHaveValue('http://127.0.0.1:8787');
  await options.getByRole('button', { name: 'Test connection' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();

  await options.getByLabel('Subscriber key (optional)').fill('not-a-real-key');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await options.getByRole('button', { name: 'Test connection' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'did not recognise your API key' })).toBeVisible();

  await page_.reload();
  await expect(options.getByLabel('Subscriber key (optional)')).toHaveValue('not-a-real-key');
  await options.getByLabel('Subscriber key (optional)').fill('demo-professional-key');
  await options.getByRole('button', { name: 'Save' }).click();
  await options.getByRole('button', { name: 'Test connection' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'accepted your key' })).toBeVisible();

  await expect(page_.getByText(/Council Lens keeps copies of what it fetched.*: [1-9]\d* items?/)).toBeVisible();
  await page_.getByRole('button', { name: 'Clear cache' }).click();
  await expect(page_.getByText(/: 0 items, 0\.0 MB/)).toBeVisible();
  await expect(page_.getByRole('heading', { name: 'Privacy: what leaves this device' })).toBeVisible();

  // The summariser tier: the built-in AI is not in headless Chromium, so it is offered but disabled.
  const summaries = page_.getByRole('region', { name: 'Summaries made on this device' });
  await expect(summaries.getByRole('radio', { name: /Council Lens, from the documents’ own sentences/ })).toBeChecked();
  await summaries.getByRole('radio', { name: /My own AI endpoint/ }).check();
  await expect(summaries.getByText(/OLLAMA_ORIGINS/)).toBeVisible();
  await summaries.getByRole('checkbox', { name: /Summarise meetings automatically/ }).uncheck();
  await page_.reload();
  await expect(
    page_.getByRole('region', { name: 'Summaries made on this device' }).getByRole('checkbox', { name: /Summarise meetings automatically/ }),
  ).not.toBeChecked();

  // A council whose constitution gives ten working days for call-in.
  const callIn = page_.getByRole('region', { name: 'Call-in periods' });
  await callIn.getByLabel('Council portal (host)').fill('https://milton-keynes.moderngov.co.uk/');
  await callIn.getByLabel('Working days').fill('10');
  await callIn.getByRole('button', { name: 'Add' }).click();
  await expect(callIn.getByRole('list', { name: 'Council call-in periods' })).toContainText('milton-keynes.moderngov.co.uk: 10 working days');
  expect(extensionErrors.list).toEqual([]);
});
