import type { DocumentLine, DocumentText, Sentence } from './sentences';
import { splitSentences } from './sentences';

/**
 * The public's part of a meeting: statements, questions, petitions and deputations. These are
 * residents' words, not the council's, so they are never key points. Each is an attributed
 * entry (who, about what, which agenda item, the council's response where the minutes record
 * one), counted, with what the titles say for or against, and the topic most of them share.
 */

export type PublicEntryKind = 'statement' | 'question' | 'petition';

export interface PublicEntry {
  kind: PublicEntryKind;
  /** The references the minutes give it ("01", "06, 07 & 08"). */
  refs?: string;
  /** Who submitted it, as the minutes name them (with their group where it is written beside the name). */
  who: string;
  /** Its title in the minutes: the gist, in the public's own words. */
  about?: string;
  /** The agenda item it concerns, where it says so or its title names that item's subject. */
  item?: string;
  /** For or against, where the title says so. */
  stance?: 'support' | 'oppose';
  /** The council's answer, where the minutes record one: its first sentences. */
  response?: { text: string; page: number };
  /** A petition's signatures, where stated. */
  signatures?: number;
  page: number;
}

export interface PublicTopic {
  /** What most entries are about ("South Bristol Liveable Neighbourhood (SBLN)"). */
  name: string;
  kind: PublicEntryKind;
  count: number;
  support: number;
  oppose: number;
}

export interface PublicForum {
  page: number;
  statements?: { count: number; support: number; oppose: number };
  questions?: { count: number };
  petitions?: { count: number };
  /** One per statement, question or petition the minutes list, in their order. */
  entries: PublicEntry[];
  /** For each kind, the subject a good share of them have in common, where one stands out. */
  topics: PublicTopic[];
  /** Lines (by index into the document) the public section spans: no key point comes from here. */
  lines?: { start: number; end: number };
}

const HEADING =
  /^(?:\d{1,3}\.?\s+)?(?:public\s+forum|public\s+participation|public\s+questions?|questions?\s+from\s+(?:the\s+)?(?:public|members\s+of\s+the\s+public)|items?\s+from\s+the\s+public|public\s+statements?|deputations?|fforwm\s+cyhoeddus|cyfranogiad\s+y\s+cyhoedd|cwestiynau\s+gan\s+y\s+cyhoedd)\b[^.]{0,40}$/i;
/** A sub-heading that opens one kind of entry: "Public Statements", "Public Forum Questions:", "Deisebau". */
const SUB_HEADING = /^(?:public\s+(?:forum\s+)?)?(statements?|questions?|petitions?|deputations?|datganiadau|cwestiynau|deisebau)\b\s*:?\s*$/i;
const SUB_HEADING_WORDS = /^(?:public\s+(?:petitions?|statements?|forum\s+questions?|questions?)|statements?|questions?|petitions?)\b/i;
const COUNT = (what: string) =>
  new RegExp(`\\b(?:a\\s+total\\s+of\\s+)?(\\d{1,4})\\s+(?:public\\s+)?${what}\\s+(?:were|was|had\\s+been)\\s+(?:received|submitted)`, 'i');
