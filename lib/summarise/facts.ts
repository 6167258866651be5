import { pageAt, type Sentence } from './sentences';

export const FACT_KINDS = ['money', 'date', 'financialYear', 'percentage', 'count', 'decisionReference', 'keyDecision', 'callIn', 'wards'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export interface KeyFact {
  kind: FactKind;
  text: string;
  page: number;
  /** The sentence it was found in (at most 300 characters), which says what the figure is. */
  sentence?: string;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const PATTERNS: readonly [FactKind, RegExp][] = [
  ['money', /£\s?\d[\d,]*(?:\.\d+)?\s?(?:m|bn|k|million|billion|thousand)?\b(?:\s(?:per\s(?:annum|year|week|month)|a\syear))?/gi],
  ['date', new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s(?:${MONTHS})\\s\\d{4}\\b`, 'g')],
  ['financialYear', /\b20\d\d[/-](?:20)?\d\d\b/g],
  ['percentage', /\b\d+(?:\.\d+)?\s?%/g],
  ['count', /\b\d{1,3}(?:,\d{3})*\s(?:children|young people|people|residents|homes|beds|places|pupils|schools|households|families|properties|jobs|units|dwellings|posts|staff|respondents|responses|objections|signatures|carers|adopters|placements|applications)\b/gi],
  ['decisionReference', /\b(?:key\s+decision\s+(?:ref(?:erence)?|no\.?)|decision\s+(?:ref(?:erence)?|no\.?)|forward\s+plan\s+ref(?:erence)?)\s*:?\s*[A-Z0-9/_.-]{2,20}/gi],
  ['keyDecision', /\bkey\s+decision\s*:?\s*(?:yes|no)\b|\bis\s+(?:this\s+)?a\s+key\s+decision\s*\??\s*(?:yes|no)\b|\b(?:this|it)\s+is\s+(?:not\s+)?a\s+key\s+decision\b/gi],
  ['callIn', /\b(?:subject\s+to\s+call[\s-]?in|call[\s-]?in\s+(?:period|deadline|expiry)[^.;]{0,40}|exempt\s+from\s+call[\s-]?in|not\s+(?:be\s+)?subject\s+to\s+call[\s-]?in)/gi],
  ['wards', /\b(?:wards?|electoral\s+divisions?)\s+affected\s*:?\s*[^.;]{2,120}/gi],
];

/** Facts a reader scans for, each with the page it is on; repeats of the same fact keep the first. */
export function extractKeyFacts(sentences: readonly Sentence[], limitPerKind = 12): KeyFact[] {
  const facts: KeyFact[] = [];
  const seen = new Set<string>();
  const perKind = new Map<FactKind, number>();
  for (const sentence of sentences) {
    for (const [kind, pattern] of PATTERNS) {
      pattern.lastIndex = 0;
      for (const match of sentence.text.matchAll(pattern)) {
        const text = match[0].replace(/\s+/g, ' ').trim();
        const key = `${kind}:${text.toLowerCase()}`;
        if (seen.has(key) || (perKind.get(kind) ?? 0) >= limitPerKind) continue;
        seen.add(key);
        perKind.set(kind, (perKind.get(kind) ?? 0) + 1);
        facts.push({ kind, text, page: pageAt(sentence, match.index ?? 0), sentence: sentence.text.slice(0, 300) });
      }
    }
  }
  return facts;
}

/** £ amounts as numbers, for sizing a decision. */
export function poundsIn(text: string): number[] {
  return [...text.matchAll(/£\s?(\d[\d,]*(?:\.\d+)?)\s?(m|bn|k|million|billion|thousand)?\b/gi)].map((match) => {
    const value = Number(match[1]!.replace(/,/g, ''));
    const unit = (match[2] ?? '').toLowerCase();
    return value * (unit === 'bn' || unit === 'billion' ? 1e9 : unit === 'm' || unit === 'million' ? 1e6 : unit === 'k' || unit === 'thousand' ? 1e3 : 1);
  });
}
