import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { ENGLISH, type I18n } from '../lib/shared/i18n';

/** The entrypoint provides the browser's translations; tests and tools get English. */
export const I18nContext = createContext<I18n>(ENGLISH);

export function useI18n(): I18n {
  return useContext(I18nContext);
}
