import MiniSearch, { type SearchResult } from 'minisearch';
import { type Passage, PASSAGE_KINDS, type PassageKind } from './passages';
import { DATE, DURATION, MONEY, passageTerms, questionTerms, tokenize } from './terms';

/**
 * The question index of one document: its passages in MiniSearch (BM25), made where the PDF is
 * read and kept, serialised, beside the document's summary in the cache. Any search that loads it
 * uses the same options, so a question's terms are processed as the passages' were.
 */

/** Bumped when the passages or their processing change: an index of another version is read again. */
export const INDEX_VERSION = 1;

export interface SerialisedIndex {
  version: number;
  passages: number;
  json: string;
}

interface StoredPassage {
  id: number;
  text: string;
  page: number;
  kind: PassageKind;
  context?: string;
}

const OPTIONS = {
  fields: ['text', 'context'],
  storeFields: ['text', 'page', 'kind'],
  tokenize,
  processTerm: passageTerms,
  searchOptions: { processTerm: passageTerms },
};

export function buildIndex(passages: readonly Passage[]): SerialisedIndex {
  const index = new MiniSearch<StoredPassage>(OPTIONS);
  index.addAll(passages.map((passage, id) => ({ id, ...passage })));
  return { version: INDEX_VERSION, passages: passages.length, json: JSON.stringify(index) };
}

export type LoadedIndex = MiniSearch<StoredPassage>;

/** An index as stored, or undefined when it is of another version or not an index at all (the cache is outside input too). */
export function loadIndex(serialised: SerialisedIndex | undefined): LoadedIndex | undefined {
  if (!serialised || serialised.version !== INDEX_VERSION || typeof serialised.json !== 'string') return undefined;
  try {
    return MiniSearch.loadJSON<StoredPassage>(serialised.json, OPTIONS);
  } catch {
    return undefined;
  }
}

export interface Hit {
  text: string;
  page: number;
  kind: PassageKind;
  score: number;
  /**
   * The share of the question the passage has: its terms weighted by how rare each is in the
   * document (inverse document frequency), so a passage that has only the common words of a
   * question ("new", "council tax") and not its subject ("bypass") does not answer it. A marker
   * ("a sum of money", "a date") counts half.
   */
  coverage: number;
  /** The passage's own terms that matched, for marking them in the quote. */
  matched: string[];
}

/** Markers say what kind of answer is wanted, not what it is about: they count for less. */
const weightOf = (term: string) => (term === MONEY || term === DATE || term === DURATION ? 0.5 : 1);

/** Recommendations and decisions are what a question about a meeting is usually after. */
const KIND_BOOST: Record<PassageKind, number> = { text: 1, recommendation: 1.5, decision: 1.6 };

/** How many passages have the term, exactly as indexed. */
function passagesWith(index: LoadedIndex, term: string): number {
  return index.search(term, { tokenize: (value) => [value], processTerm: (value) => value, fields: ['text'] }).length;
}

export function searchIndex(index: LoadedIndex, question: string, limit = 30): Hit[] {
  const terms = questionTerms(question);
  if (terms.length === 0) return [];
  const count = index.documentCount;
  const rarity = new Map(
    terms.map((term) => [term, weightOf(term) * Math.log(1 + (count - passagesWith(index, term) + 0.5) / (passagesWith(index, term) + 0.5))]),
  );
  const total = terms.reduce((sum, term) => sum + rarity.get(term)!, 0);
  const results: SearchResult[] = index.search(
    { combineWith: 'OR', queries: terms },
    {
      // Already processed: each query term is one of ours, markers included.
      tokenize: (term) => [term],
      processTerm: (term) => term,
      boost: { text: 1, context: 0.4 },
      fuzzy: (term) => (term.length > 6 && !/\d/.test(term) ? 0.15 : 0),
      boostDocument: (_id, _term, stored) => KIND_BOOST[(stored?.kind as PassageKind | undefined) ?? 'text'] ?? 1,
    },
  );
  return results.slice(0, limit).map((result) => {
    const found = new Set(result.queryTerms);
    const coverage = terms.reduce((sum, term) => sum + (found.has(term) ? rarity.get(term)! : 0), 0) / total;
    const kind = PASSAGE_KINDS.includes(result.kind as PassageKind) ? (result.kind as PassageKind) : 'text';
    return { text: String(result.text), page: Number(result.page), kind, score: result.score, coverage, matched: result.terms };
  });
}
