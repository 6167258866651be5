import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../support/extension-test';
import { PAGE_URLS } from '../support/fixture-sites';
import { extensionWorker } from '../support/launch';

/** The extension's own global inside its service worker, where evaluate callbacks run. */
declare const chrome: typeof import('wxt/browser').browser;

test('on a ModernGov council’s page, the popup finds your councillors by postcode with the council’s own web service, remembers the postcode only if asked, and explains a bad one', async ({
  context,
  page,
  server,
  extensionErrors,
}) => {
  await page.goto(PAGE_URLS.decision1613);
  await expect(page.getByRole('region', { name: 'Council Lens' })).toBeVisible();
  const worker = await extensionWorker(context);
  const openPopup = async () => {
    const opened = context.waitForEvent('page');
    await worker.evaluate(() => chrome.windows.create({ url: chrome.runtime.getURL('/popup.html'), type: 'popup', focused: false }));
    return opened;
  };
  const popup = await openPopup();
  const councillors = popup.getByRole('region', { name: 'Your councillors' });
  await councillors.getByLabel('Your postcode').fill('zz');
  await councillors.getByRole('button', { name: 'Find' }).click();
  await expect(councillors.getByRole('status')).toHaveText('That does not look like a UK postcode. Try one like MK9 3EJ.');
  await councillors.getByLabel('Your postcode').fill('SW1A 1AA');
  await councillors.getByRole('button', { name: 'Find' }).click();
  await expect(councillors.getByRole('status')).toContainText('lists no councillors for SW1A 1AA');
  await councillors.getByLabel('Your postcode').fill('mk93ej');
  await councillors.getByLabel('Remember my postcode on this device').check();
  await councillors.getByRole('button', { name: 'Find' }).click();
  const list = councillors.getByRole('list', { name: 'Your councillors' });
  await expect(list.getByRole('link', { name: 'Councillor Ada Lovelace' })).toHaveAttribute(
    'href',
    'http://milton-keynes.moderngov.co.uk/mgUserInfo.aspx?UID=201',
  );
  await expect(list.getByRole('listitem').filter({ hasText: 'Councillor Ada Lovelace' })).toContainText('Liberal Democrats');
  await expect(list.getByRole('listitem').filter({ hasText: 'Councillor Alan Turing' })).toContainText('Central Milton Keynes');
  expect(server.requests.some((request) => /getcouncillorsbypostcode\?spostcode=MK9%203EJ/i.test(request.path))).toBe(true);
  const axe = await new AxeBuilder({ page: popup }).analyze();
  expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
  // The postcode's ward, followed from here with its councillors as the council listed them; one click each way.
  const followWard = councillors.getByRole('button', { name: 'Follow Central Milton Keynes' });
  await expect(followWard).toHaveAttribute('aria-pressed', 'false');
  await followWard.click();
  await expect(councillors.getByRole('button', { name: 'Following Central Milton Keynes' })).toHaveAttribute('aria-pressed', 'true');
  const stored = await worker.evaluate(
    async () => (await chrome.storage.local.get('follows')).follows as { kind: string; label: string; councillors?: string[] }[],
  );
  expect(stored.find((follow) => follow.kind === 'ward')).toMatchObject({
    label: 'Central Milton Keynes',
    councillors: expect.arrayContaining(['Councillor Alan Turing']),
  });
  // Remembered, because it was asked: the next popup has it ready.
  await popup.close();
  const again = await openPopup();
  await expect(again.getByRole('region', { name: 'Your councillors' }).getByLabel('Your postcode')).toHaveValue('MK9 3EJ');
  await again.getByRole('region', { name: 'Your councillors' }).getByRole('button', { name: 'Find' }).click();
  await again.getByRole('region', { name: 'Your councillors' }).getByRole('button', { name: 'Following Central Milton Keynes' }).click();
  await expect(again.getByRole('region', { name: 'Your councillors' }).getByRole('button', { name: 'Follow Central Milton Keynes' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  expect(extensionErrors.list).toEqual([]);
});
