import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGLISH, localeFor, translator } from '../../../lib/shared/i18n';
import { FIXTURES } from '../../support/fixtures';

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

  it('fills slots, and Welsh follows the browser language', () => {
    expect(ENGLISH.t('enableOn', { host: 'democracy.example.gov.uk' })).toBe('Enable Council Lens on democracy.example.gov.uk');
    const welsh = translator((key) => messages('cy')[key]?.message ?? '', localeFor('cy'));
    expect(welsh.t('findHeading')).toBe('Dod o hyd i’ch cyngor');
    expect(welsh.locale).toBe('cy');
    expect(localeFor('en-GB')).toBe('en-GB');
    expect(localeFor('cy-GB')).toBe('cy');
  });
});
