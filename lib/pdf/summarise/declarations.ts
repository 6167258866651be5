/**
 * Declarations of interest, from a meeting's declarations item (minutes, or the web service's
 * minutes for that item): who declared, what kind of interest, and the item it concerns, so the
 * sidebar can mark the attendee. An agenda's standing invitation to declare is not a declaration.
 */

export interface Declaration {
  /** The people who declared, as named ("Hayward", "Sarah Hayward", "Chair"), without "Councillor". */
  who: string[];
  /** The agenda item or minute it concerns, where stated ("re 2718", "item 7"). */
  item?: string;
  /** The kind of interest as stated ("personal", "prejudicial", "disclosable pecuniary"…). */
  kind?: string;
  /** The minutes' own words, quoted. */
  text: string;
  page: number;
}

export interface Declarations {
  page: number;
  /** The minutes record that none were made. */
  none: boolean;
  entries: Declaration[];
}

const HEADING =
  /^(?:\d{1,4}\.?\s+)?(?:(?:declarations?|disclosures?)\s+of\s+(?:(?:disclosable\s+)?(?:pecuniary|personal|other|members'?|party\s+whip)\s+)?interests?|datganiadau?\s+o\s+ddiddordeb(?:\s+personol)?|datgan\s+buddiant)\b\s*(?:[:.,\u2013\u2014-]\s*)?/i;
const NONE =
  /^(?:there\s+(?:were|was)\s+(?:none|no\s+(?:declarations?|interests?)(?:\s+of\s+interest)?(?:\s+declared)?)|none(?:\s+(?:were\s+)?(?:declared|received|made))?|nil|no\s+declarations?\b.*|no\s+interests?\s+(?:were\s+)?declared|dim(?:\s+un)?|ni\s+(?:chafwyd|wnaed)\s+unrhyw\s+ddatganiad)/i;
const STANDING_INVITATION =
  /\b(?:to\s+receive|members\s+(?:are|were)\s+(?:advised|asked|reminded|invited)|may\s+make\s+their\s+declaration|if\s+a\s+member\s+believes|declaration\s+forms)\b/i;
/**
 * The minute a line opens ("3 Declarations of Interest", "2712. …"): enough to find where the item
 * ends. Kept apart from the summariser's own item reader so the sidebar can use this file alone.
 */
const minuteOf = (text: string) => /^(\d{1,4})\.?\s+[A-Z]/.exec(text)?.[1];
const KIND = /\b(disclosable\s+pecuniary|other\s+registrable|non[-\s]registrable|non[-\s]pecuniary|pecuniary|prejudicial|personal|registrable|sensitive)\b/i;
const NAME = `[A-Z][\\w'’-]+(?:\\s+[A-Z][\\w'’-]+){0,2}`;
const COUNCILLORS = new RegExp(
  `\\b(?:Councillors?|Cllrs?\\.?|Cynghorwyr|Cynghorydd)\\s+(${NAME}(?:\\s*(?:,|&|\\band\\b|\\ba\\b)\\s*(?:(?:Councillors?|Cllrs?\\.?)\\s+)?${NAME})*)`,
  'g',
);
const SUBJECT = new RegExp(`^(?:The\\s+((?:Vice[-\\s])?Chair(?:man)?|Mayor|Leader)|(${NAME}))\\s+(?:declared|indicated|disclosed|noted|reported|advised)\\b`);
const ITEM =
  /\b(?:(?:agenda\s+(?:items?\s+)?|items?\s+)(\d{1,4}[a-z]?)|re:?\s+(?:minute\s+)?(\d{1,4}[a-z]?)\b|minute\s+(?:no\.?\s+)?(\d{1,4}[a-z]?)|eitem\s+(\d{1,4}[a-z]?))/i;

function namesOf(sentence: string): string[] {
  const names: string[] = [];
  for (const match of sentence.matchAll(COUNCILLORS))
    for (const name of match[1]!.split(/\s*(?:,|&|\band\b|\ba\b)\s*/)) {
      const bare = name.replace(/^(?:Councillors?|Cllrs?\.?)\s+/, '').trim();
      if (bare && !/^(?:re|The|In|On)$/.test(bare)) names.push(bare);
    }
  const subject = SUBJECT.exec(sentence);
  if (subject) names.unshift(subject[1] ? subject[1].replace(/man$/, '') : subject[2]!.replace(/^(?:Councillors?|Cllrs?\.?)\s+/, ''));
  return [...new Set(names)];
}

/** The declarations item's lines, wherever it sits in the document: the first one that records declarations, or none. */
export function findDeclarations(lines: readonly { text: string; page: number }[]): Declarations | undefined {
  for (let index = 0; index < lines.length; index += 1) {
    const heading = HEADING.exec(lines[index]!.text.trim());
    if (!heading) continue;
    const headingItem = minuteOf(lines[index]!.text.trim());
    const body: { text: string; page: number }[] = [];
    const rest = lines[index]!.text.trim().slice(heading[0].length).trim();
    if (rest) body.push({ text: rest, page: lines[index]!.page });
    for (let next = index + 1; next < Math.min(lines.length, index + 14); next += 1) {
      const text = lines[next]!.text.trim();
      const number = minuteOf(text);
      if ((number && number !== headingItem) || HEADING.test(text)) break;
      body.push({ text, page: lines[next]!.page });
    }
    const joined = body
      .map((line) => line.text)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (!joined || STANDING_INVITATION.test(joined.slice(0, 160))) continue;
    const page = body[0]?.page ?? lines[index]!.page;
    if (NONE.test(joined)) return { page, none: true, entries: [] };
    const entries: Declaration[] = [];
    for (const sentence of joined.split(/(?<=[.;])\s+(?=[A-Z])/)) {
      const who = namesOf(sentence);
      if (who.length === 0) continue;
      const item = ITEM.exec(sentence);
      const kind = KIND.exec(sentence)?.[1]?.toLowerCase().replace(/\s+/g, ' ');
      const itemNumber = item?.slice(1).find(Boolean);
      const lineOf = body.find((line) => line.text.includes(sentence.slice(0, 20)));
      entries.push({ who, ...(itemNumber ? { item: itemNumber } : {}), ...(kind ? { kind } : {}), text: sentence, page: lineOf?.page ?? page });
    }
    if (entries.length) return { page, none: false, entries };
  }
  return undefined;
}

/** Whether a name the minutes give ("Hayward", "Sarah Hayward", "Cllr Hayward") is this person: by surname, or by every name given. */
export function sameCouncillor(namedInMinutes: string, person: string): boolean {
  const words = person
    .replace(/\b(?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr|MBE|OBE|CBE|JP)\b\.?/g, ' ')
    .replace(/\([^)]*\)/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const surname = words.at(-1)?.toLowerCase();
  if (!surname) return false;
  const parts = namedInMinutes.toLowerCase().split(/\s+/);
  return parts.at(-1) === surname && (parts.length === 1 || parts.every((part) => words.some((word) => word.toLowerCase() === part)));
}

/** Whether this attendee is among those who made a declaration. */
export function declaredBy(declaration: Pick<Declaration, 'who'>, attendeeName: string): boolean {
  return declaration.who.some((name) => sameCouncillor(name, attendeeName));
}
