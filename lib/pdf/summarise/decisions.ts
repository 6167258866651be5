import { MONTH_NAMES } from './facts';
import type { DocumentText } from './sentences';
import { layoutHeadings } from './structure';

/**
 * What was recommended and what was decided, every part verbatim, in the words council templates
 * use for them (English and Welsh). One vocabulary for every template rather than one regex per
 * council: a block opens at a heading or phrase below, runs until the next heading, form label or
 * minute, and is split into its numbered and lettered parts.
 */

export interface Part {
  text: string;
  page: number;
  /** The agenda item or minute the part belongs to, where the document says. */
  item?: string;
  /** That item's title, as its heading or the form's "Subject:" gives it. */
  itemTitle?: string;
  /** The recorded vote the minutes give for it, as they word it ("CARRIED (5 voting FOR, 4 voting AGAINST)"). */
  vote?: string;
}

/** "On being put to the vote the recommendations were CARRIED (5 voting FOR, 4 voting AGAINST)." */
const RECORDED_VOTE = /\b(?:CARRIED|LOST|FELL|carried|lost|fell)\b(?:\s+(?:unanimously|\((?:unanimously|[^)]{3,80})\)|with\s+[^.]{3,80}))?/;

export type PartKind = 'recommendation' | 'decision';

/** Openers on a line of their own (or ending it): the parts follow. */
const HEADING_OPENERS: readonly [PartKind, RegExp][] = [
  ['recommendation', /^(?:\d+(?:\.\d+)*\.?\s+)?(?:officer'?s?'?\s+|officers’\s+)?recommendations?(?:\s*\(s\))?(?:\s+(?:to|for)\s+[\w\s]{2,40})?\s*:?$/i],
  [
    'recommendation',
    /^(?:\d+(?:\.\d+)*\.?\s+)?(?:[\w&,\s]{2,60}\s)?(?:is|are)\s+(?:asked|recommended|requested)\s+to\s*:?\s*(?:RESOLVE|RECOMMEND|AGREE|NOTE|APPROVE|CONSIDER|DECIDE)?(?:\s+that)?\s*:?$/i,
  ],
  ['recommendation', /^(?:it\s+is\s+)?RECOMMENDED\s*(?:that)?\s*[:;-]?$/],
  ['recommendation', /^(?:\d+(?:\.\d+)*\.?\s+)?argymhellion?(?:\s+swyddogion)?\s*:?$/i],
  ['decision', /^(?:\([a-z]\)\s*)?(?:the\s+)?decisions?(?:\s*\(s\))?(?:\s+(?:taken|made|reached))?\s*:?$/i],
  ['decision', /^(?:\([a-z]\)\s*)?penderfyniad(?:au)?(?:\s+a\s+wnaed)?\s*:?$/i],
];

/** Openers that start a decision in the middle of a line, the decision following them on the same line or the next. */
const INLINE_DECISION =
  /\b(?:[Ii]t\s+was\s+)?(?:RESOLVED|APPROVED|AGREED|PENDERFYNWYD|CYTUNWYD|Cytunwyd|Penderfynwyd)\b(?:\s*\((?:unanimously|nem\.?\s*con\.?|yn\s+unfrydol)\))?(?:\s+(?:[Tt]hat|[Bb]od))?\s*[:;,–—-]?/;
/** A decision that starts with the word itself: "Decision: Cabinet agree to…", "RESOLVED – that…". */
const LEADING_DECISION = /^(?:decision|penderfyniad)\s*:\s*(?=\S)/i;

/** Where a block ends: form labels, section and minute headings, and the template's other sections. */
const FORM_LABEL = /^\([a-z]\)\s+[A-Z]/;
/** "8 Public Forum", "2714. Financial Report", a minute reference ("CYP06 PUBLIC INVOLVEMENT") or a title in capitals. */
const MINUTE_HEADING = new RegExp(
  `^(?:\\d{1,2}\\s{1,}(?!(?:${MONTH_NAMES})\\b)[A-Z0-9][^.;,]{2,100}$|\\d{3,4}\\.\\s+[A-Z]|[A-Z]{2,6}\\s?\\d{1,3}(?:\\s+[A-Z].*)?$|[A-Z][A-Z\\s&,’'()/-]{7,90}$)`,
);
const RECOMMENDATION_HEADING = /^Recommendation\s+\d+[A-Z]?\s*[–—:-]/i;
const OTHER_SECTION =
  /^(?:\d+(?:\.\d+)*\.?\s+)?(?:corporate\s+strategy\s+alignment|city\s+benefits|background|reasons?\s+for|purpose\s+of|executive\s+summary|summary|introduction|financial|legal|risk|equalit|consultation|alternative|options|appendices|background\s+papers|contact|report\s+author|key\s+issues|implications|cefndir|rhesymau|atodiad)[\w\s&,()/-]{0,60}:?$/i;

