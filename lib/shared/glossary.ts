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

/** A run of letters and digits: a term starts at one, so only the forms that begin with that run are tried there. */
const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
const APOSTROPHE = /[\u2019']/;
const firstWord = (form: string) => /^[\p{L}\p{N}]+/u.exec(form)?.[0];

interface Form {
  id: string;
  /** As written, lower-cased when matched case-blind. */
  text: string;
  caseless: boolean;
}

/**
 * Where `form` ends if it is written in `text` at `at`, as a whole word: a space in the form
 * stands for any run of white space, either apostrophe for the other, and case counts only for
 * acronyms. Compared character by character rather than by a pattern per form: 300 patterns
 * took longer to compile than one page's text took to search.
 */
function formEnd(text: string, at: number, form: Form): number | undefined {
  let position = at;
  for (const wanted of form.text) {
    const found = text[position];
    if (found === undefined) return undefined;
    if (wanted === ' ') {
      if (!SPACE.test(found)) return undefined;
      while (position < text.length && SPACE.test(text[position]!)) position += 1;
      continue;
    }
    if (APOSTROPHE.test(wanted) ? !APOSTROPHE.test(found) : (form.caseless ? found.toLowerCase() : found) !== wanted) return undefined;
    position += 1;
  }
  const next = text[position];
  return next !== undefined && WORD_CHARACTER.test(next) ? undefined : position;
}

/** Texts already searched, so the sidebar's re-renders find each text's terms once. Bounded: a view holds a few hundred texts. */
const REMEMBERED_TEXTS = 2_000;

export function createGlossary(entries: readonly GlossaryEntry[]): Glossary {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  // Per case rule (phrases case-blind, acronyms exact), the forms by their first word, longest first, so "overview and
  // scrutiny" wins over "scrutiny". Only the forms whose first word is at hand are tried, and each start once, as one
  // pattern of every form would have found them (tests/unit/display/glossary.test.tsx holds that pattern to compare).
  const rules = [true, false].map((caseless) => {
    const byFirstWord = new Map<string, Form[]>();
    const fallback: Form[] = [];
    for (const entry of entries)
      for (const written of caseless ? entry.forms : (entry.acronyms ?? [])) {
        const form: Form = { id: entry.id, text: caseless ? written.toLowerCase() : written, caseless };
        const first = firstWord(form.text);
        // A form that does not start with a letter or digit is tried at every character that does not follow one.
        if (first === undefined) fallback.push(form);
        else byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), form]);
      }
    const longestFirst = (a: Form, b: Form) => b.text.length - a.text.length;
    for (const forms of byFirstWord.values()) forms.sort(longestFirst);
    fallback.sort(longestFirst);
    return { caseless, byFirstWord, fallback };
  });
  const search = (text: string): TermMatch[] => {
    const found: TermMatch[] = [];
    for (const { caseless, byFirstWord, fallback } of rules) {
      // As one global pattern would: left to right, the longest form at each start, the next search after a match's end.
      let after = 0;
      const tryAt = (at: number, forms: readonly Form[]) => {
        if (at < after) return;
        for (const form of forms) {
          const end = formEnd(text, at, form);
          if (end === undefined) continue;
          found.push({ id: form.id, start: at, end });
          after = end;
          return;
        }
      };
      const tryFallbackBetween = (from: number, to: number) => {
        for (let at = from; at < to && fallback.length; at += 1) if (at === 0 || !WORD_CHARACTER.test(text[at - 1]!)) tryAt(at, fallback);
      };
      let previousEnd = 0;
      for (const word of text.matchAll(WORD)) {
        tryFallbackBetween(previousEnd, word.index);
        const forms = byFirstWord.get(caseless ? word[0].toLowerCase() : word[0]);
        if (forms) tryAt(word.index, forms);
        previousEnd = word.index + word[0].length;
      }
      tryFallbackBetween(previousEnd, text.length);
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    return found.filter((match, index) => !found.slice(0, index).some((other) => other.start < match.end && match.start < other.end));
  };
  const remembered = new Map<string, TermMatch[]>();
  return {
    entries,
    entry: (id) => byId.get(id),
    findTerms(text) {
      let terms = remembered.get(text);
      if (!terms) {
        terms = search(text);
        if (remembered.size >= REMEMBERED_TEXTS) remembered.delete(remembered.keys().next().value!);
        remembered.set(text, terms);
      }
      return terms.map((term) => ({ ...term }));
    },
  };
}
