import type { Cited } from '.';
import { tokens } from './rank';
import type { RecordedVote } from './votes';

/**
 * What a report recommended against what was then resolved, for one agenda item: each
 * recommendation beside the decision part that carries it out, the changed words marked, and
 * the item's outcome in one of five words. Numbering is ignored (minutes renumber parts), and
 * so is the tense of the verb ("Approve" recommended, "Approved" resolved).
 */

export type ItemOutcome = 'asRecommended' | 'withChanges' | 'deferred' | 'refused' | 'noted';

export interface DiffPiece {
  op: 'same' | 'added' | 'removed';
  text: string;
}

export interface PartComparison {
  recommended?: Cited;
  decided?: Cited;
  /** 'same' and 'changed' pair a recommendation with its decision; 'refused' was voted down; 'dropped' has no decision; 'added' has no recommendation. */
  status: 'same' | 'changed' | 'refused' | 'dropped' | 'added';
  /** Word by word, from the recommendation to the decision (changed parts only). */
  diff?: DiffPiece[];
}

export interface ItemComparison {
  outcome: ItemOutcome;
  parts: PartComparison[];
}

/** A part's leading number or letter, and a minutes heading before a dash ("2a. Residents Parking - Approve…"). */
const LEADING_LABEL = /^\s*(?:\(?\d{1,2}[a-z]?[.)]|\(?[a-z]\)|[a-z]\.|\([ivx]+\))\s*(?:[A-Z][^.–—-]{2,80}\s[–—-]\s)?/;
const DEFERRED = /\b(?:defer(?:red|ral|s)?|postpone[ds]?|adjourned|gohiriwyd|gohirio)\b/i;
const REFUSED = /\b(?:refused|rejected|not\s+(?:be\s+)?(?:approved|agreed|adopted|supported)|declined|gwrthodwyd)\b/i;
const NOTING = /\b(?:not(?:e|ed|es|ing)|nodi|nodwyd)\b/i;
const ACTING = /\b(?:approv|agree|authori[sz]|delegat|adopt|resolv|implement|endorse|initiat|allocat|award|grant|refer|commission|cymeradwy)/i;

export const withoutLabel = (text: string) => text.replace(LEADING_LABEL, '').trim();

function termsOf(text: string): Set<string> {
  const words = withoutLabel(text);
  return new Set([...tokens(words), ...(words.match(/£?\d[\d,.]*%?/g) ?? []).map((figure) => figure.replace(/[.,]$/, ''))]);
}

/** How much of the recommendation the decision carries (recall), and how much of the decision is the recommendation (precision). */
function overlap(recommended: Set<string>, decided: Set<string>): { recall: number; precision: number } {
  let shared = 0;
  for (const term of recommended) if (decided.has(term)) shared += 1;
  return { recall: recommended.size ? shared / recommended.size : 0, precision: decided.size ? shared / decided.size : 0 };
}

const wordKey = (word: string) => tokens(word)[0] ?? word.toLowerCase().replace(/[^\p{L}\p{N}£%]/gu, '');

/** A word-level diff (longest common subsequence): parts are a few dozen words, so the square table is small. */
export function wordDiff(from: string, to: string): DiffPiece[] {
  const a = withoutLabel(from).split(/\s+/).filter(Boolean).slice(0, 400);
  const b = withoutLabel(to).split(/\s+/).filter(Boolean).slice(0, 400);
  const keyA = a.map(wordKey);
  const keyB = b.map(wordKey);
  const table: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1)
    for (let j = b.length - 1; j >= 0; j -= 1) table[i]![j] = keyA[i] === keyB[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const pieces: DiffPiece[] = [];
  const push = (op: DiffPiece['op'], word: string) => {
    const last = pieces.at(-1);
    if (last?.op === op) last.text += ` ${word}`;
    else pieces.push({ op, text: word });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && keyA[i] === keyB[j]) {
      push('same', b[j]!);
      i += 1;
      j += 1;
    } else if (j < b.length && (i >= a.length || table[i]![j + 1]! >= table[i + 1]![j]!)) {
      push('added', b[j]!);
      j += 1;
    } else {
      push('removed', a[i]!);
      i += 1;
    }
  }
  return pieces;
}

