import type { I18n, MessageKey } from '../lib/shared/i18n';

/**
 * Failures arrive from the background with a precise English message. In English that is
 * shown as it is; in other languages, the translation for the failure's kind.
 */
export function failureText({ t, locale }: I18n, code: string, englishMessage: string): string {
  if (locale === 'en-GB') return englishMessage;
  const key = `failure_${code}` as MessageKey;
  const translated = t(key);
  return translated === key ? t('failureGeneric') : translated;
}
