import { poundsIn } from './facts';
import { isTemplateBoilerplate } from './boilerplate';
import type { Sentence } from './sentences';

/**
 * An estimate of how contentious a decision may be, from signals a reader would look for.
 * It is labelled as Council Lens's own estimate, never as the service's analysis.
 */

/** Each signal's name, which the catalogues say in words (signal_<name>). */
export const SIGNAL_NAMES = [
  'callIn',
  'keyDecision',
  'objections',
  'petition',
  'consultationResponses',
  'closuresOrCuts',
  'recordedVote',
  'amendment',
  'deferral',
  'sumsOverTenMillion',
  'sumsOverOneMillion',
] as const;
export type SignalName = (typeof SIGNAL_NAMES)[number];

export interface Signal {
  name: SignalName;
  weight: number;
  evidence: { text: string; page: number };
}

export interface ContentiousnessEstimate {
  score: number;
  signals: Signal[];
}

const SIGNALS: readonly [SignalName, number, RegExp][] = [
  ['callIn', 2, /\bcall(?:ed)?[\s-]?in\b(?![^.]{0,40}\bnot\b)/i],
  ['keyDecision', 1, /\bis\s+(?:this\s+)?a\s+key\s+decision\s*\??\s*yes\b|\bkey\s+decision\s*:?\s*yes\b|\bthis\s+is\s+a\s+key\s+decision\b/i],
  ['objections', 2, /\bobjections?\b|\bobjected\b|\bopposed\b|\bopposition\b/i],
  ['petition', 2, /\bpetitions?\b/i],
  ['consultationResponses', 1, /\b(?:consultation\s+responses?|respon(?:ses?|ded)\s+to\s+the\s+consultation|respondents?)\b/i],
  ['closuresOrCuts', 2, /\b(?:closures?|to\s+close|closing|cuts?\s+(?:to|in)|reduc(?:e|tion)\s+(?:in\s+)?(?:service|opening|funding|budget)|decommission)/i],
  ['recordedVote', 2, /\brecorded\s+vote\b|\bvoted\s+against\b|\bfor\s*:\s*\d+\s*,?\s*against\s*:\s*\d+/i],
  ['amendment', 1, /\bamendments?\b|\bamended\s+motion\b/i],
  ['deferral', 1, /\bdeferred\b|\bdefer(?:ral)?\b|\bwithdrawn\s+from\s+the\s+agenda\b/i],
];

export function estimateContentiousness(allSentences: readonly Sentence[]): ContentiousnessEstimate {
  // Template paragraphs (the key-decision criteria, voting arrangements) are never evidence.
  const sentences = allSentences.filter((sentence) => !isTemplateBoilerplate(sentence.text));
  const signals: Signal[] = [];
  for (const [name, weight, pattern] of SIGNALS) {
    const hit = sentences.find((sentence) => pattern.test(sentence.text));
    if (hit) signals.push({ name, weight, evidence: { text: hit.text, page: hit.page } });
  }
  // The largest sum at stake: £1m and up is a signal, £10m and up a stronger one.
  let largest: { value: number; sentence: Sentence } | undefined;
  for (const sentence of sentences) {
    for (const value of poundsIn(sentence.text)) if (!largest || value > largest.value) largest = { value, sentence };
  }
  if (largest && largest.value >= 1e6) {
    signals.push({
      name: largest.value >= 1e7 ? 'sumsOverTenMillion' : 'sumsOverOneMillion',
      weight: largest.value >= 1e7 ? 2 : 1,
      evidence: { text: largest.sentence.text, page: largest.sentence.page },
    });
  }
  const score = Math.min(
    10,
    signals.reduce((sum, signal) => sum + signal.weight, 0),
  );
  return { score, signals };
}