/** "recommendation 3", "Recommendation 2C": the number a lost vote names, to find the recommendation it refused. */
function refusedNumbers(votes: readonly RecordedVote[]): Set<string> {
  const numbers = new Set<string>();
  for (const vote of votes) {
    if (vote.outcome !== 'lost') continue;
    const number = /recommendations?\s+(\d{1,2}[a-z]?)/i.exec(vote.motion ?? '')?.[1];
    if (number) numbers.add(number.toLowerCase());
  }
  return numbers;
}

const numberOf = (text: string) => /^\s*\(?(\d{1,2}[a-z]?)[.)]/.exec(text)?.[1]?.toLowerCase();

/**
 * One item's comparison, or nothing when there is no decision to compare. `recommended` is what
 * the item's report recommended; `decided`, what the minutes or decision record resolved for it.
 */
export function compareItem(recommended: readonly Cited[], decided: readonly Cited[], votes: readonly RecordedVote[] = []): ItemComparison | undefined {
  const refused = refusedNumbers(votes);
  const decidedText = decided.map((part) => part.text).join(' ');
  const allLost = votes.length > 0 && votes.every((vote) => vote.outcome === 'lost');
  if (decided.length === 0 && !allLost) return undefined;

  const decidedTerms = decided.map((part) => termsOf(part.text));
  const used = new Set<number>();
  const parts: PartComparison[] = [];
  for (const recommendation of recommended) {
    const terms = termsOf(recommendation.text);
    let best = -1;
    let bestScore = { recall: 0, precision: 0 };
    for (const [index, candidate] of decidedTerms.entries()) {
      const score = overlap(terms, candidate);
      if (score.recall + score.precision > bestScore.recall + bestScore.precision) {
        best = index;
        bestScore = score;
      }
    }
    const number = numberOf(recommendation.text);
    // A vote that names the recommendation and lost it decides, even where the minutes go on to list it.
    if (number && refused.has(number)) {
      parts.push({ recommended: recommendation, status: 'refused' });
      continue;
    }
    if (best >= 0 && bestScore.recall >= 0.5 && bestScore.precision >= 0.35) {
      used.add(best);
      const decision = decided[best]!;
      const same = bestScore.recall >= 0.85 && bestScore.precision >= 0.7;
      parts.push(
        same
          ? { recommended: recommendation, decided: decision, status: 'same' }
          : { recommended: recommendation, decided: decision, status: 'changed', diff: wordDiff(recommendation.text, decision.text) },
      );
    } else parts.push({ recommended: recommendation, status: 'dropped' });
  }
  // A decision that carries no recommendation, unless it repeats one already paired (minutes often quote a decision twice).
  for (const [index, decision] of decided.entries()) {
    if (used.has(index)) continue;
    const repeats = [...used].some((other) => overlap(decidedTerms[index]!, decidedTerms[other]!).recall >= 0.8);
    if (!repeats) parts.push({ decided: decision, status: 'added' });
  }

  const outcome = ((): ItemOutcome => {
    if (DEFERRED.test(decidedText)) return 'deferred';
    if ((decided.length === 0 && allLost) || (REFUSED.test(decidedText) && !ACTING.test(decidedText.replace(REFUSED, '')))) return 'refused';
    if (recommended.length > 0 && parts.filter((part) => part.recommended).every((part) => part.status === 'refused')) return 'refused';
    const onlyNoting = decided.length > 0 && decided.every((part) => NOTING.test(part.text) && !ACTING.test(part.text));
    if (onlyNoting) return 'noted';
    if (recommended.length === 0) return parts.length ? 'withChanges' : 'noted';
    const changed = parts.some((part) => part.status !== 'same');
    return changed ? 'withChanges' : 'asRecommended';
  })();
  // With nothing recommended to compare against, only the outcome is known: agreed, but not "with changes".
  if (recommended.length === 0 && outcome === 'withChanges') return undefined;
  return { outcome, parts };
}
