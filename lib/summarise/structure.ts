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
  'other',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** Headings council templates use, in the words they use them. */
const SECTION_HEADINGS: readonly [SectionKind, RegExp][] = [
  ['recommendations', /^(\d+(\.\d+)*\.?\s+)?recommendations?(\s+(to|for)\s+[\w\s]+)?:?$/i],
  ['resolved', /^(it was\s+)?resolved\b/i],
  ['reasons', /^(\d+(\.\d+)*\.?\s+)?reasons?\s+for\s+(the\s+)?(decision|recommendations?)s?:?$/i],
  ['alternatives', /^(\d+(\.\d+)*\.?\s+)?(other\s+)?(alternative|options)\b.*(considered|rejected)?:?$/i],
  ['financial', /^(\d+(\.\d+)*\.?\s+)?financial\s+(implications|considerations)\b/i],
  ['legal', /^(\d+(\.\d+)*\.?\s+)?legal\s+(implications|considerations)\b/i],
  ['purpose', /^(\d+(\.\d+)*\.?\s+)?purpose(\s+of\s+(the\s+)?report)?:?$/i],
  ['summary', /^(\d+(\.\d+)*\.?\s+)?(executive\s+summary|summary|introduction)\b:?$/i],
  ['background', /^(\d+(\.\d+)*\.?\s+)?(background|context|issues?)\b:?$/i],
  ['keyDecision', /^key\s+decision\b/i],
  ['wards', /^(wards?|electoral\s+divisions?|divisions?)\s+affected\b/i],
  ['risks', /^(\d+(\.\d+)*\.?\s+)?(risks?|risk\s+(management|implications))\b:?$/i],
];

export interface Section {
  kind: SectionKind;
  title: string;
  page: number;
  /** First and last line index (inclusive) of the section body. */
  start: number;
  end: number;
}

export function findSections(text: DocumentText): Section[] {
  const found: Section[] = [];
  text.lines.forEach((line, index) => {
    const trimmed = line.text.trim();
    if (trimmed.length > 90) return;
    const kind = SECTION_HEADINGS.find(([, pattern]) => pattern.test(trimmed))?.[0];
    if (kind) found.push({ kind, title: trimmed.replace(/:$/, ''), page: line.page, start: index + 1, end: text.lines.length - 1 });
  });
  for (let index = 0; index < found.length - 1; index += 1) found[index]!.end = Math.max(found[index]!.start, found[index + 1]!.start - 2);
  // A section runs at most this far: the next heading the patterns do not know usually follows.
  for (const section of found) section.end = Math.min(section.end, section.start + 60);
  return found;
}

export function sectionOf(sections: readonly Section[], line: number): Section | undefined {
  let match: Section | undefined;
  for (const section of sections) if (section.start - 1 <= line && line <= section.end) match = section;
  return match;
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
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!.text.trim();
    const numbered = /^(\d{1,2}[a-z]?)\.?\s*(.*)$/.exec(line);
    if (!numbered || !/^\d{1,2}[a-z]?\.\s*/.test(line) || (numbered[2] && numbered[2].length > 90)) continue;
    const title = numbered[2]?.trim() || lines[index + 1]?.text.trim() || '';
    if (!title || /^\d/.test(title)) continue;
    let block = '';
    for (let next = index + 1; next < Math.min(lines.length, index + 10); next += 1) {
      const text = lines[next]!.text.trim();
      if (next > index + 1 && /^\d{1,2}[a-z]?\.\s*/.test(text)) break;
      block += ` ${text}`;
    }
    const pages = /\(Pages?\s+(\d+)(?:\s*(?:to|-|–|—)\s*(\d+))?\)/i.exec(block);
    items.push({ number: numbered[1]!, title: title.replace(/\s*\(Pages?.*$/i, ''), ...(pages ? { pageStart: Number(pages[1]), pageEnd: Number(pages[2] ?? pages[1]) } : {}) });
  }
  // Keep one run of consecutive numbers: the agenda, not stray numbered paragraphs.
  const seen = new Set<string>();
  const unique = items.filter((item) => (seen.has(item.number) ? false : (seen.add(item.number), true)));
  // A contents list numbers its chapters too; an agenda says so, or points items at pages of the pack.
  const saysAgenda = lines.slice(0, 200).some((line) => /^\s*agenda\s*$/i.test(line.text));
  const withPages = unique.filter((item) => item.pageStart !== undefined).length;
  return saysAgenda || withPages >= 2 ? unique : [];
}

export function classifyDocument(text: DocumentText, sections: readonly Section[], items: readonly AgendaItemRange[], pageCount: number): DocumentType {
  const head = text.lines.slice(0, 80).map((line) => line.text).join('\n');
  const all = (kind: string) => sections.filter((section) => section.kind === kind).length;
  if (/\bsupplement(ary)?\b/i.test(head) && /agenda|pack/i.test(head)) return 'supplement';
  if (/record of (the )?(executive |delegated |officer )?decision|decision notice|notice of (key )?decision/i.test(head)) return 'decisionRecord';
  const reportMarkers = all('recommendations') + all('purpose') + all('financial');
  if (items.length >= 3 && (pageCount > 8 || reportMarkers >= 2 || items.some((item) => item.pageStart !== undefined && item.pageStart > 2))) return 'reportsPack';
  if (/\bminutes of (the|a) meeting\b|^present:/im.test(head) || (all('resolved') >= 2 && /minutes/i.test(head))) return 'minutes';
  if (items.length >= 3) return 'agenda';
  if (reportMarkers >= 1 || /report of|report to|executive summary/i.test(head)) return 'report';
  return 'other';
}

export type { Sentence };
