import english from '../../public/_locales/en/messages.json';
import welsh from '../../public/_locales/cy/messages.json';
import { type Failure, type FailureCode, failureKey } from '../protocol/failure';

/**
 * Every UI string comes from the extension's catalogues (`_locales/en` and `_locales/cy`, Welsh
 * following the browser's language, as the browser's own i18n chooses). Messages use `{name}` slots, filled here, so translators
 * can reorder them freely.
 */
export type MessageKey = keyof typeof english;
export type Values = Record<string, string | number>;
export type Translate = (key: MessageKey, values?: Values) => string;

export interface I18n {
  t: Translate;
  /** For dates and numbers: 'cy' or 'en-GB'. */
  locale: string;
}

export function translator(getMessage: (key: string) => string, locale: string): I18n {
  const t: Translate = (key, values) => {
    const message = getMessage(key) || english[key]?.message || key;
    return values ? message.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot)) : message;
  };
  return { t, locale };
}

/** English, straight from the catalogue: the default outside the browser (tests, tools). */
export const ENGLISH: I18n = translator((key) => english[key as MessageKey]?.message ?? '', 'en-GB');

type Catalogue = Record<string, { message?: string } | undefined>;

/** The catalogue a UI language chooses: Welsh for a Welsh browser, English (the default locale) for any other. */
export function catalogueI18n(uiLanguage: string): I18n {
  const locale = localeFor(uiLanguage);
  const catalogue: Catalogue = locale === 'cy' ? welsh : english;
  return translator((key) => catalogue[key]?.message ?? '', locale);
}

/** The locale the UI language asks for: Welsh when the browser is Welsh, English otherwise. */
export function localeFor(uiLanguage: string): string {
  return /^cy\b/i.test(uiLanguage) ? 'cy' : 'en-GB';
}

/** A failure in words, from its code's catalogue sentence: the one way the UI says what went wrong. */
export function failureText(t: Translate, { code, detail }: Failure): string {
  return t(failureKey(code), { detail: detail ?? '' });
}

/** Proof, when type-checking, that every failure code has its sentence in the catalogue. */
type UnsaidFailures = Exclude<`failure_${FailureCode}`, MessageKey>;
export const EVERY_FAILURE_IS_SAID: [UnsaidFailures] extends [never] ? true : UnsaidFailures = true;
