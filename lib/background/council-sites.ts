import { browser } from 'wxt/browser';
import { browserI18n } from '../shared/i18n-browser';
import { meetingForDocumentLink } from '../page/platforms/moderngov/meeting-reference';
import { tabChannel } from '../protocol';
import { grantPatterns, recordedGrants } from './settings-grants';
import { councilSiteHosts, isVendorHost, nonSiteOrigins, sitePattern, VENDOR_MATCHES } from '../shared/sites';
import { ROOM_SCRIPT_ID, type RoomScript, roomScript } from './page-room';
import { collapsedSidebarHosts, getSettings } from './settings';

/**
 * The sites Council Lens reads: the vendors' domains, and councils' own domains the person has
 * enabled (granted), never the origins granted for their settings (the summary service, an AI
 * endpoint). Kept in step with the browser's permissions whenever they change (from our popup,
 * options, or the browser's UI): the right-click "Summarise this PDF" item on those sites, and the
 * stylesheet that keeps the sidebar's room from a page's first layout (./page-room.ts). The
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

/** The match patterns of every site Council Lens reads: the vendors' domains and the council sites enabled. */
async function sitePatterns(): Promise<string[]> {
  return [...VENDOR_MATCHES, ...(await enabledCouncilHosts()).map(sitePattern)];
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
  const sites = await sitePatterns();
  await syncContextMenu(sites).catch(() => undefined);
  await syncRoom(sites);
}

let roomSynced: Promise<void> = Promise.resolve();

const sorted = (list: readonly string[] | undefined) => JSON.stringify([...(list ?? [])].sort());
function sameRoom(registered: { matches?: string[]; excludeMatches?: string[]; css?: string[] }, wanted: RoomScript): boolean {
  return (
    sorted(registered.matches) === sorted(wanted.matches) &&
    sorted(registered.excludeMatches) === sorted(wanted.excludeMatches) &&
    sorted(registered.css) === sorted(wanted.css)
  );
}

/**
 * Registers the room's stylesheet for the sites as they, the settings and the collapsed sites now stand, one change
 * after another. Given the sites when they were just read; otherwise they are read here.
 */
export function syncRoom(given?: readonly string[]): Promise<void> {
  roomSynced = roomSynced
    .then(async () => {
      const sites = given ?? (await sitePatterns());
      const wanted = roomScript(sites, await collapsedSidebarHosts(), (await getSettings()).sideBySide);
      const [registered] = await browser.scripting.getRegisteredContentScripts({ ids: [ROOM_SCRIPT_ID] });
      // Unchanged (the worker woke again): left alone, as every change is sent to every renderer.
      if (registered && wanted && sameRoom(registered, wanted)) return;
      if (registered) await browser.scripting.unregisterContentScripts({ ids: [ROOM_SCRIPT_ID] });
      if (wanted) await browser.scripting.registerContentScripts([wanted]);
    })
    .catch(() => undefined);
  return roomSynced;
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
