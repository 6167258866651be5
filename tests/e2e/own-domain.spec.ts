import { expect, test } from '../support/extension-test';
import { PAGE_URLS } from '../support/fixture-sites';
import { extensionWorker, launchWithExtension } from '../support/launch';
import { grantSiteInProfile } from '../support/profile';

/** The extension's own global inside its service worker, where these callbacks run. */
declare const chrome: typeof import('wxt/browser').browser;

const HOST = 'moderngov.kingston.gov.uk';

test('a council’s own domain: off until enabled, on after, across restarts, off again once removed', async ({ context, extensionId, userDataDir, server }) => {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(PAGE_URLS.kingstonOwnDomainMeeting);
  await page.waitForLoadState('networkidle');
  await expect(page.locator('council-lens-sidebar')).toHaveCount(0);
  await context.close();

  // The person enables the site (the browser records the permission), then restarts.
  await grantSiteInProfile(userDataDir, extensionId, HOST);
  let browser = await launchWithExtension({ userDataDir, port: server.port });
  let worker = await extensionWorker(browser);
  // No script is registered on the site: the background puts the sidebar into its pages once they have loaded. The one
  // registration is a stylesheet, the sidebar's room from a page's start, and it now takes the site's meeting pages too.
  const registered = () => worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
  await expect.poll(async () => (await registered()).flatMap((script) => script.matches ?? [])).toContain(`*://${HOST}/*ieListDocuments.aspx*`);
  expect((await registered()).map((script) => [script.id, script.js ?? []])).toEqual([['council-lens-room', []]]);
  let tab = browser.pages()[0] ?? (await browser.newPage());
  await tab.goto(PAGE_URLS.kingstonOwnDomainMeeting);
  await expect(
    tab.getByRole('region', { name: 'Council Lens' }).getByRole('heading', { name: 'Kingston and North Kingston Neighbourhood Committee' }),
  ).toBeVisible();
  await expect(tab.getByRole('region', { name: 'Council Lens' }).getByText('Royal Borough of Kingston upon Thames')).toBeVisible();
  await browser.close();

  // The choice survives another restart with nothing re-granted.
  browser = await launchWithExtension({ userDataDir, port: server.port });
  tab = browser.pages()[0] ?? (await browser.newPage());
  await tab.goto(PAGE_URLS.kingstonOwnDomainMeeting);
  await expect(tab.getByRole('region', { name: 'Council Lens' })).toBeVisible();

  // Removing the site in the settings page takes the permission back: its pages get no sidebar after that.
  worker = await extensionWorker(browser);
  const id = worker.url().split('/')[2];
  const options = await browser.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  const sites = options.getByRole('list', { name: 'Enabled council sites' });
  await expect(sites.getByText(HOST)).toBeVisible();
  await options.getByRole('button', { name: `Remove ${HOST}` }).click();
  await expect(options.getByText('No other sites enabled.')).toBeVisible();
  await expect.poll(() => worker.evaluate(() => chrome.permissions.contains({ origins: ['*://moderngov.kingston.gov.uk/*'] }))).toBe(false);
  await expect
    .poll(async () => (await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).flatMap((script) => script.matches ?? []).join(' '))
    .not.toContain(HOST);
  await tab.reload();
  await tab.waitForLoadState('networkidle');
  await expect(tab.locator('council-lens-sidebar')).toHaveCount(0);
  await browser.close();
});
