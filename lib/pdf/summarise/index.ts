import { isRestricted } from './restricted';
import type { PageLines } from '../lines';
import { type ContentiousnessEstimate, estimateContentiousness } from './contentiousness';
import { extractKeyFacts, type KeyFact, rankFacts } from './facts';
import { type AboutDecision, aboutDecision } from './about';
import { isTemplateBoilerplate } from './boilerplate';
import { findPublicForum, isPetitionRecord, type PublicForum } from './public';
import { findParts, type FoundParts, squash } from './decisions';
import { rankSentences } from './rank';
import { findVotes, type RecordedVote } from './votes';
import { type Declarations, findDeclarations } from './declarations';
import { findSayRules, type SayRule } from '../../page/have-your-say';
import { documentText, type DocumentText } from './sentences';
import {
  type AgendaItemRange,
  classifyDocument,
  type DocumentType,
  findAgendaItems,
  findSections,
  type Section,
  type SectionKind,
  sectionOf,
} from './structure';

/**
 * The deterministic, on-device summariser (the default tier: nothing leaves the device).
 * Recommendations and RESOLVED blocks are taken verbatim, because officers' own words are what
 * a councillor or journalist needs and what later becomes the decision; the rest is ranked.
 * Everything carries the PDF page it came from.
 */

export interface Cited {
  text: string;
  page: number;
}

export interface DocumentSummary {
  documentType: DocumentType;
  pages: number;
  sections: { title: string; kind: SectionKind; page: number }[];
  items: { number: string; title: string; pageStart?: number; pageEnd?: number }[];
  recommendations: Cited[];
  /** Statements, questions and petitions from the public: counted, and never used as key points. */
  publicForum?: PublicForum;
  /** Who decides, when, its reference, whether it is a key decision and its call-in deadline, where the document states them. */
  about: AboutDecision;
  /** What was decided (records of decision, minutes): every part verbatim, with its agenda item where known. */
  decisions: (Cited & { item?: string; itemTitle?: string; vote?: string })[];
  /** Recorded votes (minutes): counts and named lists per item, as written, with mismatches flagged. */
  votes: RecordedVote[];
  /** The declarations of interest the document records, or that it records none. */
  declarations?: Declarations;
  /** Deadlines the document states for the public's questions, statements, petitions or speaking ("by 5pm, 3 clear working days before the meeting"). */
  sayRules?: SayRule[];
  keyFacts: KeyFact[];
  summary: Cited[];
  contentiousness: ContentiousnessEstimate;
  /** Marked exempt from publication or confidential: never sent to a remote AI endpoint. */
  restricted: boolean;
  /** The document's language, from its most common words: Welsh ('cy') or English ('en'). */
  language: 'en' | 'cy';
  tier: 'extractive';
}

/**
 * What this summariser's output holds, for the cache: an entry kept by an older Council Lens
 * (before votes and declarations were read) is read again rather than shown without them.
 */
export const SUMMARY_VERSION = 2;

/** Weights for ranking: what officers put in these sections is what readers need. */
const SECTION_WEIGHT: Partial<Record<SectionKind, number>> = {
  recommendations: 1.6,
  resolved: 1.6,
  summary: 1.5,
  purpose: 1.4,
  reasons: 1.3,
  financial: 1.1,
  alternatives: 1.0,
  background: 0.9,
  legal: 0.6,
  risks: 0.6,
  // Who came, who sent apologies, who declared an interest: the record needs them, a reader's summary rarely does.
  attendance: 0.3,
  apologies: 0.3,
  interests: 0.4,
};

/** Sentences that are template boilerplate in nearly every council document. */
const BOILERPLATE =
  /webcast|filmed|recording of meetings|public gallery|social media|youtube|standing orders|accessibility|please (?:contact|let us know)|fire alarm|mobile phones|www\.|https?:\/\/|@|tel(?:ephone)?:|copies of (?:this|the) agenda|data protection|GDPR|the chair to welcome|to receive any apologies|disclosable pecuniary/i;

/**
 * A heading in text that has lost its formatting: a minute reference ("CYP06 PUBLIC
 * INVOLVEMENT"), a line in capitals, or a short numbered title ("3. Background").
 */
function looksLikeHeading(line: string): boolean {
  if (/^[A-Z]{2,6}\s?\d{1,3}\b/.test(line)) return true;
  const letters = line.replace(/[^A-Za-z]/g, '');
  if (letters.length >= 8 && letters === letters.toUpperCase()) return true;
  return /^\d{1,2}\.?\s+[A-Z][A-Za-z’'&,-]*(?:\s+[A-Za-z’'&,-]+){0,7}$/.test(line) && !/[.;:]$/.test(line);
}

