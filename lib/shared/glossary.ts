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

/** Terms found in text, and explained: made once from the entries (the data lives in assets/glossary.json). */
export interface Glossary {
  entries: readonly GlossaryEntry[];
  entry(id: string): GlossaryEntry | undefined;
  /** Every glossary term in a text, in order, without overlaps (the longer form wins). */
  findTerms(text: string): TermMatch[];
}

export interface TermMatch {
  id: string;
  start: number;
  end: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[’']/g, "[’']");

export function createGlossary(entries: readonly GlossaryEntry[]): Glossary {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  // Longest forms first, so "overview and scrutiny" wins over "scrutiny".
  const ordered = entries
    .flatMap((entry) => [
      ...entry.forms.map((form) => ({ id: entry.id, source: escape(form).replace(/ /g, '\\s+'), caseless: true, length: form.length })),
      ...(entry.acronyms ?? []).map((form) => ({ id: entry.id, source: escape(form), caseless: false, length: form.length })),
    ])
    .sort((a, b) => b.length - a.length);
  // One pattern per case rule: whole words, matched case-blind for phrases and exactly for acronyms.
  const patterns = [true, false].map((caseless) => {
    const forms = ordered.filter((form) => form.caseless === caseless);
    return {
      ids: forms.map((form) => form.id),
      pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map((form) => `(${form.source})`).join('|')})(?![\\p{L}\\p{N}])`, caseless ? 'giu' : 'gu'),
    };
  });
  return {
    entries,
    entry: (id) => byId.get(id),
    findTerms(text) {
      const found: TermMatch[] = [];
      for (const { ids, pattern } of patterns)
        for (const match of text.matchAll(pattern)) {
          const group = match.slice(1).findIndex((value) => value !== undefined);
          if (group >= 0) found.push({ id: ids[group]!, start: match.index, end: match.index + match[0].length });
        }
      found.sort((a, b) => a.start - b.start || b.end - a.end);
      return found.filter((match, index) => !found.slice(0, index).some((other) => other.start < match.end && match.start < other.end));
    },
  };
}
