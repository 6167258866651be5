import { browser } from 'wxt/browser';
import { browserI18n } from '../shared/i18n-browser';
import { meetingForDocumentLink } from '../page/platforms/moderngov/meeting-reference';
import { tabChannel } from '../protocol';
import { grantPatterns, recordedGrants } from './settings-grants';
import { councilSiteHosts, isVendorHost, nonSiteOrigins, sitePattern, VENDOR_MATCHES } from '../shared/sites';

/**
 * The sites Council Lens reads: the vendors' domains, and councils' own domains the person has
 * enabled (granted), never the origins granted for their settings (the summary service, an AI
 * endpoint). Kept in step with the browser's permissions whenever they change (from our popup,
 * options, or the browser's UI): the right-click "Summarise this PDF" item on those sites. The
 * sidebar goes into their pages from the background (./sidebar-injection.ts), not by a
 * registered content script.
 */

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

/** Councils' own domains the person has enabled: granted site patterns that are not the manifest's or their settings' own. */
async function enabledCouncilHosts(): Promise<string[]> {
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const notSites = nonSiteOrigins(browser.runtime.getManifest().host_permissions, grantPatterns(await recordedGrants()));
  return councilSiteHosts(granted, notSites);
}

/** Whether a page is on a site Council Lens reads: a vendor's domain, or a council's own domain the person enabled. */
export async function mayShowSidebar(address: string): Promise<boolean> {
  let host: string;
  try {
    host = new URL(address).hostname.toLowerCase();
  } catch {
    return false;
  }
  return isVendorHost(host) || (await enabledCouncilHosts()).includes(host);
}

export async function syncSites(): Promise<void> {
  // Older versions registered a content script per enabled site: the background injects the sidebar now, so they go.
  const leftovers = (await browser.scripting.getRegisteredContentScripts()).map((script) => script.id).filter((id) => id.startsWith(LEGACY_SCRIPT_PREFIX));
  if (leftovers.length > 0) await browser.scripting.unregisterContentScripts({ ids: leftovers }).catch(() => undefined);
  await syncContextMenu([...VENDOR_MATCHES, ...(await enabledCouncilHosts()).map(sitePattern)]).catch(() => undefined);
}

/** The ids older versions registered their per-site content scripts under. */
const LEGACY_SCRIPT_PREFIX = 'council-lens-site-';

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
