import { STOPWORDS, stem as porterStem } from '../summarise/rank';
import { MONTH_NAMES } from '../summarise/facts';

/**
 * How questions and passages become search terms, the same way on both sides: the summariser's
 * stop words and stemming, UK council abbreviations spelt out, council words that mean the same
 * thing folded into one ("Cllr", "councillor" and "member"; "£", "cost" and "budget"; "approve",
 * "agree" and "resolve"), and two markers: "cost" for any sum of money and `#date` for any date, so
 * that "how much" and "when" find passages that give one.
 */

/** Any sum of money is indexed as "cost" too: the money group's own word. */
export const MONEY = 'cost';
export const DATE = '#date';
/** Any length of time ("three years", "six-week"): what "how long" asks for. */
export const DURATION = '#duration';
const DURATION_WORDS = /^(?:years?|months?|weeks?|days?|hours?|annual|annually|blynedd(?:yn)?|mis|wythnos)$/i;

/** Words a question is made of that say nothing about what it asks. */
const QUESTION_WORDS = new Set(
  'what whats how who whom whose when where why which will would shall should can could is are was were be been being do does did done there any it its they them this that these those tell me us please happen happens happened going go get got has have had take takes taking taken run runs use used using make made send sent give gave given say said says told about into on for of the a an and or to in at by with from as'.split(
    ' ',
  ),
);

/** Abbreviations councils use, as the words they stand for (both are indexed, so either finds the other). */
const ABBREVIATIONS: Record<string, string> = {
  cllr: 'councillor',
  cllrs: 'councillors',
  eqia: 'equality impact assessment',
  eia: 'equality impact assessment',
  mtfs: 'medium term financial strategy',
  mtfp: 'medium term financial plan',
  cil: 'community infrastructure levy',
  s106: 'section 106',
  hra: 'housing revenue account',
  dsg: 'dedicated schools grant',
  ltn: 'low traffic neighbourhood',
  cpz: 'controlled parking zone',
  wpl: 'workplace parking levy',
  asc: 'adult social care',
  cyp: 'children young people',
  lac: 'looked after children',
  sen: 'special educational needs',
  ev: 'electric vehicle',
  ehcp: 'education health care plan',
  tro: 'traffic regulation order',
  lep: 'local enterprise partnership',
  capex: 'capital expenditure',
  opex: 'revenue expenditure',
  fte: 'full time equivalent',
  kd: 'key decision',
};

/** Council words that mean the same thing, as words (stemmed when loaded), each group folded into its first. */
const SYNONYMS: readonly (readonly string[])[] = [
  ['councillor', 'councillors', 'cllr', 'member', 'members', 'cynghorydd', 'cynghorwyr', 'aelod'],
  [
    'cost',
    'costs',
    'costing',
    'money',
    'budget',
    'budgets',
    'spend',
    'spending',
    'expenditure',
    'funding',
    'fund',
    'price',
    'afford',
    'affordable',
    'finance',
    'financial',
    'cyllideb',
  ],
  [
    'agree',
    'agreed',
    'approve',
    'approved',
    'approval',
    'resolve',
    'resolved',
    'decide',
    'decided',
    'decision',
    'decisions',
    'endorse',
    'endorsed',
    'adopt',
    'adopted',
    'cytunwyd',
    'penderfynwyd',
    'penderfyniad',
  ],
  [
    'recommend',
    'ask',
    'asked',
    'recommended',
    'recommendation',
    'recommendations',
    'propose',
    'proposed',
    'proposal',
    'proposals',
    'argymhelliad',
    'argymhellion',
  ],
  ['affect', 'affected', 'impact', 'impacts', 'effect', 'effects'],
  ['resident', 'residents', 'people', 'public', 'community', 'communities', 'household', 'households', 'citizens', 'trigolion'],
  ['refuse', 'refused', 'reject', 'rejected'],
  ['defer', 'deferred', 'postpone', 'postponed', 'delay', 'delayed', 'adjourn', 'adjourned'],
  ['consult', 'consultation', 'engagement', 'survey', 'ymgynghoriad'],
  ['start', 'begin', 'commence', 'launch', 'introduce', 'introduction', 'implement', 'implementation'],
  ['school', 'schools', 'ysgol'],
  ['open', 'opened', 'opening', 'reopen', 'reopened', 'reopening'],
  ['expand', 'expansion', 'expansions', 'expanded', 'grow', 'growth', 'increase', 'increased'],
  ['road', 'roads', 'street', 'streets', 'highway', 'highways'],
  ['housing', 'house', 'houses', 'home', 'homes', 'dwelling', 'dwellings'],
];

