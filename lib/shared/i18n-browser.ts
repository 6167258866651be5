import { browser } from 'wxt/browser';
import { catalogueI18n, type I18n, localeFor, translator } from './i18n';

/**
 * The browser's own translations (the `_locales` messages, chosen by the browser's language), for
 * the extension's own pages and its background. WXT types `getMessage` only with the built-in `@@`
 * keys, since it does not read `public/_locales`; our keys are checked by `MessageKey` in ./i18n.
 */
export function browserI18n(): I18n {
  const getMessage = browser.i18n.getMessage as unknown as (key: string) => string;
  return translator((key) => getMessage(key), localeFor(browser.i18n.getUILanguage()));
}

/**
 * The same catalogues for the sidebar in a council page, read from its own bundle and chosen by
 * the page's UI language as the browser chooses them. In a council page, whose renderer is new on
 * each visit (the back/forward cache keeps the last one), the first `getMessage` fetches the
 * message bundle from the browser process synchronously, which held up the sidebar's first render
 * by about 20 ms (`npm run bench`, "Sidebar latency").
 */
export function pageI18n(): I18n {
  return catalogueI18n(browser.i18n.getUILanguage());
}