const ROW_WITH_NAME = /^\d{1,3}\s+[A-Z][a-z]+\s+[A-Z][a-z’'-]+\s/;
const OPPOSE = /\b(?:against|oppos\w*|objections?|object\w*|stop|halt|scrap|not\s+needed|unfair|concerns?|dangerous|discriminatory|no\s+to)\b/i;
const SUPPORT = /\b(?:support\w*|in\s+favour|welcome\w*)\b/i;

/** A table row: its references, then the rest ("06, 07 & 08 David Redgewell Transport issues"). */
const ROW = /^(\d{1,3}[a-z]?(?:\s*(?:,|&|and)\s*\d{1,3}[a-z]?)*)(?:\s*[,&])?\s+([A-Z].*)$/;
/** "Question 1 - Nigel Bryant - Noise Levels on Anchor Road": kind, references, who, title. */
const DASHED_ROW =
  /^([Qq]uestions?|[Ss]tatements?|[Pp]etitions?|QUESTIONS?|STATEMENTS?|PETITIONS?)\s+(\d{1,3}[a-z]?(?:\s*(?:,|&|and)\s*\d{1,3}[a-z]?)*(?:\s+[A-Z](?:\s*,\s*[A-Z])*)?)\s+[-–—]\s+(.+?)(?:\s+[-–—]\s+(.+))?$/;
/** "Statement from Jane Doe: Bus lanes", "Question 3 by Cllr Smith", "Cwestiwn gan …". */
const FROM_ROW =
  /^(questions?|statements?|petitions?|cwestiwn|datganiad|deiseb)\s+(?:(\d{1,3}[a-z]?)\s+)?(?:from|by|submitted\s+by|gan)\s+(.{3,80}?)(?:\s*(?::|\s[-–—])\s*(.*))?$/i;
/** The council's answer, introduced: "Response:", "Answer –", "Reply:", "Ymateb:". */
const REPLY = /^(?:the\s+)?(?:response|answer|reply|ymateb|ateb)\b(?:\s+(?:from|by|gan)\s+[^:]{3,60})?\s*[:–—-]\s*(.*)$/i;
/** Table headers: "Ref No Name Title", "Ref", "No". */
const TABLE_HEADER = /^(?:ref\.?(?:\s+no\.?)?|no\.?)(?:\s+(?:name|title|subject|topic))*$/i;
const HONORIFIC = /^(?:cllr|councillor|dr|revd?|mr|mrs|ms|miss|mx|prof(?:essor)?|sir|dame|lord|lady)\.?$/i;
const NAME_WORD = /^[A-Z][\p{L}’'-]+,?$/u;
const SURNAME_PARTICLE = /^(?:de|di|da|du|van|von|der|den|le|la|ap|mac|st)$/i;

function kindOf(word: string): PublicEntryKind {
  const lower = word.toLowerCase();
  if (/^(?:question|cwestiw|cwestiynau)/.test(lower)) return 'question';
  if (/^(?:petition|deiseb)/.test(lower)) return 'petition';
  return 'statement';
}

function stanceOf(title: string | undefined): PublicEntry['stance'] {
  if (!title) return undefined;
  if (OPPOSE.test(title)) return 'oppose';
  if (SUPPORT.test(title)) return 'support';
  return undefined;
}

/**
 * Who and what, from a row whose columns were lost: the name is its honorifics, initials and
 * a given name and surname; the title is the rest. Used only where pdf.js gave no cells.
 */
export function splitNameAndTitle(rest: string): { who: string; about?: string } {
  const words = rest.split(/\s+/);
  let index = 0;
  while (index < words.length && HONORIFIC.test(words[index]!)) index += 1;
  let initials = 0;
  while (index < words.length && /^[A-Z]\.?$/.test(words[index]!)) {
    index += 1;
    initials += 1;
  }
  let names = 0;
  let wanted = initials ? 1 : 2;
  while (index < words.length && names < wanted && NAME_WORD.test(words[index]!)) {
    const word = words[index]!;
    index += 1;
    names += 1;
    if (word.endsWith(',')) break;
    // "Barry and Lynne Pentlow": two people, one surname.
    if (names === 1 && /^(?:and|&)$/.test(words[index] ?? '') && NAME_WORD.test(words[index + 1] ?? '')) {
      index += 1;
      wanted = 3;
    }
    // Middle initials: "Philippa A Nason".
    while (index < words.length && /^[A-Z]\.?$/.test(words[index]!) && names === 1) index += 1;
    if (SURNAME_PARTICLE.test(word) && index < words.length) index += 1;
  }
  if (names === 0) return { who: rest };
  const who = words.slice(0, index).join(' ').replace(/,$/, '');
  const about = words
    .slice(index)
    .join(' ')
    .replace(/^[-–—,]\s*/, '')
    .trim();
  return about ? { who, about } : { who };
}

/** A heading-free line of prose ends a table: tables do not say "were", "was" or "had". */
function isProse(value: string): boolean {
  return value.length > 45 && /\b(?:were|was|had|has|have|will|would|been|is being|asked|received|confirmed|attended)\b/.test(value) && !/^\d/.test(value);
}

function appendTo(entry: PublicEntry, field: 'who' | 'about', value: string): void {
  const joined = `${entry[field] ?? ''} ${value}`.trim().replace(/(\w)- (\w)/g, '$1-$2');
  entry[field] = joined;
}

interface Columns {
  /** Where the name column starts (pt), from the table's rows. */
  nameX?: number;
  /** Where the title column starts (pt), from the table's header or its rows. */
  titleX?: number;
}

const REFS_ONLY = /^\d{1,3}[a-z]?(?:\s*(?:,|&|and)\s*\d{1,3}[a-z]?)*\s*[,&]?$/;

/**
 * A row read by its cells, where pdf.js set the columns apart. "continuation" is a line whose
 * only new cell under the name column is a wrapped reference ("14", then the title's next words).
 */
function rowFromCells(line: DocumentLine, columns: Columns): { who: string; about?: string } | 'continuation' | undefined {
  const cells = line.cells;
  if (!cells || cells.length < 2) return undefined;
  const refsApart = REFS_ONLY.test(cells[0]!.text);
  const contents = cells
    .map((cell, index) => ({
      x: cell.x,
      text: index === 0 ? cell.text.replace(/^\d{1,3}[a-z]?(?:\s*(?:,|&|and)\s*\d{1,3}[a-z]?)*\s*[,&]?\s*/, '') : cell.text,
    }))
    .filter((cell) => cell.text);
  if (contents.length === 0) return undefined;
  const first = contents[0]!;
  if (refsApart && columns.nameX !== undefined && first.x > columns.nameX + 60) return 'continuation';
  columns.nameX ??= first.x;
  if (contents.length === 1) return splitNameAndTitle(first.text);
  const titleX = columns.titleX ?? contents[contents.length - 1]!.x;
  const whoCells = contents.filter((cell) => cell.x < titleX - 10);
  const aboutCells = contents.filter((cell) => cell.x >= titleX - 10);
  if (whoCells.length === 0) return splitNameAndTitle(aboutCells.map((cell) => cell.text).join(' '));
  if (columns.titleX === undefined && aboutCells.length) columns.titleX = aboutCells[0]!.x;
  const about = aboutCells.map((cell) => cell.text).join(' ');
  return { who: whoCells.map((cell) => cell.text).join(', '), ...(about ? { about } : {}) };
}

/** The council's answer: the lines after a response header, without their introduction, cut at a sentence end. */
function gist(lines: readonly DocumentLine[]): { text: string; page: number } | undefined {
  const body = lines.map((line) => line.text.trim()).filter(Boolean);
  // "In response to follow up questions it was confirmed that;" introduces the answer; it is not one.
  while (body.length && /[:;]$/.test(body[0]!) && body[0]!.length < 110 && /^(?:in response|following|it was|officers|the following|those who)/i.test(body[0]!))
    body.shift();
  const text = body
    .join(' ')
    .replace(/(?:^|\s)[-–•]\s+/g, ' ')
    .replace(/(\w)- (\w)/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length < 15) return undefined;
  let said = '';
  for (const sentence of splitSentences(text)) {
    if (said && said.length + sentence.length > 280) break;
    said = `${said} ${sentence}`.trim();
  }
  const page = lines.find((line) => line.text.trim() === body[0])?.page ?? lines[0]!.page;
  return { text: said.length > 400 ? `${said.slice(0, 399).replace(/\s\S*$/, '')}…` : said, page };
}

const STOPWORDS = new Set(
  'the and for with from that this into onto over under about against not our your their its are was were has have had will would can could should what when where which who why how all any some more most less very just also than then them they there here been being does did done each other such only own same too per via on in of to a an at by or as is it be no yes'.split(
    ' ',
  ),
);

/**
 * What a title is about, as keys: acronyms ("SBLN"), runs of capitalised words keyed by their
 * initials (so "South Bristol Liveable Neighbourhood" and "SBLN" are one topic), speed limits,
 * and two-word phrases of content words ("bus lanes").
 */
function topicKeys(title: string): Map<string, string> {
  const keys = new Map<string, string>();
  for (const match of title.matchAll(/\b[A-Z]{2,6}\b/g)) keys.set(match[0], match[0]);
  for (const match of title.matchAll(/\b(?:[A-Z][a-z’'-]+\s+){1,5}[A-Z][a-z’'-]+\b/g)) {
    const words = match[0].split(/\s+/);
    if (words.length >= 3) keys.set(words.map((word) => word[0]).join(''), match[0]);
    else keys.set(match[0].toLowerCase(), match[0]);
  }
  for (const match of title.matchAll(/\b(\d{2})\s*mph\b/gi)) keys.set(`${match[1]}mph`, `${match[1]}mph`);
  const words = title.toLowerCase().match(/[a-z][a-z’'-]{2,}/g) ?? [];
  for (let index = 0; index + 1 < words.length; index += 1) {
    if (STOPWORDS.has(words[index]!) || STOPWORDS.has(words[index + 1]!)) continue;
    const pair = `${words[index]} ${words[index + 1]}`;
    if (!keys.has(pair)) keys.set(pair, pair);
  }
  return keys;
}

/** For each kind, the subject most of its entries share, where at least three and a quarter of them do. */
function commonTopics(entries: readonly PublicEntry[]): PublicTopic[] {
  const topics: PublicTopic[] = [];
  for (const kind of ['statement', 'question', 'petition'] as const) {
    let best: PublicTopic | undefined;
    const ofKind = entries.filter((entry) => entry.kind === kind && entry.about);
    const counts = new Map<string, { names: Map<string, number>; entries: PublicEntry[] }>();
    for (const entry of ofKind) {
      for (const [key, name] of topicKeys(entry.about!)) {
        const found = counts.get(key) ?? { names: new Map<string, number>(), entries: [] };
        found.names.set(name, (found.names.get(name) ?? 0) + 1);
        found.entries.push(entry);
        counts.set(key, found);
      }
    }
    for (const [key, found] of counts) {
      const count = found.entries.length;
      if (count < 3 || count < ofKind.length / 4) continue;
      // Acronyms and named things before plain word pairs, at the same count.
      const named = /[A-Z]/.test(key) ? 1 : 0;
      if (best && (count < best.count || (count === best.count && named === 0))) continue;
      const spelled = [...found.names.keys()]
        .filter((name) => name !== key)
        .sort((a, b) => (found.names.get(b) ?? 0) - (found.names.get(a) ?? 0) || b.length - a.length)[0];
      const name = /^[A-Z]{2,6}$/.test(key) && spelled ? `${spelled} (${key})` : (spelled ?? key);
      best = {
        name,
        kind,
        count,
        support: found.entries.filter((entry) => entry.stance === 'support').length,
        oppose: found.entries.filter((entry) => entry.stance === 'oppose').length,
      };
    }
    if (best) topics.push(best);
  }
  return topics;
}

/** The agenda item an entry concerns: named outright ("(Item 8)", "agenda item 14"), or sharing a named subject with one item's title. */
function itemFor(about: string | undefined, items: readonly { number: string; title: string }[]): string | undefined {
  if (!about) return undefined;
  const named = /\b(?:agenda\s+)?item\s+(\d{1,3}[a-z]?)\b/i.exec(about)?.[1];
  if (named) return named;
  const keys = [...topicKeys(about).keys()];
  // One item only: a subject two items share says nothing about which one it meant.
  const matches = items.filter(
    (item, index) => items.findIndex((other) => other.number === item.number) === index && keys.some((key) => topicKeys(item.title).has(key)),
  );
  return matches.length === 1 ? matches[0]!.number : undefined;
}

/** "a petition submitted by Councillor Mark Weston titled ‘Stop the Roadworks’ signed by 3,017 petitioners". */
const PETITION_RECORD =
  /\bpetition\s+(?:was\s+)?(?:submitted|presented|received|started|organised|lodged)\s+by\s+(.{3,80}?)\s+(?:titled|entitled|called|headed|concerning|regarding)\s+[‘'"“](.{3,160}?)[’'"”](?:[^.]{0,40}?\bsigned\s+by\s+([\d,]+))?/i;

export function isPetitionRecord(sentence: string): boolean {
  return PETITION_RECORD.test(sentence);
}

export function findPublicForum(text: DocumentText, items: readonly { number: string; title: string }[] = []): PublicForum | undefined {
  const lines = text.lines.map((line) => line.text.trim());
  const start = lines.findIndex((line) => HEADING.test(line) && line.length < 70);
  const entries: PublicEntry[] = [];
  let forum: PublicForum | undefined;
  if (start >= 0) {
    const ownNumber = Number(/^(\d{1,3})/.exec(lines[start]!)?.[1] ?? NaN);
    let end = start;
    for (let index = start + 1; index < lines.length; index += 1) {
      const line = lines[index]!;
      // The section ends at the next agenda item's heading: the next minute number, written without the
      // leading zero that a statements table's refs have ("07 Kelly Smallcombe …").
      const number = /^([1-9]\d{0,2})\.?\s+[A-Z]/.exec(line)?.[1];
      const nextItem =
        number !== undefined &&
        line.length < 100 &&
        (Number.isNaN(ownNumber) ? Number(number) > 0 && !ROW_WITH_NAME.test(line) : Number(number) > ownNumber && Number(number) <= ownNumber + 3);
      if (nextItem && !SUB_HEADING_WORDS.test(line.replace(/^\d+\.?\s+/, ''))) break;
      end = index;
    }
    entries.push(...readEntries(text, start, end, items));
    const joined = lines.slice(start, end + 1).join(' ');
    forum = { page: text.lines[start]!.page, entries, topics: [], lines: { start, end } };
    const statements = entries.filter((entry) => entry.kind === 'statement');
    const statementCount = Number(COUNT('statements?').exec(joined)?.[1] ?? 0) || statements.length;
    if (statementCount)
      forum.statements = {
        count: statementCount,
        support: statements.filter((entry) => entry.stance === 'support').length,
        oppose: statements.filter((entry) => entry.stance === 'oppose').length,
      };
    const questionCount =
      Number(COUNT('questions?').exec(joined)?.[1] ?? 0) ||
      new Set(entries.filter((entry) => entry.kind === 'question').flatMap((entry) => (entry.refs ?? entry.who).match(/\d+/g) ?? [entry.who])).size;
    if (questionCount) forum.questions = { count: questionCount };
    const petitionCount = /\bno\s+(?:public\s+)?petitions?\b/i.test(joined) ? 0 : Number(COUNT('petitions?').exec(joined)?.[1] ?? 0);
    if (petitionCount) forum.petitions = { count: petitionCount };
  }
  // Petitions debated as their own item are the public's too.
  for (const sentence of text.sentences) {
    const petition = PETITION_RECORD.exec(sentence.text);
    if (!petition) continue;
    const who = petition[1]!.trim();
    const about = petition[2]!.trim();
    if (entries.some((entry) => entry.kind === 'petition' && entry.about === about)) continue;
    entries.push({
      kind: 'petition',
      who,
      about,
      page: sentence.page,
      ...(petition[3] ? { signatures: Number(petition[3].replace(/,/g, '')) } : {}),
      ...withItem(itemFor(about, items) ?? itemOfSentence(sentence, items, text)),
      ...withStance(stanceOf(about)),
    });
  }
  const petitions = entries.filter((entry) => entry.kind === 'petition').length;
  if (!forum) {
    if (entries.length === 0) return undefined;
    forum = { page: entries[0]!.page, entries, topics: [] };
  }
  if (petitions > (forum.petitions?.count ?? 0)) forum.petitions = { count: petitions };
  forum.topics = commonTopics(entries);
  return forum.statements || forum.questions || forum.petitions ? forum : undefined;
}

const withItem = (item: string | undefined) => (item ? { item } : {});
const withStance = (stance: PublicEntry['stance']) => (stance ? { stance } : {});

/** The minute a sentence sits under: the nearest numbered heading above it that names a known item. */
function itemOfSentence(sentence: Sentence, items: readonly { number: string; title: string }[], text: DocumentText): string | undefined {
  for (let index = sentence.line; index >= 0 && index > sentence.line - 40; index -= 1) {
    const number = /^(\d{1,4})\.?\s+[A-Z]/.exec(text.lines[index]!.text.trim())?.[1];
    if (number && items.some((item) => item.number === number)) return number;
  }
  return undefined;
}

function readEntries(text: DocumentText, start: number, end: number, items: readonly { number: string; title: string }[]): PublicEntry[] {
  const entries: PublicEntry[] = [];
  let kind: PublicEntryKind | undefined;
  let current: PublicEntry | undefined;
  let inTable = false;
  /** Where the current row starts: a line indented well past it continues a cell, whatever its words. */
  let rowX: number | undefined;
  const columns: Columns = {};
  let answering: PublicEntry[] = [];
  let answer: DocumentLine[] = [];
  /** What the lines being read are: the council's response to `answering`, or the words of a statement set out in full. */
  let reading: 'response' | 'words' = 'response';
  const closeAnswer = () => {
    const said = answer.length ? gist(answer) : undefined;
    if (said && reading === 'response') for (const entry of answering) entry.response ??= said;
    // A statement printed in full: its opening words are its gist, still the public's own.
    if (said && reading === 'words')
      for (const entry of answering) entry.about ??= said.text.length > 200 ? `${said.text.slice(0, 199).replace(/\s\S*$/, '')}…` : said.text;
    answering = [];
    answer = [];
    reading = 'response';
  };
  for (let index = start + 1; index <= end; index += 1) {
    const line = text.lines[index]!;
    const value = line.text.trim();
    if (!value) continue;
    const sub = SUB_HEADING.exec(value);
    if (sub && value.length < 60) {
      closeAnswer();
      kind = kindOf(sub[1]!);
      current = undefined;
      inTable = true;
      columns.titleX = undefined;
      continue;
    }
    if (TABLE_HEADER.test(value)) {
      const title = line.cells?.find((cell) => /^(?:title|subject|topic)$/i.test(cell.text));
      if (title) columns.titleX = title.x;
      inTable = true;
      continue;
    }
    const dashed = DASHED_ROW.exec(value) ?? FROM_ROW.exec(value);
    if (dashed && value.length < 160) {
      closeAnswer();
      kind = kindOf(dashed[1]!);
      const refs = dashed[2]?.trim();
      current = { kind, ...(refs ? { refs } : {}), who: dashed[3]!.trim(), page: line.page, ...(dashed[4]?.trim() ? { about: dashed[4].trim() } : {}) };
      entries.push(current);
      inTable = true;
      continue;
    }
    // "Response:" / "Answer:" opens the council's answer to the entry above it.
    const reply = REPLY.exec(value);
    const entry = entries[entries.length - 1];
    if (reply && entry) {
      closeAnswer();
      answering = [entry];
      if (reply[1]) answer.push({ ...line, text: reply[1] });
      current = undefined;
      inTable = false;
      continue;
    }
    // A row reopens its table after a line that only looked like prose, unless answers are being read.
    const row = kind && (inTable || answering.length === 0) ? ROW.exec(value) : null;
    if (row && kind) {
      closeAnswer();
      const parts = rowFromCells(line, columns) ?? splitNameAndTitle(row[2]!);
      if (parts === 'continuation') {
        if (current) {
          current.refs = `${current.refs ?? ''} & ${row[1]}`.replace(/^ & /, '');
          appendTo(
            current,
            'about',
            line
              .cells!.slice(1)
              .map((cell) => cell.text)
              .join(' '),
          );
        }
        continue;
      }
      current = { kind, refs: row[1]!, who: parts.who, page: line.page, ...(parts.about ? { about: parts.about } : {}) };
      entries.push(current);
      rowX = line.x;
      inTable = true;
      continue;
    }
    // "Q1 & Q2 – Melissa Topping", "Chris Whitfield - EV Charging for terraced homes": the answers to these entries follow.
    const named = value.length < 100 ? entries.filter((entry) => entry.who.length > 4 && value.includes(entry.who.split(',')[0]!)) : [];
    if (named.length && (!inTable || !current || !value.includes(current.who.split(',')[0]!) || /^Q\d/.test(value))) {
      closeAnswer();
      const refs = [...value.matchAll(/\bQ(\d{1,3})\b/g)].map((match) => Number(match[1]));
      // "Q6, Q7 & Q8": the questions with those numbers, not a statement that shares one.
      const asked = named.filter((entry) => entry.kind === 'question');
      answering = refs.length
        ? (asked.length ? asked : named).filter((entry) => (entry.refs?.match(/\d+/g) ?? []).some((ref) => refs.includes(Number(ref))))
        : named;
      if (answering.length === 0) answering = named;
      current = undefined;
      inTable = false;
      continue;
    }
    if (answering.length) {
      answer.push(line);
      continue;
    }
    // Under a statement's heading, a long line is the statement itself, not its title wrapping.
    if (current && !current.about && value.length > 70 && !line.cells) {
      answering = [current];
      reading = 'words';
      answer.push(line);
      current = undefined;
      inTable = false;
      continue;
    }
    const inTitleColumn = columns.titleX !== undefined && line.x !== undefined && line.x >= columns.titleX - 10;
    const indented = rowX !== undefined && line.x !== undefined && line.x > rowX + 40;
    if (!inTitleColumn && !indented && isProse(value)) {
      current = undefined;
      inTable = false;
      continue;
    }
    if (!current || !inTable) continue;
    // A row's wrapped references ("02", "& 08") and cells on the next line.
    const moreRefs = /^(?:&\s*)?(\d{1,3})(?:\s+(.*))?$/.exec(value);
    // The rest is the title's next words, or the next question's own title ("02 – EBLN Monitoring Report Q2").
    if (moreRefs && (!moreRefs[2] || /^(?:[a-z]|\d{1,3}[a-z]?\s*[-–—])/.test(moreRefs[2]))) {
      current.refs = `${current.refs ?? ''} & ${moreRefs[1]}`.replace(/^ & /, '');
      if (moreRefs[2]) appendTo(current, current.about || /^\d/.test(moreRefs[2]) ? 'about' : 'who', moreRefs[2]);
      continue;
    }
    if (line.cells && columns.titleX !== undefined) {
      for (const cell of line.cells) appendTo(current, cell.x >= columns.titleX - 10 ? 'about' : 'who', cell.text);
      continue;
    }
    const toTitle = columns.titleX !== undefined && line.x !== undefined ? inTitleColumn : current.about !== undefined;
    appendTo(current, toTitle ? 'about' : 'who', value);
  }
  closeAnswer();
  for (const entry of entries) {
    entry.who = entry.who.replace(/\s+[-–—]\s*$/, '').trim();
    const stance = stanceOf(entry.about);
    if (stance) entry.stance = stance;
    const item = itemFor(entry.about, items);
    if (item) entry.item = item;
  }
  return entries.slice(0, 300);
}
