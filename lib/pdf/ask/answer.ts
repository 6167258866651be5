import { squash } from '../summarise/decisions';
import type { PassageKind } from './passages';
import { type Hit, type LoadedIndex, searchIndex } from './search';
import { passageTerms, tokenize } from './terms';

/**
 * The deterministic answer to a question about a meeting's documents: the best few passages,
 * quoted verbatim with their document and page, or "these documents don't seem to answer that"
 * with what was searched. Nothing leaves the device, and the same question gets the same answer.
 */

export interface SearchableDocument {
  url: string;
  title: string;
  pages: number;
  /** Exempt or confidential (by its text or the council's flag): quoted here, never sent to a remote model. */
  restricted: boolean;
  index: LoadedIndex;
}

export interface QuotedPassage {
  /** 1-based: the number an AI answer cites it by. */
  n: number;
  text: string;
  url: string;
  title: string;
  page: number;
  kind: PassageKind;
  score: number;
  restricted: boolean;
  /** Where the question's terms are in the text, as [start, end) offsets, for marking them. */
  marks: [number, number][];
}

export interface DeterministicAnswer {
  question: string;
  answered: boolean;
  passages: QuotedPassage[];
  searched: { title: string; url: string; pages: number }[];
}

/** A passage answers when it has this share of the question's terms (see Hit.coverage); measured by `npm run eval`. */
export const ANSWER_COVERAGE = 0.45;
/** Passages quoted at most, and at least when as many answer. */
export const MOST_PASSAGES = 5;
export const FEWEST_PASSAGES = 3;
/** A passage beside the best is quoted only if it scores at least this share of it. */
const RELATIVE_SCORE = 0.25;

/** Where in a passage the matched terms are, for marking: any word that is indexed under one of them. */
export function marksIn(text: string, matched: readonly string[]): [number, number][] {
  const wanted = new Set(matched);
  const marks: [number, number][] = [];
  const pattern = /£\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:m|bn|k|million|billion)\b)?|\d+(?:[.,/:-]\d+)*%?|[\p{L}][\p{L}\p{N}'’-]*/gu;
  for (const match of text.matchAll(pattern)) {
    const [token] = tokenize(match[0]);
    if (token && passageTerms(token).some((term) => wanted.has(term) && term.length > 1)) marks.push([match.index, match.index + match[0].length]);
  }
  return marks;
}

/** How a hit ranks: its score, by how much of the question it has, and twice over for a passage that has all of it. */
const rankOf = (hit: Hit) => hit.score * hit.coverage * hit.coverage * (hit.coverage >= 0.999 ? 1.5 : 1);

export function answerQuestion(question: string, documents: readonly SearchableDocument[]): DeterministicAnswer {
  const searched = documents.map(({ title, url, pages }) => ({ title, url, pages }));
  const hits = documents.flatMap((document) => searchIndex(document.index, question).map((hit) => ({ hit, document, rank: rankOf(hit) })));
  const answering = hits.filter(({ hit }) => hit.coverage >= ANSWER_COVERAGE).sort((a, b) => b.rank - a.rank);
  if (answering.length === 0) return { question, answered: false, passages: [], searched };
  const best = answering[0]!.rank;
  const seen = new Set<string>();
  const chosen = answering.filter(({ hit, rank }, index) => {
    const key = squash(hit.text);
    if (seen.has(key)) return false;
    seen.add(key);
    return index < FEWEST_PASSAGES || rank >= best * RELATIVE_SCORE;
  });
  // Recommendations and decisions first where they answer as well as the rest: they are what a meeting decides.
  const picked = chosen.slice(0, MOST_PASSAGES);
  return {
    question,
    answered: true,
    searched,
    passages: picked.map(({ hit, document }, index) => ({
      n: index + 1,
      text: hit.text,
      url: document.url,
      title: document.title,
      page: hit.page,
      kind: hit.kind,
      score: Math.round(hit.score * hit.coverage * 100) / 100,
      restricted: document.restricted,
      marks: marksIn(hit.text, hit.matched),
    })),
  };
}
