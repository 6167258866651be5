import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGLISH, catalogueI18n, localeFor, translator } from '../../../lib/shared/i18n';
import { FIXTURES } from '../../support/fixtures';
import { formatDay } from '../../../components/format';
import { chromeAiStateText } from '../../../components/SettingsForm';

const locales = join(FIXTURES, '..', '..', 'public', '_locales');
const messages = (language: string) => JSON.parse(readFileSync(join(locales, language, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

describe('translations', () => {
  it('English and Welsh have exactly the same keys, and no empty messages', () => {
    const english = messages('en');
    const welsh = messages('cy');
    expect(Object.keys(welsh).sort()).toEqual(Object.keys(english).sort());
    for (const [key, entry] of Object.entries(welsh)) expect(entry.message.trim(), `cy/${key}`).not.toBe('');
  });

  it('every {slot} in an English message is kept in its Welsh one', () => {
    const english = messages('en');
    const welsh = messages('cy');
    for (const [key, entry] of Object.entries(english)) {
      const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
      expect(slots(welsh[key]!.message), key).toEqual(slots(entry.message));
    }
  });

  it('every locale’s store name and description fit the stores’ limits (Chrome: 45 and 132 characters)', () => {
    for (const language of ['en', 'cy']) {
      const catalogue = messages(language);
      expect([...catalogue.extDescription!.message].length, `${language}/extDescription`).toBeLessThanOrEqual(132);
      expect([...catalogue.extName!.message].length, `${language} name`).toBeLessThanOrEqual(45);
    }
  });

  it('Welsh days are written out, so Tuesday and March (both "Maw" when short) cannot be confused', () => {
    const day = formatDay('2026-03-03', 'cy');
    expect(day).not.toMatch(/\bMaw\b.*\bMaw\b/);
    expect(day).toMatch(/Mawrth/);
    expect(formatDay('2026-03-03', 'en-GB')).toBe('Tue 3 Mar 2026');
  });

  it('Chrome’s own state names for its model are never shown: each has words in both languages', () => {
    const welsh = translator((key) => messages('cy')[key]?.message ?? '', localeFor('cy'));
    for (const state of ['available', 'downloadable', 'downloading', 'unavailable', 'something-new', undefined]) {
      const text = chromeAiStateText(welsh.t, state);
      expect(text).not.toMatch(/^(?:available|downloadable|downloading|unavailable|something-new)$/);
      expect(text.trim()).not.toBe('');
    }
  });

  it('fills slots, and Welsh follows the browser language', () => {
    expect(ENGLISH.t('enableOn', { host: 'democracy.example.gov.uk' })).toBe('Enable Council Lens on democracy.example.gov.uk');
    const welsh = translator((key) => messages('cy')[key]?.message ?? '', localeFor('cy'));
    expect(welsh.t('findHeading')).toBe('Dod o hyd i’ch cyngor');
    expect(welsh.locale).toBe('cy');
    expect(localeFor('en-GB')).toBe('en-GB');
    expect(localeFor('cy-GB')).toBe('cy');
  });
});

describe('failures in words', () => {
  it('every failure code has its own sentence in English and Welsh, and only a code with a fact to give has a {detail} slot', async () => {
    const { FAILURE_CODES, failureKey } = await import('../../../lib/protocol/failure');
    const english = messages('en');
    const welsh = messages('cy');
    const sentences = new Set<string>();
    for (const code of FAILURE_CODES) {
      const key = failureKey(code);
      expect(english[key]?.message, key).toMatch(/[.?!)]$/);
      expect(welsh[key]?.message, key).toBeTruthy();
      expect(welsh[key]!.message, `${key} is translated`).not.toBe(english[key]!.message);
      sentences.add(english[key]!.message);
    }
    // No two codes say the same thing: a code that reads like another is the same failure.
    expect(sentences.size).toBe(FAILURE_CODES.length);
    // And no catalogue sentence is left for a code that no longer exists.
    const spoken = Object.keys(english).filter((key) => key.startsWith('failure_'));
    expect(spoken.sort()).toEqual(FAILURE_CODES.map(failureKey).sort());
  });

  it('a failure is said from its code and detail, the same way in either language', async () => {
    const { failure } = await import('../../../lib/protocol/failure');
    const { failureText } = await import('../../../lib/shared/i18n');
    const welsh = translator((key) => messages('cy')[key]?.message ?? '', 'cy');
    expect(failureText(ENGLISH.t, failure('site_error', 503))).toBe('The council’s website answered 503.');
    expect(failureText(welsh.t, failure('site_error', 503))).toBe('Atebodd gwefan y cyngor 503.');
    expect(failureText(ENGLISH.t, failure('document_elsewhere', 'evil.example'))).toBe('That document is not on this council’s website (evil.example).');
  });
});

describe('the catalogue a browser language chooses', () => {
  it('is Welsh for a Welsh browser and English for any other, as the browser’s own i18n chooses', () => {
    expect(catalogueI18n('cy').t('extName')).toBe(messages('cy').extName!.message);
    expect(catalogueI18n('cy-GB').locale).toBe('cy');
    for (const language of ['en-GB', 'en-US', 'fr', 'pl', 'cyx']) {
      expect(catalogueI18n(language).locale, language).toBe('en-GB');
      expect(catalogueI18n(language).t('failure_service_unreachable'), language).toBe(messages('en').failure_service_unreachable!.message);
    }
    expect(catalogueI18n('cy').t('failure_service_unreachable')).toBe(messages('cy').failure_service_unreachable!.message);
  });
});
