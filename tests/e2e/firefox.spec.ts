/**
 * The Firefox build in real Firefox (Debian's ESR, over WebDriver BiDi). Firefox has no
 * offscreen documents, so pdf.js runs in the extension's background page: these tests show
 * that path reading the council's PDFs end to end.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import type { Browser, Page } from 'puppeteer-core';
import { DEFAULT_SERVICE_PORT, startServiceServer } from '../../scripts/service/server';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { FOLLOW_FIXTURE, MEETING_URLS, PAGE_URLS } from '../support/fixture-sites';
import {
  clickDocumentButton,
  clickSidebarButton,
  launchFirefoxWithExtension,
  openExtensionPage,
  setFirefoxSettings,
  setFirefoxStorage,
  sidebarPageLinks,
  sidebarText,
  waitForSidebarText,
  checkNowInPopup,
  waitForRequest,
} from '../support/firefox';
import { startDesktop } from '../support/desktop';

const FRONTSHEET = 'http://milton-keynes.moderngov.co.uk/documents/g9288/Agenda%20frontsheet%2001st-Oct-2025%2018.30%20Corporate%20Parenting%20Panel.pdf?T=0';

const test = base.extend<{ server: FixtureServer; service: undefined; profile: string; firefox: Browser; tab: Page }>({
  /** The reference summary service, on the address the e2e build knows. */
  service: [
    async ({}, use) => {
      const service = await startServiceServer({ port: DEFAULT_SERVICE_PORT });
      await use(undefined);
      await service.close();
    },
    { auto: true },
  ],
  server: async ({}, use) => {
    const server = await startFixtureServer();
    await use(server);
    await server.close();
  },
  /** The Firefox profile, kept for a restart within a test. */
  profile: async ({}, use) => {
    const profile = await mkdtemp(join(tmpdir(), 'council-lens-firefox-'));
    await use(profile);
    await rm(profile, { recursive: true, force: true });
  },
  firefox: async ({ server, profile }, use) => {
    const browser = await launchFirefoxWithExtension(server.port, { userDataDir: profile });
    // The person's answer when the sidebar first asks about the summary service.
    await setFirefoxStorage(browser, { serviceConsent: { serviceUrl: `http://127.0.0.1:${DEFAULT_SERVICE_PORT}`, decision: 'granted' } });
    await use(browser);
    // A test that restarted Firefox has closed this one already.
    await browser.close().catch(() => undefined);
  },
  tab: async ({ firefox }, use) => {
    const page = await firefox.newPage();
    await use(page);
  },
});

test.describe('Firefox: the sidebar reads the page, the portal and the summary service', () => {
  test('a meeting shows its attendees, merged from the attendance page and the web service', async ({ tab: page }) => {
    await page.goto(MEETING_URLS.kingston);
    // The sidebar's root is closed: page script sees the host and nothing inside it.
    await page.waitForFunction(() => document.querySelector('council-lens-sidebar') !== null, { timeout: 15_000 });
    expect(await page.evaluate(() => document.querySelector('council-lens-sidebar')?.shadowRoot === null)).toBe(true);
    await waitForSidebarText(page, /Councillor Patrick Hall/);
    const text = await sidebarText(page);
    expect(text).toContain('Kingston and North Kingston Neighbourhood Committee');
    expect(text).toContain('Apologies');
    expect(text).toContain('Liberal Democrats');
  });

  test('a meeting shows what it decided, its recorded votes, a declared interest and the public’s deadline', async ({ tab: page }) => {
    await page.goto(MEETING_URLS.kingston);
    await waitForSidebarText(page, /Declared an interest in item 9/);
    const text = await sidebarText(page);
    expect(text).toContain('Decided at this meeting');
    expect(text).toContain('Deferral: Coombe Lane West Zebra Crossing');
    expect(text).toContain('Give notice of a petition by Wed 14 January, 10 am');
  });

  test('a decision shows the service’s analysis', async ({ tab: page }) => {
    await page.goto(PAGE_URLS.decision1613);
    await waitForSidebarText(page, /7\/10 — likely contentious/);
    expect(await sidebarText(page)).toContain('Children and young people in care');
  });
});