/** Part markers: "1.", "2a.", "(1)", "a.", "(a)", "i.", "(iv)", "A)" and "(A)". */
const MARKER =
  /^(?:\d{1,2}[a-z]?\.(?!\d)|\d{1,2}\)|\(\d{1,2}\)|[a-z]\.(?=\s)|\([a-z]\)|[a-z]\)|\((?:i{1,3}|iv|v|vi{1,3}|ix|x)\)|(?:i{1,3}|iv|v|vi{1,3}|ix|x)\.(?=\s)|\([A-H]\)|[A-H]\))\s*/;
/** "Recommendations 3 was not approved (2 For, 7 Against…)": a part of its own, with no marker. */
const REFUSAL = /^Recommendations?\s+\d+[a-z]?\s+(?:was|were)\s+(?:not\s+)?(?:approved|agreed|carried|lost)\b/i;
/** A vote's outcome opens a decision only when the decision follows it ("…were CARRIED. That the Committee: 1. …"). */
const VOTE_OUTCOME = /\b(?:CARRIED|AGREED)\b[^.]*\.?\s*$/;
const LETTERED = /^(?:[a-z]\.|\([a-z]\)|[a-z]\)|\([A-H]\)|[A-H]\))/;

/** Decisions as community councils and small parishes write them, inside a minute's own text. */
const IDIOMS = [
  /\b(?:approved|agreed)\s*(?:&|and)\s*signed\b/i,
  /[–—-]\s*(?:all\s+)?approved\b\.?(?=\s|$)/i,
  /(?:^|\.\s+)approved\.?(?:\s|$)/i,
  /\ball\s+(?:councillors|members)\b[^.]{0,60}\b(?:agreed|in\s+agreement|happy|in\s+favour)\b/i,
  /\bproposed\b[^.]{0,80}\bseconded\b/i,
  /\brecommended\s+approval\b|\bapproval\s+recommended\b/i,
  /\b(?:minutes|cofnodion)\b[^.]{0,80}\b(?:agreed|approved|confirmed|signed|cymeradwywyd)\b/i,
  /\b(?:TCC|the\s+council|the\s+committee)\s+approved\b/i,
  /\bno\s+objections?\b[^.]{0,80}\brecommended\b/i,
  /\b(?:the\s+)?(?:committee|council|cabinet|panel|board)\b[^.]{0,60}\bnoted\s+(?:the|this|that)\s+(?:(?:update|annual|quarterly|progress|information)\s+)?(?:report|update|contents|petition)\b/i,
  /\bcymeradwywyd\b|\bcytunwyd\b|\bpenderfynwyd\b/i,
];
const ENTRY_START = /^(?:\d{3,4}\.\s|(?:DM|DC|P|PL)\/\d{4}\/\d+|Update\s+on\s)/;

/** Letters and digits only, lower case: what "the same text" is compared on. */
export const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

const clean = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/(\w)- (\w)/g, '$1-$2')
    .trim();

interface Line {
  text: string;
  page: number;
}

/** Splits a block's lines into parts; lines before the first marker are a preamble ("That the Committee:"). */
function splitParts(lines: readonly Line[], item: string | undefined): Part[] {
  const groups: { lines: Line[]; marked: boolean }[] = [];
  for (const line of lines) {
    const marked = MARKER.test(line.text) || REFUSAL.test(line.text);
    if (marked || groups.length === 0) groups.push({ lines: [line], marked });
    else groups[groups.length - 1]!.lines.push(line);
  }
  const anyMarked = groups.some((group) => group.marked);
  const parts: Part[] = [];
  groups.forEach((group, index) => {
    const text = clean(group.lines.map((line) => line.text).join(' '));
    if (text.length < 3) return;
    // The preamble is a part only when nothing is numbered ("The Committee noted the report.").
    if (!group.marked && anyMarked) return;
    // A short numbered title over lettered parts ("2. Residents Parking") is a heading, not a part.
    const next = groups[index + 1];
    if (group.marked && next?.marked && LETTERED.test(next.lines[0]!.text) && !LETTERED.test(group.lines[0]!.text) && text.length < 90 && !/[.;]$/.test(text))
      return;
    parts.push({ text, page: group.lines[0]!.page, ...(item ? { item } : {}) });
  });
  return parts;
}

