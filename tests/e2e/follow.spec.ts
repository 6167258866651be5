import { expect, test } from '../support/extension-test';
import { FOLLOW_FIXTURE, MEETING_URLS, PAGE_URLS } from '../support/fixture-sites';
import { row } from '../support/locators';
import { extensionId, extensionWorker, launchWithExtension } from '../support/launch';
import type { BrowserContext } from '@playwright/test';

/** The extension's own global inside its service worker, where evaluate callbacks run. */
declare const chrome: typeof import('wxt/browser').browser;

const COUNCIL = 'milton-keynes.moderngov.co.uk';
const badge = async (context: BrowserContext) => (await extensionWorker(context)).evaluate(() => chrome.action.getBadgeText({}));
/** Whether a check of the followed council has finished (its status, in the background's follow database, says when). */
const councilChecked = async (context: BrowserContext) =>
  (await extensionWorker(context)).evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const opening = indexedDB.open('council-lens-follow');
        // Never made here: a database this made empty would keep Council Lens from making its own.
        opening.onupgradeneeded = () => opening.transaction?.abort();
        opening.onerror = () => resolve(false);
        opening.onsuccess = () => {
          const database = opening.result;
          if (!database.objectStoreNames.contains('status')) return resolve(false);
          const reading = database.transaction('status').objectStore('status').getAll();
          reading.onerror = () => resolve(false);
          reading.onsuccess = () => resolve((reading.result as { lastChecked?: string }[]).some((status) => status.lastChecked !== undefined));
        };
      }),
  );
const asked = (requests: { host: string; path: string }[], pattern: RegExp) =>
  requests.filter((request) => request.host === COUNCIL && pattern.test(request.path)).length;