test.describe('Firefox: the page is never hidden', () => {
  /** The room's stylesheet as the background registered it (lib/background/page-room.ts), read from the extension's options page. */
  async function registeredRoom(firefox: Browser): Promise<{ matches?: string[] } | undefined> {
    const page = await firefox.newPage();
    try {
      await openExtensionPage(page, 'options.html');
      return await page.evaluate(async () => {
        const api = (globalThis as unknown as { browser: { scripting: { getRegisteredContentScripts(filter: object): Promise<{ matches?: string[] }[]> } } })
          .browser;
        return (await api.scripting.getRegisteredContentScripts({ ids: ['council-lens-room'] }))[0];
      });
    } finally {
      await page.close();
    }
  }

  test('side by side, the sidebar’s room is kept from the page’s first layout, before any script of Council Lens runs', async ({ firefox, tab: page }) => {
    await expect.poll(async () => (await registeredRoom(firefox))?.matches?.length ?? 0, { timeout: 15_000 }).toBeGreaterThan(0);
    await page.setViewport({ width: 1280, height: 900 });
    await page.evaluateOnNewDocument(() =>
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { roomAtStart: string }).roomAtStart = getComputedStyle(document.documentElement).marginRight;
      }),
    );
    await page.goto(MEETING_URLS.kingston);
    expect(await page.evaluate(() => (window as unknown as { roomAtStart?: string }).roomAtStart)).toBe('380px');
    await waitForSidebarText(page, /Kingston and North Kingston Neighbourhood Committee/);
    // The sidebar, once there, keeps the same room: the page is laid out once, beside it.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('380px');
    // Collapsed, the page has back exactly what it had: no room, and no style attribute on its root.
    await clickSidebarButton(page, 'Hide Council Lens');
    await page.waitForFunction(() => getComputedStyle(document.documentElement).marginRight === '0px', { timeout: 10_000 });
    expect(await page.evaluate(() => document.documentElement.getAttribute('style'))).toBeNull();
  });
});

