import { browser } from 'wxt/browser';
import { type I18n, localeFor, translator } from './i18n';

/**
 * The browser’s own translations (the `_locales` messages, chosen by the browser’s language).
 * WXT types `getMessage` only with the built-in `@@` keys, since it does not read
 * `public/_locales`; our keys are checked by `MessageKey` in ./i18n instead.
 */
export function browserI18n(): I18n {
  const getMessage = browser.i18n.getMessage as unknown as (key: string) => string;
  return translator((key) => getMessage(key), localeFor(browser.i18n.getUILanguage()));
}