function openerOf(text: string): PartKind | undefined {
  return HEADING_OPENERS.find(([, pattern]) => pattern.test(text))?.[0];
}

function endsBlock(text: string, started: boolean, headingByLayout = false): boolean {
  if (FORM_LABEL.test(text) || RECOMMENDATION_HEADING.test(text)) return true;
  if (!started) return false;
  // A heading set apart by size or space ends the block whatever it says, unless it is itself a part.
  if (headingByLayout && !MARKER.test(text)) return true;
  // "Background", or a numbered section title ("3. Background"): a heading, not another part.
  const bare = text.replace(MARKER, '');
  return MINUTE_HEADING.test(text) || (/^[A-Z]/.test(bare) && OTHER_SECTION.test(bare) && bare.length < 70 && !/[.;,]$/.test(bare));
}

/** The agenda item a line names ("(agenda item 7)", "(Agenda item 3)") or opens (a minute heading "8 Public Forum", "2713. …"). */
export function itemOf(text: string): string | undefined {
  const named = /\(?agenda\s+item\s+(\d{1,3}[a-z]?)\)?/i.exec(text);
  if (named) return named[1];
  const minute = /^(\d{1,4})\.?\s+[A-Z]/.exec(text);
  return minute && !MARKER.test(text) ? minute[1] : undefined;
}

/**
 * The title of the item a line opens: a minute heading ("8 Supported Bus Services …", "2715.
 * Accounts for payment:-") or a decision form's "(a) Subject: …", which may wrap onto the next
 * lines before "(agenda item 7)".
 */
const MINUTE_TITLE = new RegExp(`^\\d{1,4}\\.?\\s+(?!(?:${MONTH_NAMES})\\b)([A-Z][^.]{2,100}?)\\s*(?::-?|$)`);

function itemTitleAt(lines: readonly Line[], index: number): string | undefined {
  const text = lines[index]!.text;
  const subject = /^\([a-z]\)\s+subject\s*:\s*(.*)$/i.exec(text);
  if (subject) {
    const parts = [subject[1]!];
    for (let next = index + 1; next < Math.min(lines.length, index + 4) && !/agenda\s+item/i.test(parts.join(' ')); next += 1) {
      if (FORM_LABEL.test(lines[next]!.text)) break;
      parts.push(lines[next]!.text);
    }
    return clean(parts.join(' ').replace(/\(?agenda\s+item\s+\d{1,3}[a-z]?\)?/i, '')) || undefined;
  }
  const minute = MINUTE_TITLE.exec(text);
  return minute && !MARKER.test(text.replace(/^\d{3,4}\.\s/, '')) ? clean(minute[1]!) : undefined;
}

export interface FoundParts {
  decisions: Part[];
  /** Both, in the order the document gives them. */
  all: Part[];
  /** The lines the parts were read from (by index into the document): a key point never comes from these. */
  quotedLines: Set<number>;
}

/**
 * Every recommendation and decision part in a document. Blocks are read in order; a numbered
 * list that restarts at 1 after a label ("Corporate Strategy alignment:") is another section.
 */
