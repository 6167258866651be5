import { browser } from 'wxt/browser';
import { defineChannel } from './channel';
import { offscreenToBackground, toBackground, toOffscreen, toTab } from './messages';

/** This extension as the browser names it, read when a message arrives. */
const identity = () => ({ id: browser.runtime.id, origin: browser.runtime.getURL('/') });

/** Content scripts, the sidebar and extension pages → the background. */
export const backgroundChannel = defineChannel(toBackground, identity);
/** The background or the popup → the sidebar or the PDF page in a tab. */
export const tabChannel = defineChannel(toTab, identity);
/** The background → Chrome's offscreen document. */
export const offscreenChannel = defineChannel(toOffscreen, identity);
/** The offscreen document → the background. */
export const offscreenReportChannel = defineChannel(offscreenToBackground, identity);
