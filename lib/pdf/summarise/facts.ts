import { isTemplateBoilerplate } from './boilerplate';
import { pageAt, type Sentence } from './sentences';

export const FACT_KINDS = ['money', 'date', 'financialYear', 'percentage', 'count', 'decisionReference', 'keyDecision', 'callIn', 'wards'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export interface KeyFact {
  kind: FactKind;
  text: string;
  page: number;
  /** The sentence it was found in (at most 300 characters), which says what the figure is. */
  sentence?: string;
  /** What the figure is, in a few words of its own sentence: "cost of the Stage One development and OBC". */
  label?: string;
}

const FUNCTION_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'at',
  'to',
  'for',
  'by',
  'be',
  'is',
  'are',
  'was',
  'were',
  'and',
  'or',
  'in',
  'on',
  'up',
  'with',
  'from',
  'which',
  'that',
  'this',
  'its',
  'will',
  'would',
  'as',
  'total',
  'approx',
  'approximately',
  'around',
  'about',
  'some',
  'over',
  'under',
  'than',
  'circa',
]);

/**
 * A few words of the fact's own clause that say what the figure is: the words before it, or,
 * where it opens its clause, the words after. Never words from another sentence.
 */
export function labelFor(sentence: string, figure: string, at: number): string | undefined {
  const BOUNDARIES = [';', ':', '•', ' – ', ' — ', '. ', ' - '];
  const clauseStart = Math.max(...BOUNDARIES.map((mark) => sentence.lastIndexOf(mark, at))) + 1;
  const ends = BOUNDARIES.map((mark) => sentence.indexOf(mark, at + figure.length)).filter((index) => index >= 0);
  const clauseEnd = ends.length ? Math.min(...ends) : sentence.length;
  const trim = (words: string[]) => {
    while (words.length && FUNCTION_WORDS.has(words[0]!.toLowerCase())) words.shift();
    while (words.length && FUNCTION_WORDS.has(words[words.length - 1]!.toLowerCase())) words.pop();
    return words;
  };
  // Another figure in the clause is a boundary too: "£7,502,000 for the programme of which £4,999,000 …".
  const FIGURE = /£\s?\d[\d,.]*\s?(?:m|bn|k|million|billion)?\b|\b\d[\d,.]*\s?%|\b\d[\d,.]*\b/gi;
  const wordsOf = (text: string) =>
    text
      .replace(/[^\w’'&/£%.,-]+/g, ' ')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map((word) => word.replace(/[.,]+$/, ''));
  const beforeText = sentence.slice(clauseStart, at).split(FIGURE).pop() ?? '';
  const pieces = sentence.slice(at + figure.length, clauseEnd).split(FIGURE);
  // A range ("£56 to £124 for …") is read as one figure: its words are the range's.
  const afterText = (/^\s*(?:to|and|or|–|-)\s*$/i.test(pieces[0] ?? '') && pieces.length > 1 ? pieces[1] : pieces[0]) ?? '';
  const before = trim(wordsOf(beforeText).slice(-9));
  const rawAfter = wordsOf(afterText).slice(0, 9);
  const after = trim([...rawAfter]);
  // What follows the figure often says what it is for ("… to £124 for first vehicle permit tariffs").
  while (rawAfter.length && /^(?:to|and|or|a|the)$/i.test(rawAfter[0]!)) rawAfter.shift();
  const purpose = /^(?:for|of|per|on|towards)$/i.test(rawAfter[0] ?? '') ? rawAfter : [];
  const chosen = trim(before.length >= 3 ? [...before.slice(-6), ...purpose.slice(0, 6)] : after.length >= 2 ? after : before.length ? before : after);
  const label = chosen.join(' ');
  // Lower-case a sentence's capital ("Approved …"), never an acronym's ("RPS").
  return label.length >= 4 ? (/^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label) : undefined;
}

/** Month names as councils write them, in English and Welsh: every date pattern in the summariser uses these. */
export const MONTH_NAMES =
  'January|February|March|April|May|June|July|August|September|October|November|December|Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr';
const PATTERNS: readonly [FactKind, RegExp][] = [
  ['money', /£\s?\d[\d,]*(?:\.\d+)?\s?(?:m|bn|k|million|billion|thousand)?\b(?:\s(?:per\s(?:annum|year|week|month)|a\syear))?/gi],
  ['date', new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s(?:${MONTH_NAMES})\\s\\d{4}\\b`, 'g')],
  ['financialYear', /\b20\d\d[/-](?:20)?\d\d\b/g],
  ['percentage', /\b\d+(?:\.\d+)?\s?%/g],
  [
    'count',
    /\b\d{1,3}(?:,\d{3})*\s(?:children|young people|people|residents|homes|beds|places|pupils|schools|households|families|properties|jobs|units|dwellings|posts|staff|respondents|responses|objections|signatures|carers|adopters|placements|applications)\b/gi,
  ],
  [
    'decisionReference',
    /\b(?:key\s+decision\s+(?:ref(?:erence)?|no\.?)|decision\s+(?:ref(?:erence)?|no\.?)|forward\s+plan\s+ref(?:erence)?)\s*:?\s*[A-Z0-9/_.-]{2,20}/gi,
  ],
  [
    'keyDecision',
    /\bkey\s+decision\s*:?\s*(?:yes|no)\b|\bis\s+(?:this\s+)?a\s+key\s+decision\s*\??\s*(?:yes|no)\b|\b(?:this|it)\s+is\s+(?:not\s+)?a\s+key\s+decision\b/gi,
  ],
  [
    'callIn',
    /\b(?:subject\s+to\s+call[\s-]?in|call[\s-]?in\s+(?:period|deadline|expiry)[^.;]{0,40}|exempt\s+from\s+call[\s-]?in|not\s+(?:be\s+)?subject\s+to\s+call[\s-]?in)/gi,
  ],
  ['wards', /\b(?:wards?|electoral\s+divisions?)\s+affected\s*:?\s*[^.;]{2,120}/gi],
];

/** The line each fact's sentence starts on, kept beside the facts (not in them) for ranking. */
const factLines = new WeakMap<KeyFact, number>();

/** Facts a reader scans for, each with the page it is on; repeats of the same fact keep the first. */
export function extractKeyFacts(sentences: readonly Sentence[], limitPerKind = 12): KeyFact[] {
  const facts: KeyFact[] = [];
  const seen = new Set<string>();
  const perKind = new Map<FactKind, number>();
  for (const sentence of sentences) {
    // Template text holds figures too (the key-decision threshold), and none of them is this matter's.
    if (isTemplateBoilerplate(sentence.text)) continue;
    for (const [kind, pattern] of PATTERNS) {
      pattern.lastIndex = 0;
      for (const match of sentence.text.matchAll(pattern)) {
        const text = match[0].replace(/\s+/g, ' ').trim();
        const key = `${kind}:${text.toLowerCase()}`;
        if (seen.has(key) || (perKind.get(kind) ?? 0) >= limitPerKind) continue;
        const label = labelFor(sentence.text, match[0], match.index ?? 0);
        // A figure with no words of its own (a table cell) says nothing on its own: it is not a key fact.
        if (!label && kind !== 'keyDecision' && kind !== 'callIn' && kind !== 'wards') continue;
        seen.add(key);
        perKind.set(kind, (perKind.get(kind) ?? 0) + 1);
        const fact: KeyFact = { kind, text, page: pageAt(sentence, match.index ?? 0), sentence: sentence.text.slice(0, 300), ...(label ? { label } : {}) };
        factLines.set(fact, sentence.line);
        facts.push(fact);
      }
    }
  }
  return facts;
}

const KIND_ORDER: readonly FactKind[] = ['money', 'date', 'callIn', 'keyDecision', 'count', 'percentage', 'financialYear', 'wards', 'decisionReference'];

/** Facts in what is decided or recommended first, then by kind (sums, dates, deadlines…), each group in document order. */
export function rankFacts(facts: readonly KeyFact[], isDecidedLine: (line: number) => boolean): KeyFact[] {
  const tied = (fact: KeyFact) => (isDecidedLine(factLines.get(fact) ?? -1) ? 0 : 1);
  return facts
    .map((fact, index) => ({ fact, index }))
    .sort((a, b) => tied(a.fact) - tied(b.fact) || KIND_ORDER.indexOf(a.fact.kind) - KIND_ORDER.indexOf(b.fact.kind) || a.index - b.index)
    .map(({ fact }) => fact);
}

/** £ amounts as numbers, for sizing a decision. */
export function poundsIn(text: string): number[] {
  return [...text.matchAll(/£\s?(\d[\d,]*(?:\.\d+)?)\s?(m|bn|k|million|billion|thousand)?\b/gi)].map((match) => {
    const value = Number(match[1]!.replace(/,/g, ''));
    const unit = (match[2] ?? '').toLowerCase();
    return value * (unit === 'bn' || unit === 'billion' ? 1e9 : unit === 'm' || unit === 'million' ? 1e6 : unit === 'k' || unit === 'thousand' ? 1e3 : 1);
  });
}
