import { expect, test } from '../support/extension-test';
import { PAGE_URLS } from '../support/fixture-sites';

test('settings: service address and key round trip, test connection, and clear the cache', async ({ context, extensionId, page, extensionErrors }) => {
  // Something in the cache first.
  await page.goto(PAGE_URLS.decision1613);
  await expect(page.getByText('7/10 — likely contentious')).toBeVisible();

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByLabel('Service address')).toHaveValue('http://127.0.0.1:8787');
  await options.getByRole('button', { name: 'Test connection' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();

  await options.getByLabel('Subscriber key (optional)').fill('not-a-real-key');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await options.getByRole('button', { name: 'Test connection' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'did not recognise your API key' })).toBeVisible();

  await options.reload();
  await expect(options.getByLabel('Subscriber key (optional)')).toHaveValue('not-a-real-key');
  await options.getByLabel('Subscriber key (optional)').fill('demo-professional-key');
  await options.getByRole('button', { name: 'Save' }).click();
  await options.getByRole('button', { name: 'Test connection' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'accepted your key' })).toBeVisible();

  await expect(options.getByText(/Council Lens keeps copies of what it fetched.*: [1-9]\d* items?/)).toBeVisible();
  await options.getByRole('button', { name: 'Clear cache' }).click();
  await expect(options.getByText(/: 0 items, 0\.0 MB/)).toBeVisible();
  await expect(options.getByRole('heading', { name: 'Privacy: what leaves this device' })).toBeVisible();
  expect(extensionErrors.list).toEqual([]);
});
