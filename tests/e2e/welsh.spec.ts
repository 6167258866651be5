import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '../support/extension-test';
import { MEETING_URLS, PAGE_URLS } from '../support/fixture-sites';
import { extensionId, launchWithExtension } from '../support/launch';

test('in a Welsh browser, the sidebar and the popup speak Welsh', async ({ server }) => {
  const userDataDir = await mkdtemp(join(tmpdir(), 'council-lens-cy-'));
  const browser = await launchWithExtension({ userDataDir, port: server.port, lang: 'cy' });
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(MEETING_URLS.kingston);
    const sidebar = page.getByRole('region', { name: 'Council Lens' });
    await expect(sidebar.getByRole('heading', { name: 'Mynychwyr', exact: true })).toBeVisible();
    await expect(sidebar.getByRole('list', { name: 'Mynychwyr' }).getByText('Cadeirydd').first()).toBeVisible();
    await expect(sidebar.getByRole('heading', { name: 'Dogfennau', exact: true })).toBeVisible();
    await expect(sidebar.getByRole('button', { name: 'Cuddio Council Lens' })).toBeVisible();

    // What Council Lens says inside an on-device summary is Welsh too; the documents' own words stay as they are.
    await page.goto(PAGE_URLS.mkDelegatedDecisions);
    const local = page.getByRole('region', { name: 'Council Lens' }).getByRole('region', { name: 'Crynodeb o’r dogfennau' });
    await expect(local.getByRole('heading', { name: 'Eitem 4: Minutes' })).toBeVisible({ timeout: 20_000 });
    await expect(local.getByText(/Regional Schools Commissioner expressing dissatisfaction/)).toBeVisible();
    await expect(
      local
        .getByRole('list', { name: 'Troednodiadau' })
        .getByText(/tudalen \d+/)
        .first(),
    ).toBeVisible();
    // The Ask box and its answer speak Welsh; the quoted passages stay in the documents' words.
    const ask = sidebar.getByRole('search', { name: 'Gofynnwch i’r dogfennau hyn' });
    await ask.getByRole('textbox', { name: 'Gofyn cwestiwn' }).fill('What did the Regional Schools Commissioner say?');
    await ask.getByRole('button', { name: 'Gofyn', exact: true }).click();
    await expect(sidebar.getByRole('status').filter({ hasText: 'Ateb i “What did the Regional Schools Commissioner say?”' })).toBeVisible({ timeout: 20_000 });
    await expect(
      sidebar
        .getByRole('list', { name: 'O’r dogfennau' })
        .getByRole('link', { name: /^Agor tudalen \d+ o / })
        .first(),
    ).toBeVisible();
    await expect(
      sidebar.getByRole('list', { name: 'Cwestiynau i roi cynnig arnynt' }).getByRole('button', { name: 'Beth sy’n cael ei benderfynu?' }),
    ).toBeVisible();

    await page.goto(PAGE_URLS.decisionCallIn);
    await expect(page.getByRole('region', { name: 'Council Lens' }).getByText(/^Daeth y cyfnod galw i mewn i ben/)).toBeVisible();

    const popup = await browser.newPage();
    await popup.goto(`chrome-extension://${await extensionId(browser)}/popup.html`);
    await expect(popup.getByRole('heading', { name: 'Dod o hyd i’ch cyngor' })).toBeVisible();
    await popup.getByLabel('Enw’r cyngor').fill('Caerdydd');
    await expect(popup.getByRole('list', { name: 'Cynghorau' }).getByRole('link', { name: 'Cyfarfodydd — City of Cardiff Council' })).toBeVisible();
  } finally {
    await browser.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
});
