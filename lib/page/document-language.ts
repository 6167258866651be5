import type { CouncilDocument } from './model';

/**
 * Bilingual councils publish the same document twice, once in Welsh and once in English
 * ("Printed minutes" and "Cofnodion printiedig", or "Minutes (Welsh)" beside "Minutes"). A
 * reader wants their own language's copy, offered first, with the other one a click away, and
 * Council Lens should read only one of the two.
 */

export type DocumentLanguage = 'en' | 'cy';

/** Words that say outright which language a copy is in. */
const SAYS_WELSH = /\b(?:cymraeg|welsh|fersiwn\s+cymraeg)\b|\(cy\)/i;
const SAYS_ENGLISH = /\b(?:saesneg|english|fersiwn\s+saesneg)\b|\(en\)/i;
/** Words that council documents' titles use, in each language. */
const WELSH_WORDS =
  /\b(?:cofnodion|rhaglen|penderfyniadau|penderfyniad|pecyn|adroddiad|atodiad|atodol|printiedig|cyhoeddus|taflen|dogfen|cyfarfod|eitem|hysbysiad|cyngor|pwyllgor)\b/i;
const ENGLISH_WORDS =
  /\b(?:minutes|agenda|decisions?|pack|report|appendix|supplementary|printed|public|frontsheet|document|meeting|item|notice|council|committee)\b/i;

/** The language of a copy, from its title; undefined when the title is in both or neither. */
export function titleLanguage(title: string): DocumentLanguage | undefined {
  // "Minutes (Welsh)" names the other language in this one's words: what it says wins.
  const saysWelsh = SAYS_WELSH.test(title);
  const saysEnglish = SAYS_ENGLISH.test(title);
  if (saysWelsh !== saysEnglish) return saysWelsh ? 'cy' : 'en';
  const welsh = WELSH_WORDS.test(title);
  const english = ENGLISH_WORDS.test(title);
  if (welsh !== english) return welsh ? 'cy' : 'en';
  return undefined;
}

export interface LanguageVersion {
  language: DocumentLanguage;
  /** The same document in the other language. */
  other: CouncilDocument & { language: DocumentLanguage };
}

/**
 * Pairs each document with its copy in the other language: the same kind of document, in the
 * same list (a meeting's packs, or one agenda item's documents), one in each language. A list
 * with two of a kind in one language (two supplements) pairs nothing of that kind.
 */
export function languageVersions(documents: readonly CouncilDocument[]): Map<string, LanguageVersion> {
  const versions = new Map<string, LanguageVersion>();
  const byKind = new Map<string, (CouncilDocument & { language: DocumentLanguage })[]>();
  for (const document of documents) {
    const language = titleLanguage(document.title);
    if (!language) continue;
    const group = byKind.get(document.kind) ?? [];
    group.push({ ...document, language });
    byKind.set(document.kind, group);
  }
  for (const group of byKind.values()) {
    const welsh = group.filter((document) => document.language === 'cy');
    const english = group.filter((document) => document.language === 'en');
    if (welsh.length !== 1 || english.length !== 1) continue;
    const [cy, en] = [welsh[0]!, english[0]!];
    versions.set(cy.url, { language: 'cy', other: en });
    versions.set(en.url, { language: 'en', other: cy });
  }
  return versions;
}

/** The reader's language from the UI locale ('cy' or 'en-GB'). */
export function readerLanguage(locale: string): DocumentLanguage {
  return /^cy\b/i.test(locale) ? 'cy' : 'en';
}

/** The documents a reader sees and Council Lens reads: of each pair, the copy in the reader's language. */
export function inReaderLanguage<T extends CouncilDocument>(documents: readonly T[], reader: DocumentLanguage): T[] {
  const versions = languageVersions(documents);
  return documents.filter((document) => {
    const version = versions.get(document.url);
    return !version || version.language === reader;
  });
}