const CANONICAL = new Map<string, string>();
for (const group of SYNONYMS) {
  const first = porterStem(group[0]!);
  for (const member of group) CANONICAL.set(porterStem(member), first);
}

const MONTHS = new RegExp(`^(?:${MONTH_NAMES})$`, 'i');
const MONEY_TOKEN = /^£\d/;
const YEAR = /^(?:19|20)\d\d$/;

/** Words, numbers and sums of money, as written ("£11.4m", "2026/27", "S106"). */
const TOKEN = /£\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:m|bn|k|million|billion)\b)?|\d+(?:[.,/:-]\d+)*%?|[\p{L}][\p{L}\p{N}'’-]*/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

const stem = (word: string) => {
  const stemmed = porterStem(word);
  return CANONICAL.get(stemmed) ?? stemmed;
};

/** A figure as compared: "£11.4 million" and "£11.4m" are the same sum. */
export function normaliseFigure(value: string): string {
  return value
    .toLowerCase()
    .replace(/[\s,]/g, '')
    .replace(/million$/, 'm')
    .replace(/billion$/, 'bn');
}

/** One token as the terms it is indexed under; none for a stop word. */
export function termsOf(token: string, stopwords: ReadonlySet<string> = STOPWORDS): string[] {
  const word = token
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’-]+$/, '');
  if (MONEY_TOKEN.test(word)) return [normaliseFigure(word), MONEY];
  if (/^\d/.test(word)) return YEAR.test(word) ? [word, DATE] : [normaliseFigure(word)];
  // "May" is a month and a stop word: the stop word wins, and "May 2026" is a date by its year.
  if (word.length < 2 || stopwords.has(word)) return [];
  if (MONTHS.test(word)) return [stem(word), DATE];
  if (DURATION_WORDS.test(word)) return [stem(word), DURATION];
  const spelt = ABBREVIATIONS[word];
  if (spelt) return [word, ...spelt.split(' ').map(stem)];
  return [stem(word)];
}

/**
 * What a passage is indexed under (MiniSearch's `processTerm` for documents). A 300-page pack has
 * a few hundred thousand words but only some thousands of distinct ones, so each is worked out
 * once: stemming every occurrence was most of the cost of building the index.
 */
const known = new Map<string, string[]>();
export function passageTerms(token: string): string[] {
  let terms = known.get(token);
  if (!terms) {
    terms = termsOf(token);
    if (known.size > 100_000) known.clear();
    known.set(token, terms);
  }
  return terms;
}

/**
 * What a question asks for: its terms, without the words every question has. "How much" asks for
 * a sum of money and "when" for a date, so each adds its marker.
 */
export function questionTerms(question: string): string[] {
  const lower = question.toLowerCase();
  const terms = tokenize(question).flatMap((token) => termsOf(token, QUESTION_STOPWORDS));
  if (/\bhow much\b|\bcost\b|\bfaint\b/.test(lower)) terms.push(MONEY);
  if (/\bwhen\b|\bby what date\b|\bpryd\b/.test(lower)) terms.push(DATE);
  if (/\bhow long\b|\bam faint\b/.test(lower)) terms.push(DURATION);
  return [...new Set(terms)];
}

const QUESTION_STOPWORDS: ReadonlySet<string> = new Set([...STOPWORDS, ...QUESTION_WORDS, 'much', 'many']);
