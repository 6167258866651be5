import { browser } from 'wxt/browser';
import { browserI18n } from '../shared/i18n-browser';
import { meetingForDocumentLink } from '../page/platforms/moderngov/meeting-reference';
import { tabChannel } from '../protocol';
import { grantPatterns, recordedGrants } from './settings-grants';
import { contentScriptId, councilSiteHosts, nonSiteOrigins, planRegistration, sitePattern, VENDOR_MATCHES } from '../shared/sites';

/**
 * Councils' own domains: one registered content script per granted host, kept in step with the
 * browser's permissions whenever they change (from our popup, options, or the browser's UI),
 * and the right-click "Summarise this PDF" item on the sites Council Lens reads.
 */

const CONTENT_SCRIPT = 'content-scripts/council.js';
export const MENU_ID = 'council-lens-summarise-pdf';
/** Links that lead to council documents: PDFs, and the portals' document handlers. */
const DOCUMENT_LINKS = ['*://*/*.pdf', '*://*/*.pdf?*', '*://*/*.PDF', '*://*/*mgConvert2PDF.aspx*', '*://*/*Document.ashx*'];

/** The right-click item appears on document links, only on pages of sites Council Lens reads. */
async function syncContextMenu(sitePatterns: readonly string[]): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ID,
    title: browserI18n().t('menuSummarisePdf'),
    contexts: ['link'],
    targetUrlPatterns: DOCUMENT_LINKS,
    documentUrlPatterns: [...sitePatterns],
  });
}

export async function syncSiteScripts(): Promise<void> {
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const registered = (await browser.scripting.getRegisteredContentScripts()).map((script) => script.id);
  const notSites = nonSiteOrigins(browser.runtime.getManifest().host_permissions, grantPatterns(await recordedGrants()));
  const plan = planRegistration(granted, registered, notSites);
  if (plan.unregister.length > 0) await browser.scripting.unregisterContentScripts({ ids: plan.unregister });
  // One at a time, so a site the browser refuses cannot keep the others from registering.
  for (const host of plan.register) {
    await browser.scripting
      .registerContentScripts([
        { id: contentScriptId(host), matches: [sitePattern(host)], js: [CONTENT_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true },
      ])
      .catch(() => undefined);
  }
  const enabled = councilSiteHosts(granted, notSites);
  await syncContextMenu([...VENDOR_MATCHES, ...enabled.map(sitePattern)]).catch(() => undefined);
}

/** Asks the sidebar in the tab which meeting its page belongs to (it knows an agenda item's or decision's). */
async function meetingOfLink(
  linkUrl: string,
  pageUrl: string | undefined,
  tabId: number | undefined,
  frameId: number | undefined,
): Promise<string | undefined> {
  const answer: { meetingUrl?: string } = tabId === undefined ? {} : await tabChannel.send('meetingOfPage', undefined, { tabId, frameId: frameId ?? 0 });
  return meetingForDocumentLink(linkUrl, answer.meetingUrl, pageUrl);
}

/** The right-click item opens the "Summarise this PDF" page for the link, with the meeting it was shown for. */
export async function openPdfPageForLink(linkUrl: string, pageUrl: string | undefined, tabId: number | undefined, frameId: number | undefined): Promise<void> {
  const params = new URLSearchParams({ url: linkUrl });
  // The meeting the link was shown for lets the PDF page ask the council's web service whether the document is restricted.
  const meetingUrl = await meetingOfLink(linkUrl, pageUrl, tabId, frameId);
  if (meetingUrl) params.set('meeting', meetingUrl);
  await browser.tabs.create({ url: browser.runtime.getURL(`/pdf.html?${params.toString()}`) });
}
