import glossary from '../../assets/glossary.json';
/**
 * Local-government words explained, in English and Welsh. Council documents are quoted as they
 * are, in either language, so each term is found by its English and its Welsh forms and
 * explained in the reader's language. The Welsh keeps to the catalogue's terminology (galw i
 * mewn, penderfyniad allweddol, eithriedig, blaengynllun, cofnodion…).
 */

export interface GlossaryWords {
  term: string;
  definition: string;
}

export interface GlossaryEntry {
  id: string;
  /** How documents write it, in English and Welsh: matched as whole words. */
  forms: readonly string[];
  /** Forms matched only in capitals (acronyms such as "CIL", which is also a word in Welsh). */
  acronyms?: readonly string[];
  en: GlossaryWords;
  cy: GlossaryWords;
}

/** The glossary's words live beside the UI catalogues' role, as data in both languages (assets/glossary.json). */
export const GLOSSARY: readonly GlossaryEntry[] = glossary;

const byId = new Map(GLOSSARY.map((entry) => [entry.id, entry]));

export function glossaryEntry(id: string): GlossaryEntry | undefined {
  return byId.get(id);
}

const escape = (text: string) =>
  text
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/[’']/g, "[’']")
    .replace(/\\ /g, '\\s+');

/** Longest forms first, so "overview and scrutiny" wins over "scrutiny". */
const ORDERED = GLOSSARY.flatMap((entry) => [
  ...entry.forms.map((form) => ({ id: entry.id, source: escape(form).replace(/ /g, '\\s+'), flags: 'i', length: form.length })),
  ...(entry.acronyms ?? []).map((form) => ({ id: entry.id, source: escape(form), flags: '', length: form.length })),
]).sort((a, b) => b.length - a.length);

/** One pattern per case rule: whole words, matched case-blind for phrases and exactly for acronyms. */
const PHRASES = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${ORDERED.filter((form) => form.flags === 'i')
    .map((form) => `(${form.source})`)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);
const ACRONYMS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${ORDERED.filter((form) => form.flags === '')
    .map((form) => `(${form.source})`)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
const PHRASE_IDS = ORDERED.filter((form) => form.flags === 'i').map((form) => form.id);
const ACRONYM_IDS = ORDERED.filter((form) => form.flags === '').map((form) => form.id);

export interface TermMatch {
  id: string;
  start: number;
  end: number;
}

/** Every glossary term in a text, in order, without overlaps (the longer form wins). */
export function findTerms(text: string): TermMatch[] {
  const found: TermMatch[] = [];
  for (const [pattern, ids] of [
    [PHRASES, PHRASE_IDS],
    [ACRONYMS, ACRONYM_IDS],
  ] as const) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const group = match.slice(1).findIndex((value) => value !== undefined);
      if (group < 0) continue;
      found.push({ id: ids[group]!, start: match.index, end: match.index + match[0].length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((match, index) => !found.slice(0, index).some((other) => other.start < match.end && match.start < other.end));
}