test.describe('Firefox: PDFs are read on the background page, without the offscreen API', () => {
  test('one document summarised from its Summarise button, citing pages', async ({ firefox, tab: page }) => {
    await setFirefoxSettings(firefox, { serviceUrl: '', serviceKey: '', autoSummaries: false });
    await page.goto(PAGE_URLS.mkCorporateParenting);
    await clickDocumentButton(page, 'Agenda frontsheet', 'Summarise');
    await waitForSidebarText(page, /Recommendations \(verbatim\)/);
    expect(await sidebarText(page)).toContain('1. That Cabinet approves the plan for topic 2 at a cost of £2.5m over 2026/27.');
    const links = await sidebarPageLinks(page);
    expect(links.some((href) => href.includes('Agenda%20frontsheet'))).toBe(true);
  });

  test('a meeting is summarised automatically from its reports pack, per agenda item', async ({ firefox, tab: page }) => {
    await setFirefoxSettings(firefox, { serviceUrl: '', serviceKey: '', autoSummaries: true });
    await page.goto(PAGE_URLS.mkDelegatedDecisions);
    await waitForSidebarText(page, /Summary made on this device from the council’s documents/, 45_000);
    const text = await sidebarText(page);
    expect(text).toContain('Item 4: Minutes');
    expect(text).toMatch(/Estimated by Council Lens: \d+\/10/);
    expect((await sidebarPageLinks(page)).some((href) => href.includes('Public%20reports%20pack'))).toBe(true);
  });

  test('a meeting’s report set beside its minutes: the outcome per item and the recorded votes', async ({ firefox, tab: page }) => {
    await setFirefoxSettings(firefox, { serviceUrl: '', serviceKey: '', autoSummaries: true });
    await page.goto(PAGE_URLS.bristolTransport);
    await waitForSidebarText(page, /Outcome: Agreed as recommended/, 45_000);
    const text = await sidebarText(page);
    expect(text).toContain('Item 10: Workplace Parking Levy');
    expect(text).toContain('Recommendation 2A: Carried, 6 for, 0 against, 3 abstaining');
  });

  test('the "Summarise this PDF" page summarises a council PDF', async ({ tab: page }) => {
    await openExtensionPage(page, `pdf.html?url=${encodeURIComponent(FRONTSHEET)}`);
    await page.waitForFunction(() => document.body.textContent?.includes('Recommendations (verbatim)'), { timeout: 30_000, polling: 250 });
    const links = await page.evaluate(() => [...document.querySelectorAll('a')].map((link) => link.href));
    expect(links.some((href) => /\.pdf\?T=0#page=\d+$/.test(href))).toBe(true);
  });
});

test.describe('Firefox: following a committee', () => {
  test.afterEach(() => {
    FOLLOW_FIXTURE.agendaPublished = false;
  });

  test('follow from a meeting page; "Check now" finds the new agenda, the badge counts it, and "Mark all read" clears it', async ({
    firefox,
    tab: page,
    server,
    profile,
  }) => {
    FOLLOW_FIXTURE.agendaPublished = false;
    await setFirefoxSettings(firefox, { serviceUrl: '', serviceKey: '', autoSummaries: false });
    await page.goto(PAGE_URLS.mkDelegatedDecisions);
    await clickSidebarButton(page, 'Follow');
    await waitForSidebarText(page, /Following/);
    await waitForRequest(server.requests, /getmeeting\?lmeetingid=9331/i, 'the next meeting, by the first check');
    FOLLOW_FIXTURE.agendaPublished = true;
    const popup = await checkNowInPopup(firefox, 'Agenda published');
    const link = await popup.evaluate(() => [...document.querySelectorAll('.news a')].map((anchor) => anchor.getAttribute('href')));
    expect(link).toContain('http://milton-keynes.moderngov.co.uk/ieListDocuments.aspx?CId=155&MId=9331');
    const badge = () =>
      popup.evaluate(() =>
        (globalThis as unknown as { browser: { action: { getBadgeText(details: object): Promise<string> } } }).browser.action.getBadgeText({}),
      );
    expect(await badge()).toBe('1');
    await popup.evaluate(() => [...document.querySelectorAll('button')].find((button) => button.textContent === 'Mark all read')?.click());
    await popup.waitForFunction(() => [...document.querySelectorAll('button')].some((button) => button.textContent === 'Mark all read' && button.disabled), {
      timeout: 10_000,
      polling: 200,
    });
    expect(await badge()).toBe('');

    // A restart with the same profile: the follow is kept, and the same agenda is not announced again.
    await firefox.close();
    const restarted = await launchFirefoxWithExtension(server.port, { userDataDir: profile });
    try {
      const again = await checkNowInPopup(restarted);
      expect(
        await again.evaluate(() => [...document.querySelectorAll('.news li')].filter((item) => item.textContent?.includes('Agenda published')).length),
      ).toBe(1);
      expect(
        await again.evaluate(() =>
          (globalThis as unknown as { browser: { action: { getBadgeText(details: object): Promise<string> } } }).browser.action.getBadgeText({}),
        ),
      ).toBe('');
      const settings = await restarted.newPage();
      await openExtensionPage(settings, 'options.html');
      await settings.waitForFunction(
        () => [...document.querySelectorAll('button')].some((button) => button.textContent === 'Stop following Delegated Decisions'),
        {
          timeout: 15_000,
          polling: 250,
        },
      );
    } finally {
      await restarted.close();
    }
  });

  test('notifications are off until turned on; turning them on asks for the optional permission, and the next news is shown as a notification', async ({
    server,
  }) => {
    FOLLOW_FIXTURE.agendaPublished = false;
    // A real window on a virtual display: headless Firefox has nowhere to show a notification, and drops it at once.
    const desktop = await startDesktop();
    const firefox = await launchFirefoxWithExtension(server.port, { optionalPermissionsGranted: true, display: desktop.display });
    type Api = { browser: { permissions: { contains(query: object): Promise<boolean> }; notifications: { getAll(): Promise<Record<string, unknown>> } } };
    const api = (page: Page) => ({
      mayNotify: () => page.evaluate(() => (globalThis as unknown as Api).browser.permissions.contains({ permissions: ['notifications'] })),
      shown: () => page.evaluate(async () => Object.keys(await (globalThis as unknown as Api).browser.notifications.getAll())),
    });
    try {
      await setFirefoxSettings(firefox, { serviceUrl: '', serviceKey: '', autoSummaries: false });
      const settings = await firefox.newPage();
      await openExtensionPage(settings, 'options.html');
      // The notifications switch, found by its label (the settings page has other switches).
      const box = 'input[data-test="notifications"]';
      await settings.waitForFunction(
        () => {
          const label = [...document.querySelectorAll('label')].find((candidate) => candidate.textContent?.includes('Show a browser notification'));
          label?.querySelector('input')?.setAttribute('data-test', 'notifications');
          return label !== undefined;
        },
        { timeout: 15_000, polling: 200 },
      );
      // Nothing asked for at install: the permission is optional.
      expect(await api(settings).mayNotify()).toBe(false);
      // A real click (the browser asks for the permission only in answer to one).
      await settings.click(box);
      // Granted (the prompt is answered by the pref), saved, and shown as on once the settings come back from the background.
      const granted = Date.now() + 10_000;
      while (!(await api(settings).mayNotify()) && Date.now() < granted) await new Promise((resolve) => setTimeout(resolve, 200));
      await settings.waitForFunction(
        () =>
          (document.querySelector('input[data-test="notifications"]') as HTMLInputElement | null)?.checked === true &&
          !document.body.textContent?.includes('did not allow notifications'),
        { timeout: 10_000, polling: 200 },
      );
      expect(await api(settings).mayNotify()).toBe(true);

      const page = await firefox.newPage();
      await page.goto(PAGE_URLS.mkDelegatedDecisions);
      await clickSidebarButton(page, 'Follow');
      await waitForSidebarText(page, /Following/);
      await waitForRequest(server.requests, /getmeeting\?lmeetingid=9331/i, 'the next meeting, by the first check');
      expect(await api(settings).shown()).toEqual([]);
      FOLLOW_FIXTURE.agendaPublished = true;
      const popup = await checkNowInPopup(firefox, 'Agenda published');
      const deadline = Date.now() + 10_000;
      let shown: string[] = [];
      while (shown.length === 0 && Date.now() < deadline) {
        shown = await api(popup).shown();
        if (shown.length === 0) await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(shown).toHaveLength(1);
      expect(shown[0]).toMatch(/^council-lens-news-/);
    } finally {
      await firefox.close().catch(() => undefined);
      await desktop.close();
    }
  });
});
