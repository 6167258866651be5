/**
 * Who sent a message, decided once for every message from the browser's own account of the
 * sender (never from anything the message says about itself). Each message in
 * lib/protocol/messages.ts lists the kinds that may send it.
 */

export const SENDER_KINDS = [
  /** This extension's content script or sidebar, in a tab showing a web page. */
  'councilPage',
  /** The "Summarise this PDF" page: an extension page in a tab, acting for the person. */
  'pdfPage',
  /** The popup or the settings page. */
  'extensionPage',
  /** Chrome's offscreen document, where pdf.js runs. */
  'offscreen',
  /** The service worker (Chrome) or background page (Firefox). */
  'background',
] as const;
export type SenderKind = (typeof SENDER_KINDS)[number];

/** What the browser says about a sender (a subset of runtime.MessageSender). */
export interface Sender {
  id?: string;
  url?: string;
  tab?: unknown;
}

/** This extension, as the browser names it: its id and its pages' origin (`chrome-extension://…/`). */
export interface ExtensionIdentity {
  id: string;
  origin: string;
}

export function senderKind(sender: Sender, self: ExtensionIdentity): SenderKind | undefined {
  if (sender.id !== self.id) return undefined;
  const url = sender.url ?? '';
  if (/^https?:\/\//i.test(url)) return sender.tab ? 'councilPage' : undefined;
  if (!url.startsWith(self.origin)) return undefined;
  const page = url.slice(self.origin.length).replace(/[?#].*$/, '');
  if (page === 'pdf.html') return sender.tab ? 'pdfPage' : undefined;
  if (page === 'offscreen.html') return sender.tab ? undefined : 'offscreen';
  if (page === 'popup.html' || page === 'options.html') return 'extensionPage';
  // The service worker's script, or Firefox's generated background page: never in a tab.
  return sender.tab ? undefined : 'background';
}
