import { stemmer } from 'stemmer';

/**
 * Bounded extractive ranking: TF-IDF sentence vectors, a cosine-similarity graph, TextRank by
 * power iteration, per-sentence weights (section and position), then MMR so the picks do not
 * repeat each other. Candidates are capped, so the quadratic graph step costs a constant and
 * the whole stays near-linear in the document's length. Ties break by position: same input,
 * same output.
 */

export const STOPWORDS = new Set(
  'a about above after again against all am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out over own same she should so some such than that the their theirs them themselves then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves also may must shall within upon per via council councils report item meeting committee'.split(
    ' ',
  ),
);

/**
 * A word's Porter stem, remembered: a council pack repeats its words thousands of times, and the
 * summariser and the question index stem every one (stemming was a tenth of the summariser's
 * time on a 310-page pack). Bounded, so a document of unusual words cannot grow it without end.
 */
const STEMS = new Map<string, string>();
const MAX_REMEMBERED = 50_000;

export function stem(word: string): string {
  let stemmed = STEMS.get(word);
  if (stemmed === undefined) {
    if (STEMS.size >= MAX_REMEMBERED) STEMS.clear();
    stemmed = stemmer(word);
    STEMS.set(word, stemmed);
  }
  return stemmed;
}

export function tokens(text: string): string[] {
  return (text.toLowerCase().match(/[a-z][a-z'-]{1,}/g) ?? []).filter((word) => !STOPWORDS.has(word)).map((word) => stem(word.replace(/'s$/, '')));
}

type Vector = Map<string, number>;

function norm(vector: Vector): number {
  let sum = 0;
  for (const value of vector.values()) sum += value * value;
  return Math.sqrt(sum);
}

/** A vector's terms and weights as arrays, in the map's own order, to walk without allocating. */
interface Entries {
  terms: string[];
  values: number[];
}

function entriesOf(vector: Vector): Entries {
  return { terms: [...vector.keys()], values: [...vector.values()] };
}

/**
 * The cosine of two vectors: the smaller one walked in its own order, the larger one looked up,
 * so the sum is taken in the same order (and so to the same bits) whichever way round they come.
 */
function cosine(a: Vector, b: Vector, entriesA: Entries, entriesB: Entries, normA: number, normB: number): number {
  if (normA === 0 || normB === 0) return 0;
  const aIsSmaller = a.size < b.size;
  const small = aIsSmaller ? entriesA : entriesB;
  const large = aIsSmaller ? b : a;
  let dot = 0;
  for (let index = 0; index < small.terms.length; index += 1) {
    const other = large.get(small.terms[index]!);
    if (other) dot += small.values[index]! * other;
  }
  return dot / (normA * normB);
}

export interface RankOptions {
  /** How many sentences to pick. */
  pick: number;
  /** Candidates kept for the graph step (by TF-IDF weight); this is the bound. */
  maxCandidates?: number;
  /** Relevance against novelty in MMR. */
  lambda?: number;
  /** Extra weight per sentence (section, position); 1 is neutral, 0 excludes. */
  weight?: (index: number) => number;
}

export function rankSentences(texts: readonly string[], options: RankOptions): number[] {
  const maxCandidates = options.maxCandidates ?? 400;
  const lambda = options.lambda ?? 0.7;
  const weight = options.weight ?? (() => 1);
  const termLists = texts.map(tokens);
  const documentFrequency = new Map<string, number>();
  for (const terms of termLists) for (const term of new Set(terms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const count = texts.length;
  const vectors: Vector[] = termLists.map((terms) => {
    const vector: Vector = new Map();
    for (const term of terms) vector.set(term, (vector.get(term) ?? 0) + 1);
    for (const [term, frequency] of vector) vector.set(term, (1 + Math.log(frequency)) * Math.log((1 + count) / (1 + (documentFrequency.get(term) ?? 0))));
    return vector;
  });
  const norms = vectors.map(norm);

  // The bound: keep the sentences with the most informative words, and weight above zero.
  const candidates = texts
    .map((_, index) => index)
    .filter((index) => weight(index) > 0 && termLists[index]!.length >= 4)
    .sort((a, b) => norms[b]! * weight(b) - norms[a]! * weight(a) || a - b)
    .slice(0, maxCandidates)
    .sort((a, b) => a - b);
  if (candidates.length === 0) return [];

  const size = candidates.length;
  // One flat row-major matrix (the graph's 400 × 400 at most) rather than an array of arrays: the same numbers, read in
  // cache order. Measured: the ranking was about a third of the summariser's time.
  const similarity = new Float64Array(size * size);
  const entries = candidates.map((candidate) => entriesOf(vectors[candidate]!));
  for (let i = 0; i < size; i += 1) {
    for (let j = i + 1; j < size; j += 1) {
      const value = cosine(vectors[candidates[i]!]!, vectors[candidates[j]!]!, entries[i]!, entries[j]!, norms[candidates[i]!]!, norms[candidates[j]!]!);
      similarity[i * size + j] = value;
      similarity[j * size + i] = value;
    }
  }
  const outWeight = new Array<number>(size).fill(0);
  for (let j = 0; j < size; j += 1) {
    let sum = 0;
    for (let i = 0; i < size; i += 1) sum += similarity[j * size + i]!;
    outWeight[j] = sum;
  }
  // Who links to each sentence, in ascending order, with `damping × similarity` (the same product the formula takes first):
  // the iteration adds the same shares in the same order, skipping the zeros, from flat arrays.
  const linkStart = new Int32Array(size + 1);
  const linkFrom: number[] = [];
  const linkShare: number[] = [];
  const damping = 0.85;
  for (let i = 0; i < size; i += 1) {
    linkStart[i] = linkFrom.length;
    for (let j = 0; j < size; j += 1) {
      const share = similarity[j * size + i]!;
      if (share > 0 && outWeight[j]! > 0) {
        linkFrom.push(j);
        linkShare.push(damping * share);
      }
    }
  }
  linkStart[size] = linkFrom.length;
  const from = Int32Array.from(linkFrom);
  const dampedShare = Float64Array.from(linkShare);
  let scores = new Array<number>(size).fill(1 / size);
  for (let iteration = 0; iteration < 30; iteration += 1) {
    const next = new Array<number>(size).fill((1 - damping) / size);
    for (let i = 0; i < size; i += 1) {
      let total = next[i]!;
      for (let link = linkStart[i]!; link < linkStart[i + 1]!; link += 1) {
        const j = from[link]!;
        total += (dampedShare[link]! * scores[j]!) / outWeight[j]!;
      }
      next[i] = total;
    }
    const delta = next.reduce((sum, value, index) => sum + Math.abs(value - scores[index]!), 0);
    scores = next;
    if (delta < 1e-6) break;
  }
  const relevance = scores.map((score, index) => score * weight(candidates[index]!));
  const maxRelevance = Math.max(...relevance) || 1;

  const chosen: number[] = [];
  const remaining = new Set(candidates.map((_, index) => index));
  while (chosen.length < options.pick && remaining.size > 0) {
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const index of remaining) {
      const redundancy = chosen.reduce((max, picked) => Math.max(max, similarity[index * size + picked]!), 0);
      const score = lambda * (relevance[index]! / maxRelevance) - (1 - lambda) * redundancy;
      if (score > bestScore + 1e-12) {
        bestScore = score;
        best = index;
      }
    }
    chosen.push(best);
    remaining.delete(best);
  }
  // In document order, as a reader expects.
  return chosen.map((index) => candidates[index]!).sort((a, b) => a - b);
}