export function findParts(text: DocumentText, options: { minutesIdioms: boolean }): FoundParts {
  const lines: Line[] = text.lines.map((line) => ({ text: line.text.trim(), page: line.page }));
  const found: FoundParts = { decisions: [], all: [], quotedLines: new Set<number>() };
  const byLayout = layoutHeadings(text);
  const used = new Set<number>();
  let item: string | undefined;
  let itemTitle: string | undefined;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    const title = itemTitleAt(lines, index);
    const number = itemOf(line.text);
    // A form names its subject before its item number; a minute heading gives both at once.
    if (title && /^\([a-z]\)/.test(line.text)) itemTitle = title;
    else if (number) itemTitle = title ?? itemTitle;
    item = number ?? item;
    let kind = openerOf(line.text);
    const block: Line[] = [];
    if (!kind && LEADING_DECISION.test(line.text)) {
      kind = 'decision';
      block.push({ text: line.text.replace(LEADING_DECISION, ''), page: line.page });
    }
    if (!kind) {
      const inline = INLINE_DECISION.exec(line.text);
      // Capitals only, or "It was agreed": a stray "agreed" in a sentence is not a resolution.
      // Capitals only, "It was agreed", or the Welsh words that mean it, which are never anything else.
      if (inline && (/[A-Z]{5,}/.test(inline[0]) || /^it\s+was/i.test(inline[0]) || /^(?:Cytunwyd|Penderfynwyd)\b/.test(line.text.slice(inline.index)))) {
        kind = 'decision';
        const rest = line.text.slice(inline.index);
        // "It was AGREED that the Policy Committee note the petition…" is itself the decision.
        const keepsOpener = /^it\s+was\s+agreed\s+that\s+\S/i.test(rest) || /^Cytunwyd\s+\S/.test(rest);
        const after = keepsOpener ? rest : line.text.slice(inline.index + inline[0].length).trim();
        if (after) block.push({ text: after, page: line.page });
      }
    }
    // "On being put to the vote the recommendations were CARRIED (unanimously)." then "That the Committee…: 1. …".
    if (
      !kind &&
      VOTE_OUTCOME.test(line.text) &&
      /put to (?:the |a )?vote/i.test(lines[index - 1]?.text + ' ' + line.text) &&
      /^(?:That|The)\s.*(?:Committee|Council|Cabinet|Panel|Board)\b.*[:;-]\s*$/.test(lines[index + 1]?.text ?? '')
    )
      kind = 'decision';
    if (!kind) continue;
    // "(d) Decision taken" then "Officer Recommendations:": what a decision form records as taken is the decision.
    if (kind === 'recommendation' && lines.slice(Math.max(0, index - 2), index).some((previous) => openerOf(previous.text) === 'decision')) kind = 'decision';
    let lastNumber = 0;
    let end = index;
    for (let next = index + 1; next < lines.length && next < index + 90; next += 1) {
      const candidate = lines[next]!;
      if (
        endsBlock(candidate.text, block.length > 0, byLayout.has(next)) ||
        openerOf(candidate.text) ||
        (block.length > 0 && INLINE_DECISION.test(candidate.text) && /[A-Z]{5,}|^It was/.test(candidate.text))
      )
        break;
      const number = /^(\d{1,2})[.)]/.exec(candidate.text);
      // A label ("Contractual:") inside a list is skipped; a list that starts again at 1 after one is not ours.
      if (/^[A-Z][\w\s&,'’-]{2,50}:$/.test(candidate.text) && !MARKER.test(candidate.text)) {
        const following = /^(\d{1,2})[.)]/.exec(lines[next + 1]?.text ?? '');
        if (following && Number(following[1]) <= lastNumber) break;
        if (block.length > 0) continue;
      }
      if (number) {
        if (Number(number[1]) === 1 && lastNumber >= 2) break;
        lastNumber = Number(number[1]);
      }
      block.push(candidate);
      end = next;
    }
    const found_ = splitParts(block, item);
    if (found_.length === 0) continue;
    // The vote the minutes record just before the decision ("…were CARRIED (5 voting FOR, 4 voting AGAINST). It was APPROVED that;").
    const voteLine = [lines[index - 1]?.text ?? '', line.text].join(' ');
    const vote =
      kind === 'decision' && /put to (?:the |a )?vote/i.test(voteLine)
        ? RECORDED_VOTE.exec(voteLine.slice(voteLine.search(/put to (?:the |a )?vote/i)))?.[0]
        : undefined;
    const parts = found_.map((part) => ({ ...part, ...(vote ? { vote: clean(vote) } : {}), ...(item && itemTitle ? { itemTitle } : {}) }));
    for (let used_ = index; used_ <= end; used_ += 1) {
      used.add(used_);
      found.quotedLines.add(used_);
    }
    // In a decision record every block is a decision, in a report every block a recommendation.
    if (kind === 'decision') found.decisions.push(...parts);
    found.all.push(...parts);
    index = end;
  }
  if (options.minutesIdioms) {
    const idioms = idiomDecisions(lines, used, found.quotedLines);
    found.decisions.push(...idioms);
    found.all.push(...idioms);
  }
  return dedupe(found);
}

/**
 * Community-council minutes: "Approved & signed as correct", "– all approved", "proposed …
 * seconded …, all in agreement". The part runs from the start of its minute or planning entry
 * (or, in a long one, its sentence) to the end of the sentence that decides.
 */