const WELSH_WORDS = /\b(?:y|yr|yn|ac|ar|gan|wedi|bod|mae|ei|eu|gyda|hefyd|fel|hyn|cyngor|cyfarfod|cofnodion|penderfynwyd|cytunwyd|ynghylch)\b/gi;
const ENGLISH_WORDS = /\b(?:the|and|of|to|in|is|that|for|was|be|with|on|by|this|council|meeting|minutes|resolved|agreed)\b/gi;

/** Welsh when its common words outnumber English ones; a bilingual document counts as the language it has more of. */
export function languageOf(text: string): 'en' | 'cy' {
  return (text.match(WELSH_WORDS)?.length ?? 0) > (text.match(ENGLISH_WORDS)?.length ?? 0) * 1.2 ? 'cy' : 'en';
}

/** A leading list marker or paragraph number: "1.", "2.3", "(a)", "a)", "•", "-". */
const LIST_MARKER = /^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|\(?[a-z]\)|\([ivx]+\)|[•▪◦·-])\s+(?=[A-Z(£0-9])/;
/** A decision form's own labels, run together by the text layer: "(a) Subject: … (b) Ward: (c) Declarations of interest:". */
const FORM_LABELS =
  /\([a-h]\)\s+(?:subject|ward|declarations? of interest|decision(?:s)? taken|exempt information|decision made in exempt session|additional information|reason for decision)\b/i;

const SENTENCE_START = /^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+|\(?[a-z]\)\s+|[•▪◦·-]\s+)?["“‘'(]?[A-Z0-9£]/;
const SENTENCE_END = /[.?!]["”’')\]]*$/;
const LIST_LINE = /^\s*(?:[•●▪◦‣\-–*]|\d{1,2}[.)]|\(?[a-z]\))\s+/;

/** Starts as a sentence does (after any list marker), and ends as one does, or is a list item that needs no full stop. */
export function isWholeSentence(sentence: string, firstLine: string): boolean {
  const text = sentence.trim();
  if (!SENTENCE_START.test(text)) return false;
  return SENTENCE_END.test(text) || (LIST_LINE.test(firstLine) && text.length < 300);
}

/** A run of numbered rows ("39 Andrew Lewis Air Pollution 40 Hannah Craven …"): a table, not a sentence. */
function looksLikeTableRows(text: string): boolean {
  return (text.match(/(?:^|\s)\d{1,3}\s+[A-Z][a-z]+\s+[A-Z][a-z’'-]+/g) ?? []).length >= 3;
}

export interface SummariseOptions {
  /** Summary sentences to pick. */
  sentences?: number;
  /** Characters read at most; the rest of a huge document is ignored. */
  maxCharacters?: number;
}

function verbatimBlocks(text: ReturnType<typeof documentText>, sections: readonly Section[], kinds: readonly SectionKind[]): Cited[] {
  const blocks: Cited[] = [];
  for (const section of sections.filter((candidate) => kinds.includes(candidate.kind))) {
    const body: string[] = [];
    let page = section.page;
    const resolvedInline = section.kind === 'resolved' ? text.lines[section.start - 1]?.text.replace(/^(it was\s+)?resolved\s*(that)?:?\s*/i, '').trim() : '';
    if (resolvedInline) body.push(resolvedInline);
    for (let index = section.start; index <= section.end && index < text.lines.length; index += 1) {
      const line = text.lines[index]!;
      // The block ends where the next heading starts: text stripped of blank lines has no other sign.
      if (body.length > 0 && looksLikeHeading(line.text.trim())) break;
      if (body.length === 0) page = line.page;
      body.push(line.text.trim());
      if (body.join(' ').length > 1200) break;
    }
    const joined = body
      .join(' ')
      .replace(/\s+/g, ' ')
      .replace(/(\w)- (\w)/g, '$1$2')
      .replace(/^[–—-]\s*/, '')
      .trim();
    if (joined.length > 20 && !blocks.some((block) => block.text === joined)) blocks.push({ text: joined, page });
  }
  return blocks;
}

export function summariseDocument(pages: readonly PageLines[], options: SummariseOptions = {}): DocumentSummary {
  return readDocument(pages, options).summary;
}

/** A document read once: its summary, and the text and parts it was made from (for the question index, lib/pdf/ask/). */
export interface ReadDocument {
  summary: DocumentSummary;
  text: DocumentText;
  parts: FoundParts;
}

export function readDocument(pages: readonly PageLines[], options: SummariseOptions = {}): ReadDocument {
  const text = documentText(pages, options.maxCharacters ?? 5_000_000);
  const sections = findSections(text);
  const items: AgendaItemRange[] = findAgendaItems(text);
  const documentType = classifyDocument(text, sections, items, pages.length);
  const parts = findParts(text, { minutesIdioms: documentType === 'minutes' });
  // What the vocabulary finds, part by part; the section reader stays as a fallback for templates it does not know.
  // `recommendations` keeps its meaning for the CLI and the AI digest: every verbatim part, recommended or decided, in document order.
  const recommendations = parts.all.length
    ? parts.all.map(({ text, page }) => ({ text, page }))
    : verbatimBlocks(text, sections, ['recommendations', 'resolved']);
  const decisions = parts.decisions;

  const sentences = text.sentences;
  // The items an entry may concern: the agenda's, and the minutes' own numbered headings over what they resolved.
  const knownItems = [...items, ...decisions.flatMap((part) => (part.item && part.itemTitle ? [{ number: part.item, title: part.itemTitle }] : []))];
  const publicForum = findPublicForum(text, knownItems);
  const forumLines = publicForum?.lines;
  const fromThePublic = (line: number) => forumLines !== undefined && line >= forumLines.start && line <= forumLines.end;
  // A key point never repeats a part already quoted, and is never a form's labels.
  // A sentence read from the lines a part was quoted from repeats it (by line, so this stays linear on huge packs).
  const repeatsAPart = (line: number) => parts.quotedLines.has(line);
  const weightOf = (index: number): number => {
    const sentence = sentences[index]!;
    // The public's words are never the council's: nothing from the public forum is a key point.
    if (fromThePublic(sentence.line) || isPetitionRecord(sentence.text)) return 0;
    // A whole sentence only: one that starts as a sentence does and ends as one does (or is a list item's
    // own line). Text that columns or a table broke apart starts in lower case or stops mid-phrase.
    if (!isWholeSentence(sentence.text, text.lines[sentence.line]?.text ?? '')) return 0;
    if (
      BOILERPLATE.test(sentence.text) ||
      isTemplateBoilerplate(sentence.text) ||
      FORM_LABELS.test(sentence.text) ||
      looksLikeTableRows(sentence.text) ||
      repeatsAPart(sentence.line) ||
      sentence.text.length < 40 ||
      sentence.text.length > 600
    )
      return 0;
    const section = sectionOf(sections, sentence.line);
    const sectionWeight = section ? (SECTION_WEIGHT[section.kind] ?? 1) : 1;
    // Earlier pages of a report say what it is about; the weight fades gently.
    const position = 1 / (1 + sentence.page / Math.max(10, pages.length));
    return sectionWeight * (0.6 + position);
  };
  // Computed once: the ranker asks for weights inside its sorting.
  const weights = sentences.map((_, index) => weightOf(index));
  const weight = (index: number) => weights[index] ?? 0;
  const picked = rankSentences(
    sentences.map((sentence) => sentence.text),
    { pick: options.sentences ?? Math.min(8, Math.max(3, Math.round(pages.length / 4))), weight },
  );
  const recommendationText = [...recommendations, ...decisions].map((block) => block.text).join(' ');
  const keySentences = picked
    .map((index) => sentences[index]!)
    .filter((sentence) => !recommendationText.includes(sentence.text))
    // Whole sentences, with their list marker or paragraph number tidied away.
    .map((sentence) => ({ text: sentence.text.replace(LIST_MARKER, ''), page: sentence.page }))
    // The same line on every page of a form (or under every agenda item) is said once.
    .filter((sentence, index, all) => all.findIndex((other) => squash(other.text) === squash(sentence.text)) === index);

  const declarations = findDeclarations(text.lines);
  // The public's deadlines are in a frontsheet's notes: the first pages are enough, page by page so each rule cites its page.
  const sayRules = pages
    .slice(0, 12)
    .flatMap((page) => findSayRules(page.lines.join('\n')).map((rule) => ({ ...rule, page: page.page })))
    .slice(0, 10);
  const result: DocumentSummary = {
    documentType,
    pages: pages.length,
    sections: sections.map((section) => ({ title: section.title, kind: section.kind, page: section.page })),
    items: items.map((item) => ({ ...item })),
    recommendations,
    about: aboutDecision(text),
    ...(publicForum ? { publicForum } : {}),
    decisions,
    votes: findVotes(text),
    ...(sayRules.length ? { sayRules } : {}),
    ...(declarations ? { declarations } : {}),
    keyFacts: rankFacts(extractKeyFacts(sentences), (line) => parts.quotedLines.has(line)),
    summary: keySentences,
    contentiousness: estimateContentiousness(sentences),
    restricted: text.lines.some((line) => isRestricted(line.text)),
    language: languageOf(
      text.lines
        .slice(0, 400)
        .map((line) => line.text)
        .join(' '),
    ),
    tier: 'extractive',
  };
  return { summary: result, text, parts };
}
