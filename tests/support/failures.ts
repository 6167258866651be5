import type { Failure } from '../../lib/protocol/failure';
import { ENGLISH, failureText } from '../../lib/shared/i18n';

/** The failure in the words an English reader sees (from the catalogue, as the UI says it). */
export const inEnglish = (failure: Failure): string => failureText(ENGLISH.t, failure);

/** Matches, inside toMatchObject/toEqual, a failure whose English sentence contains `text`. */
export function failureSaying(text: string) {
  return {
    asymmetricMatch: (actual: unknown) =>
      typeof actual === 'object' && actual !== null && (actual as Failure).ok === false && inEnglish(actual as Failure).includes(text),
    toString: () => `a failure saying “${text}”`,
    toAsymmetricMatcher: () => `a failure saying “${text}”`,
  };
}