function idiomDecisions(lines: readonly Line[], used: ReadonlySet<number>, quotedLines: Set<number>): Part[] {
  const parts: Part[] = [];
  let entry: { start: number; item?: string } | undefined;
  // The minute a line sits under, from minute headings ("19 Workplace Parking Levy Update"), for idioms outside an entry.
  let minute: string | undefined;
  let minuteTitle: string | undefined;
  for (let index = 0; index < lines.length; index += 1) {
    const text = lines[index]!.text;
    const opens = itemOf(text);
    if (opens) [minute, minuteTitle] = [opens, itemTitleAt(lines, index)];
    if (ENTRY_START.test(text)) {
      const minute = /^(\d{3,4})\./.exec(text)?.[1] ?? entry?.item;
      entry = { start: index, ...(minute ? { item: minute } : {}) };
    }
    // An idiom may wrap onto the next line ("… All Councillors / agreed to this proposal …").
    const withNext = `${text} ${lines[index + 1]?.text ?? ''}`;
    if (used.has(index) || !IDIOMS.some((pattern) => pattern.test(withNext))) continue;
    // From the start of its entry (a minute or a planning application), if that is near; else from its own sentence.
    const fromEntry = entry !== undefined && index - entry.start <= 12;
    const from = fromEntry ? entry!.start : index;
    const window = lines.slice(from, index + 6);
    const joined = window.map((line) => line.text).join(' ');
    const prefix = lines
      .slice(from, index)
      .map((line) => line.text)
      .join(' ');
    const offset = prefix.length + (prefix ? 1 : 0);
    // The earliest idiom, and only one that starts on this line (one that starts on the next is the next line's).
    const hit = IDIOMS.map((pattern) => pattern.exec(joined.slice(offset)))
      .filter((match): match is RegExpExecArray => match !== null && match.index < text.length)
      .sort((a, b) => a.index - b.index)[0];
    // A heading is not a decision, even when the sentence under it is ("4 Minutes of the Previous Meeting").
    if (!hit || (MINUTE_HEADING.test(text) && hit.index + hit[0].length > text.length)) continue;
    const at = offset + hit.index;
    const matchEnd = at + hit[0].length;
    const end = (from: number) => {
      const found = joined.slice(from).search(/[.!?](?:\s|$)/);
      return found < 0 ? joined.length : from + found + 1;
    };
    let stop = end(Math.max(at, matchEnd - 1));
    // "… proposed … seconded that TCC pay the fee. All Councillors present were in agreement.": the agreement belongs with it.
    if (/proposed/i.test(hit[0])) {
      const after = /^\s*[^.]{0,80}\b(?:in agreement|agreed|carried|in favour)\b[^.]*\./i.exec(joined.slice(stop));
      if (after) stop += after[0].length;
    }
    const dot = joined.lastIndexOf('. ', at);
    const sentenceStart = dot < 0 ? 0 : dot + 2;
    // A narrative entry (several sentences before the decision) is cut to the sentence that decides; a list stays whole.
    const narrative = (joined.slice(0, at).match(/[a-z]{3,}\.\s+[A-Z]/g) ?? []).length >= 3;
    const start = fromEntry && !narrative ? 0 : sentenceStart;
    // Cited to the page of the line the part starts on.
    let page = window[0]!.page;
    let length = 0;
    for (const line of window) {
      if (length + line.text.length >= start) {
        page = line.page;
        break;
      }
      length += line.text.length + 1;
    }
    const partText = clean(joined.slice(start, stop));
    if (partText.length > 2) {
      const item = entry?.item && fromEntry ? entry.item : minute;
      parts.push({ text: partText, page, ...(item ? { item } : {}), ...(item && item === minute && minuteTitle ? { itemTitle: minuteTitle } : {}) });
      for (let quoted = from; quoted <= index; quoted += 1) quotedLines.add(quoted);
    }
  }
  return parts;
}

function dedupe(found: FoundParts): FoundParts {
  const key = (part: Part) => squash(part.text);
  // The first of each text (per item: the same words under two items are two decisions).
  const keep = (parts: Part[]) => {
    const seen = new Set<string>();
    return parts.filter((part) => {
      const id = `${part.item ?? ''}|${key(part)}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
  };
  return { decisions: keep(found.decisions), all: keep(found.all), quotedLines: found.quotedLines };
}