test.describe('following a committee', () => {
  test.beforeEach(async ({ context }) => {
    FOLLOW_FIXTURE.agendaPublished = false;
    FOLLOW_FIXTURE.failing = false;
    FOLLOW_FIXTURE.meetingListed = false;
    FOLLOW_FIXTURE.cmisPapersAdded = false;
    const worker = await extensionWorker(context);
    await worker.evaluate(() => chrome.storage.local.set({ settings: { serviceUrl: '', serviceKey: '', autoSummaries: false } }));
  });
  test.afterEach(() => {
    FOLLOW_FIXTURE.agendaPublished = false;
    FOLLOW_FIXTURE.failing = false;
    FOLLOW_FIXTURE.meetingListed = false;
    FOLLOW_FIXTURE.cmisPapersAdded = false;
  });

  test('follow a CMIS committee from its meeting page (no web service); papers added to the meeting are announced with its link, once', async ({
    context,
    page,
    server,
    extensionErrors,
  }) => {
    const cmis = (pattern: RegExp) => server.requests.filter((request) => request.host === 'birmingham.cmis.uk.com' && pattern.test(request.path)).length;
    await page.goto(PAGE_URLS.cmisMeeting);
    const sidebar = page.getByRole('region', { name: 'Council Lens' });
    const follow = sidebar.getByRole('button', { name: 'Follow', exact: true });
    await expect(follow).toHaveAttribute('aria-pressed', 'false');
    // The fixture server is shared by the tests: what this follow asks is counted from here.
    const committeePage = /viewcmis_committeedetails\/mid\/383\/id\/4\//i;
    const meetingPage = /viewmeetingpublic\/mid\/397\/meeting\/15042\//i;
    const [committeeBefore, meetingBefore] = [cmis(committeePage), cmis(meetingPage)];
    await follow.click();
    await expect(sidebar.getByRole('button', { name: 'Following', exact: true })).toHaveAttribute('aria-pressed', 'true');
    // The first check learns the committee's page (found through the meeting's own committee link) and the meeting's page.
    await expect.poll(() => cmis(committeePage) - committeeBefore, { timeout: 15_000 }).toBe(1);
    await expect.poll(() => cmis(meetingPage) - meetingBefore, { timeout: 15_000 }).toBe(1);

    FOLLOW_FIXTURE.cmisPapersAdded = true;
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${await extensionId(context)}/popup.html`);
    await popup.getByRole('button', { name: 'Check now' }).click();
    const item = popup.getByRole('region', { name: 'What’s new' }).getByRole('listitem').filter({ hasText: 'Documents added' });
    await expect(item).toBeVisible({ timeout: 15_000 });
    await expect(item).toContainText('Supplementary agenda');
    await expect(item.getByRole('link')).toHaveAttribute('href', PAGE_URLS.cmisMeeting);
    expect(await badge(context)).toBe('1');
    expect(cmis(/mgwebservice/i)).toBe(0);
    await popup.getByRole('button', { name: 'Check now' }).click();
    await expect(popup.getByRole('button', { name: 'Check now' })).toBeEnabled({ timeout: 15_000 });
    await expect(popup.getByRole('listitem').filter({ hasText: 'Documents added' })).toHaveCount(1);
    expect(extensionErrors.list).toEqual([]);
  });

  test('follow a committee’s meetings list page; a meeting the council lists is announced with its link, once', async ({
    context,
    page,
    server,
    extensionErrors,
  }) => {
    await page.goto(PAGE_URLS.kingstonMeetingsList);
    const sidebar = page.getByRole('region', { name: 'Council Lens' });
    await sidebar.getByRole('button', { name: 'Follow', exact: true }).click();
    await expect(sidebar.getByRole('button', { name: 'Following', exact: true })).toHaveAttribute('aria-pressed', 'true');
    const listAsked = () =>
      server.requests.filter((request) => request.host === 'kingston.moderngov.co.uk' && /^\/ielistmeetings\.aspx/i.test(request.path)).length;
    // The first check learns the list as it is (one request beyond the person's own visit).
    await expect.poll(listAsked, { timeout: 15_000 }).toBeGreaterThan(1);

    FOLLOW_FIXTURE.meetingListed = true;
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${await extensionId(context)}/popup.html`);
    const before = listAsked();
    await popup.getByRole('button', { name: 'Check now' }).click();
    const item = popup.getByRole('region', { name: 'What’s new' }).getByRole('listitem').filter({ hasText: 'New meeting' });
    await expect(item).toBeVisible({ timeout: 15_000 });
    await expect(item.getByRole('link')).toHaveAttribute('href', 'http://kingston.moderngov.co.uk/ieListDocuments.aspx?CId=711&MId=10400&Ver=4');
    expect(listAsked() - before).toBe(1);
    expect(await badge(context)).toBe('1');
    await popup.getByRole('button', { name: 'Check now' }).click();
    await expect(popup.getByRole('button', { name: 'Check now' })).toBeEnabled({ timeout: 15_000 });
    await expect(popup.getByRole('listitem').filter({ hasText: 'New meeting' })).toHaveCount(1);
    expect(extensionErrors.list).toEqual([]);
  });

  test('follow from a meeting page; a new agenda is found by "Check now", shown with its link and counted on the badge; "Mark all read" clears it; a restart keeps the follow and announces nothing twice', async ({
    context,
    page,
    server,
    userDataDir,
    extensionErrors,
  }) => {
    await page.goto(PAGE_URLS.mkDelegatedDecisions);
    const sidebar = page.getByRole('region', { name: 'Council Lens' });
    const follow = sidebar.getByRole('button', { name: 'Follow', exact: true });
    await expect(follow).toHaveAttribute('aria-pressed', 'false');
    await follow.click();
    await expect(sidebar.getByRole('button', { name: 'Following', exact: true })).toHaveAttribute('aria-pressed', 'true');
    // The first check learns what is there now: the committee's meetings and the two meetings' records.
    await expect.poll(() => asked(server.requests, /^\/mgwebservice\.asmx\/getmeeting\?lmeetingid=9331/i), { timeout: 15_000 }).toBeGreaterThan(0);

    // The council publishes the next meeting's agenda.
    FOLLOW_FIXTURE.agendaPublished = true;
    const id = await extensionId(context);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html`);
    const news = popup.getByRole('region', { name: 'What’s new' });
    await expect(popup.getByText('Nothing new yet.', { exact: false })).toBeVisible();
    const requestsBefore = asked(server.requests, /mgwebservice/i);
    await popup.getByRole('button', { name: 'Check now' }).click();
    const item = news.getByRole('listitem').filter({ hasText: 'Agenda published' });
    await expect(item).toBeVisible({ timeout: 15_000 });
    await expect(item.getByRole('link')).toHaveAttribute('href', `http://${COUNCIL}/ieListDocuments.aspx?CId=155&MId=9331`);
    // A few requests for the whole council: the committee's list and two meetings' records.
    expect(asked(server.requests, /mgwebservice/i) - requestsBefore).toBeLessThanOrEqual(3);
    expect(await badge(context)).toBe('1');
    await popup.getByRole('button', { name: 'Mark all read' }).click();
    await expect.poll(() => badge(context)).toBe('');

    // A restart: the follow is kept, and the same agenda is not announced again.
    await context.close();
    const restarted = await launchWithExtension({ userDataDir, port: server.port });
    try {
      const again = await restarted.newPage();
      await again.goto(`chrome-extension://${await extensionId(restarted)}/popup.html`);
      await again.getByRole('button', { name: 'Check now' }).click();
      await expect(again.getByRole('button', { name: 'Check now' })).toBeEnabled({ timeout: 15_000 });
      await expect(again.getByRole('listitem').filter({ hasText: 'Agenda published' })).toHaveCount(1);
      expect(await badge(restarted)).toBe('');
      const settings = await restarted.newPage();
      await settings.goto(`chrome-extension://${await extensionId(restarted)}/options.html`);
      await expect(settings.getByRole('button', { name: 'Stop following Delegated Decisions' })).toBeVisible();
      // The alarm is made again on every start.
      const alarm = await (await extensionWorker(restarted)).evaluate(() => chrome.alarms.get('council-lens-follow-check'));
      expect(alarm).toBeTruthy();
    } finally {
      await restarted.close();
    }
    expect(extensionErrors.list).toEqual([]);
  });

  test('a council that cannot be checked says so, and is not asked again until the next check', async ({ context, page, server }) => {
    await page.goto(PAGE_URLS.mkDelegatedDecisions);
    await page.getByRole('region', { name: 'Council Lens' }).getByRole('button', { name: 'Follow', exact: true }).click();
    await expect.poll(() => asked(server.requests, /getmeeting\?lmeetingid=9331/i), { timeout: 15_000 }).toBeGreaterThan(0);
    // The check that following started is over before the council starts failing: "Check now" never runs beside a check of
    // the same council (it would leave it to that one), and on a slow machine that check was still asking.
    await expect.poll(() => councilChecked(context), { timeout: 15_000 }).toBe(true);
    FOLLOW_FIXTURE.failing = true;
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${await extensionId(context)}/popup.html`);
    const before = asked(server.requests, /mgwebservice/i);
    await popup.getByRole('button', { name: 'Check now' }).click();
    await expect(popup.getByText(/^Couldn’t check Milton Keynes Council since .*The council’s web service did not answer with meeting data\.$/)).toBeVisible({
      timeout: 15_000,
    });
    // The check is over once it says so. One request, answered with HTML where XML was expected:
    // nothing more was asked of that council in this check, and nothing was retried.
    expect(asked(server.requests, /mgwebservice/i) - before).toBe(1);
  });

  test('an attendee is followed from the meeting’s attendee list, and the button says so; officers have none', async ({ page, context }) => {
    await page.goto(MEETING_URLS.kingston);
    const attendees = page.getByRole('region', { name: 'Council Lens' }).getByRole('list', { name: 'Attendees' });
    const hall = row(attendees, 'Councillor Patrick Hall');
    await hall.getByRole('button', { name: 'Follow Councillor Patrick Hall' }).click();
    await expect(hall.getByRole('button', { name: 'Following Councillor Patrick Hall' })).toHaveAttribute('aria-pressed', 'true');
    await expect(row(attendees, 'Alice Aubrey').getByRole('button')).toHaveCount(0);
    const settings = await context.newPage();
    await settings.goto(`chrome-extension://${await extensionId(context)}/options.html`);
    await expect(settings.getByRole('button', { name: 'Stop following Councillor Patrick Hall' })).toBeVisible();
  });
});
