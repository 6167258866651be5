import type { DocumentText, Sentence } from './sentences';

export const DOCUMENT_TYPES = ['agenda', 'minutes', 'decisionRecord', 'report', 'reportsPack', 'supplement', 'other'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const SECTION_KINDS = [
  'recommendations',
  'resolved',
  'reasons',
  'alternatives',
  'financial',
  'legal',
  'purpose',
  'summary',
  'background',
  'keyDecision',
  'wards',
  'risks',
  'attendance',
  'apologies',
  'interests',
  'other',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** A heading's optional paragraph number ("4.", "4.2", "2709."). */
const NUMBER = String.raw`^(?:\d+(?:\.\d+)*\.?\s+)?`;
/** A heading in these words, after its number; `ending` is what may follow them. */
const heading = (words: string, ending = String.raw`:?$`) => new RegExp(`${NUMBER}(?:${words})${ending}`, 'i');

/** Headings council templates use, in the words they use them, in English and Welsh. */
const SECTION_HEADINGS: readonly [SectionKind, RegExp][] = [
  ['recommendations', heading(String.raw`(?:officer\s+)?recommendations?(?:\s+(?:to|for)\s+[\w\s]+)?|argymhelliad|argymhellion(?:\s+[\w\s]+)?`)],
  ['resolved', /^(?:it was\s+)?resolved\b|^penderfynwyd\b|^penderfyniad(?:au)?:?$/i],
  [
    'reasons',
    heading(
      String.raw`reasons?\s+for\s+(?:the\s+)?(?:decision|recommendations?)s?|rhesymau\s+(?:dros|am)(?:\s+y)?\s+(?:penderfyniad|argymhelliad|argymhellion)`,
    ),
  ],
  ['alternatives', heading(String.raw`(?:other\s+)?(?:alternative|options)\b.*|opsiynau\b.*|dewisiadau\s+eraill\b.*`)],
  ['financial', heading(String.raw`financial\s+(?:implications|considerations)|goblygiadau\s+ariannol`, String.raw`\b`)],
  ['legal', heading(String.raw`legal\s+(?:implications|considerations)|goblygiadau\s+cyfreithiol`, String.raw`\b`)],
  ['purpose', heading(String.raw`purpose(?:\s+of\s+(?:the\s+)?report)?|(?:pwrpas|diben)(?:\s+yr\s+adroddiad)?`)],
  ['summary', heading(String.raw`executive\s+summary|summary|introduction|crynodeb(?:\s+gweithredol)?|cyflwyniad`)],
  ['background', heading(String.raw`background|context|issues?|cefndir|cyd-destun`)],
  ['keyDecision', /^key\s+decision\b|^penderfyniad\s+allweddol\b/i],
  ['wards', /^(?:wards?|electoral\s+divisions?|divisions?)\s+affected\b|^wardiau\s+(?:yr\s+effeithir|sy['’]n\s+cael)/i],
  ['risks', heading(String.raw`risks?|risk\s+(?:management|implications)|risgiau|rheoli\s+risg`)],
  // A meeting's formalities: who came, who sent apologies, who declared an interest. Procedure, rarely a key point.
  ['attendance', heading(String.raw`present|members\s+present|in\s+attendance|yn\s+bresennol|aelodau\s+yn\s+bresennol`, String.raw`\s*(?::|$|\s+[–—-]\s)`)],
  ['apologies', heading(String.raw`apologies(?:\s+for\s+absence)?|ymddiheuriadau(?:\s+am\s+absenoldeb)?`, String.raw`\s*(?::|$|\s+[–—-]\s)`)],
  [
    'interests',
    heading(
      String.raw`declarations?\s+of\s+(?:\w+\s+)?interests?|disclosures?\s+of\s+interests?|datganiadau\s+o\s+ddiddordeb|datgan\s+(?:cysylltiad|buddiant)|datganiadau\s+o\s+fuddiant`,
      String.raw`\b`,
    ),
  ],
];

export interface Section {
  kind: SectionKind;
  title: string;
  page: number;
  /** First and last line index (inclusive) of the section body. */
  start: number;
  end: number;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : 0;
};

/**
 * Headings found by their layout, whatever their words: a short line, not ending as a sentence
 * does, set larger than the body text, in another face than the body's (bold), or standing apart
 * with more space above it than the body's lines have (and looking like a title). Templates name their sections in many ways; they
 * set them apart in few. Text without layout (tests, older caches) has no layout headings.
 */
export function layoutHeadings(text: DocumentText): Set<number> {
  // Sections and parts both ask: one pass per document.
  const known = headingsOf.get(text);
  if (known) return known;
  const found = findLayoutHeadings(text);
  headingsOf.set(text, found);
  return found;
}

const headingsOf = new WeakMap<DocumentText, Set<number>>();

function findLayoutHeadings(text: DocumentText): Set<number> {
  const sized = text.lines.filter((line) => line.size !== undefined && line.text.length > 40);
  const found = new Set<number>();
  if (sized.length < 5) return found;
  const bodySize = median(sized.map((line) => line.size!));
  const bodyGap = median(text.lines.map((line) => line.gap ?? 0).filter((gap) => gap > 0));
  // The body's face sets most characters; a short line in another face (bold, usually) at the body's size is emphasis.
  const faces = new Map<string, number>();
  for (const line of sized) if (line.face) faces.set(line.face, (faces.get(line.face) ?? 0) + line.text.length);
  const bodyFace = [...faces].sort((a, b) => b[1] - a[1])[0]?.[0];
  text.lines.forEach((line, index) => {
    const value = line.text.trim();
    if (line.size === undefined || value.length < 3 || value.length > 90 || /[.;,]$/.test(value) || !/^[A-Z0-9(]/.test(value)) return;
    const words = value.split(/\s+/);
    const titleLike = value === value.toUpperCase() || words.filter((word) => /^[A-Z0-9(]/.test(word)).length >= Math.ceil(words.length * 0.6);
    const previous = text.lines[index - 1];
    const next = text.lines[index + 1];
    // The line above ended its sentence (or the line stands after a space): not the tail of a wrapped sentence.
    const startsFresh = !previous || previous.page !== line.page || /[.:;?!)]$/.test(previous.text.trim()) || (line.gap ?? 0) >= bodyGap * 1.3;
    // Set larger than the text that follows it: a paragraph in a larger face is not a heading.
    const larger = line.size >= bodySize * 1.12 && (next === undefined || (next.size ?? 0) < line.size * 0.95 || (next.gap ?? 0) >= bodyGap * 1.3);
    const apart = bodyGap > 0 && (line.gap ?? 0) >= bodyGap * 1.6 && (next?.gap ?? 0) <= bodyGap * 1.6;
    // In another face than the body, and the lines around it are not: a bold paragraph (or a label inside one) is not a heading.
    const emphasised =
      bodyFace !== undefined &&
      line.face !== undefined &&
      line.face !== bodyFace &&
      previous?.face !== line.face &&
      (next === undefined || next.face !== line.face || (next.gap ?? 0) >= bodyGap * 1.3);
    if (startsFresh && titleLike && value.length < 70 && (larger || apart || emphasised)) found.add(index);
  });
  return found;
}

export function findSections(text: DocumentText): Section[] {
  const found: Section[] = [];
  const byLayout = layoutHeadings(text);
  text.lines.forEach((line, index) => {
    const trimmed = line.text.trim();
    if (trimmed.length > 90) return;
    // Known words name the kind; a heading set apart by its layout alone still starts a section, of its own kind.
    const kind = SECTION_HEADINGS.find(([, pattern]) => pattern.test(trimmed))?.[0] ?? (byLayout.has(index) ? 'other' : undefined);
    if (kind) found.push({ kind, title: trimmed.replace(/:$/, ''), page: line.page, start: index + 1, end: text.lines.length - 1 });
  });
  for (let index = 0; index < found.length - 1; index += 1) found[index]!.end = Math.max(found[index]!.start, found[index + 1]!.start - 2);
  // A section runs at most this far: the next heading the patterns do not know usually follows.
  for (const section of found) section.end = Math.min(section.end, section.start + 60);
  return found;
}

/**
 * The section a line is in. Sections come in document order and do not overlap (each ends before
 * the next heading), so the candidate is the last one whose heading is at or above the line:
 * found by binary search, because this is asked for every sentence of a 300-page pack.
 */
export function sectionOf(sections: readonly Section[], line: number): Section | undefined {
  let low = 0;
  let high = sections.length - 1;
  let candidate = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sections[middle]!.start - 1 <= line) {
      candidate = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  const section = sections[candidate];
  return section && line <= section.end ? section : undefined;
}

export interface AgendaItemRange {
  number: string;
  title: string;
  pageStart?: number;
  pageEnd?: number;
}

/**
 * Agenda items from a frontsheet: a number line ("4.") with the title on the next line (or the
 * same one), and a "(Pages 5 to 14)" / "(Pages 15 – 25)" / "(Page 56)" reference in its text.
 */
export function findAgendaItems(text: DocumentText): AgendaItemRange[] {
  const items: AgendaItemRange[] = [];
  const lines = text.lines.slice(0, 400);
  // Item numbers: "4.", "4a." and a community council's running minute numbers ("2709.").
  const NUMBERED = /^(\d{1,2}[a-z]?|\d{3,4})\.\s*(.*)$/;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!.text.trim();
    const numbered = NUMBERED.exec(line);
    if (!numbered || (numbered[2] && numbered[2].length > 110)) continue;
    let title = numbered[2]?.trim() || lines[index + 1]?.text.trim() || '';
    if (!title || /^\d/.test(title)) continue;
    let block = '';
    for (let next = index + 1; next < Math.min(lines.length, index + 10); next += 1) {
      const text = lines[next]!.text.trim();
      if (next > index + 1 && NUMBERED.test(text)) break;
      block += ` ${text}`;
    }
    const pages = /\(Pages?\s+(\d+)(?:\s*(?:to|-|–|—)\s*(\d+))?\)/i.exec(`${title} ${block}`);
    // A contents line ends with its page: "4. Annual complaints report 9".
    const contentsPage = pages ? undefined : /^(.*\S)\s+(\d{1,3})$/.exec(title);
    if (contentsPage) title = contentsPage[1]!;
    title = title
      .replace(/\s*\(Pages?.*$/i, '')
      .replace(/\s*:-?\s*$/, '')
      .replace(/\s*:\s*[^:]*$/, (rest) => (rest.length > 40 ? '' : rest))
      .trim();
    items.push({
      number: numbered[1]!,
      title,
      ...(pages ? { pageStart: Number(pages[1]), pageEnd: Number(pages[2] ?? pages[1]) } : contentsPage ? { pageStart: Number(contentsPage[2]) } : {}),
    });
  }
  // Keep one run of consecutive numbers: the agenda, not stray numbered paragraphs.
  const seen = new Set<string>();
  const unique = items.filter((item) => (seen.has(item.number) ? false : (seen.add(item.number), true)));
  // A contents list numbers its chapters too; an agenda says so, or points items at pages of the pack.
  const saysAgenda = lines.slice(0, 200).some((line) => /^\s*(?:agenda|rhaglen)\s*$/i.test(line.text));
  const withPages = unique.filter((item) => item.pageStart !== undefined).length;
  return saysAgenda || withPages >= 2 ? unique : [];
}

/**
 * What kind of document this is, from how it introduces itself (its first lines) and its
 * structure. The vocabulary covers the templates councils use, in English and Welsh; the title
 * lines decide before anything deeper in the text can.
 */
const TITLE_VOCABULARY: readonly [DocumentType, RegExp][] = [
  // Appendices and plans that are not committee reports, whatever words they borrow.
  [
    'other',
    /equality (?:impact|and inclusion) assessment|\beq(?:i)?a\b|feasibility study|forward plan|work programme|printed plan|notice of (?:anticipated )?key decisions|business case|asesiad effaith|blaenraglen/i,
  ],
  [
    'decisionRecord',
    /decision recording form|record of (?:the )?(?:executive |delegated |officer |cabinet |individual |key )?decisions?|decisions? (?:notice|sheet)|notice of (?:the )?(?:key |executive )?decisions?|decisions? determined at|decisions? (?:of|taken by) the\b|cofnod o benderfyniad|hysbysiad o benderfyniad|penderfyniadau/i,
  ],
  ['minutes', /^minutes\b|\bminutes of (?:the|a|an)\b|^cofnodion\b|cofnodion cyfarfod/i],
  ['supplement', /^supplement(?:ary)?\b.*(?:agenda|pack|information)|\bsupplementary (?:agenda|pack|information)\b|^atodiad/i],
  ['agenda', /you are (?:hereby )?summoned|notice (?:is hereby given )?of (?:a |the )?meeting|^agenda$|^rhaglen$|fe'?ch gwysir/i],
  ['report', /^committee report$|^report (?:of|to|by)\b|^report author|^purpose of (?:the )?report|^subject:|^meeting:|^title of report|^adroddiad\b/i],
];

export function classifyDocument(text: DocumentText, sections: readonly Section[], items: readonly AgendaItemRange[], pageCount: number): DocumentType {
  const title = text.lines.slice(0, 10).map((line) => line.text.trim());
  const head = text.lines
    .slice(0, 80)
    .map((line) => line.text)
    .join('\n');
  const all = (kind: string) => sections.filter((section) => section.kind === kind).length;
  const reportMarkers = all('recommendations') + all('purpose') + all('financial');
  // A pack: an agenda whose items point at later pages of the same file.
  if (items.length >= 3 && items.filter((item) => item.pageStart !== undefined && item.pageStart > 1).length >= 2 && pageCount > 3) return 'reportsPack';
  for (const [type, pattern] of TITLE_VOCABULARY) if (title.some((line) => pattern.test(line))) return type;
  if (/^(?:present|members present|yn bresennol)\s*:?/im.test(head) && (all('resolved') >= 1 || /minutes/i.test(head))) return 'minutes';
  if (items.length >= 3 && (pageCount > 8 || reportMarkers >= 2)) return 'reportsPack';
  if (items.length >= 3) return 'agenda';
  if (reportMarkers >= 1 || /report of|report to|executive summary|officer recommendations/i.test(head)) return 'report';
  return 'other';
}

export type { Sentence };
