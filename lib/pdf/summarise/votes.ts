import { itemOf } from './decisions';
import type { DocumentText } from './sentences';
import { numberFrom, numberPattern } from '../../shared/numbers';

/**
 * Recorded votes in minutes, per item: the counts as the minutes give them ("CARRIED (6 members
 * voting in favour, none against with 3 abstentions)", "FELL with 2 voting FOR and 7 AGAINST")
 * and the named lists of a recorded vote ("For (5): Councillors …", "Against: …",
 * "O blaid / Yn erbyn / Ymatal"). Counts and names are kept as written: where a count does not
 * match the names listed, the vote is flagged, never corrected.
 */

export interface VoteSide {
  /** The number the minutes give, where they give one. */
  count?: number;
  /** The people named, as named ("Hayward", "Ed Plowden"), without "Councillor". */
  names: string[];
}

export type VoteOutcome = 'carried' | 'lost' | 'unstated';
export type VoteSideName = 'for' | 'against' | 'abstain';

export interface RecordedVote {
  /** The agenda item or minute the vote was taken under. */
  item?: string;
  page: number;
  /** What was voted on, in the minutes' words: "amendment", "recommendation 3", "motion". */
  motion?: string;
  for: VoteSide;
  against: VoteSide;
  abstain: VoteSide;
  outcome: VoteOutcome;
  unanimous?: boolean;
  /** Sides whose count differs from the names listed under it: shown as they are, and flagged. */
  mismatched?: VoteSideName[];
  /** The minutes' own words for the vote, quoted. */
  text: string;
}

const N = `(${numberPattern()})`;

/** An outcome in capitals is always one; in lower case only after "was"/"were" ("was carried"), never "carried out". */
const OUTCOME =
  /\b(?:(CARRIED|AGREED|PASSED|CARIWYD|PASIWYD)|(NOT CARRIED|LOST|FELL|DEFEATED|REJECTED|COLLWYD|METHODD)|(?:was|were)\s+(?:(?:then|therefore|duly|declared)\s+)?(?:(carried|passed)|(lost|defeated|rejected|not carried))|(fell))\b(?!\s+(?:out|forward|over)\b)/g;
/** The words that make an outcome a vote's rather than any sentence's. */
const VOTE_CONTEXT = /put to (?:the |a )?vote|\bvot(?:ed|ing|es?)\b|unanim|nem\.?\s?con|abstention|abstain|pleidlais|pleidleisio|yn unfrydol/i;

const COUNTS: Record<VoteSideName, RegExp[]> = {
  for: [
    new RegExp(`\\b${N}\\s+(?:members?\\s+|councillors?\\s+)?(?:voting\\s+|votes?\\s+)?(?:in\\s+favour|for)\\b`, 'i'),
    new RegExp(`\\b(?:for|in\\s+favour|o\\s+blaid)\\s*[:=-]?\\s*${N}\\b`, 'i'),
  ],
  against: [
    new RegExp(`\\b${N}\\s+(?:members?\\s+|councillors?\\s+)?(?:voting\\s+|votes?\\s+)?against\\b`, 'i'),
    new RegExp(`\\b(?:against|yn\\s+erbyn)\\s*[:=-]?\\s*${N}\\b`, 'i'),
  ],
  abstain: [
    new RegExp(`\\b${N}\\s+(?:members?\\s+|councillors?\\s+)?(?:abstentions?|abstaining|abstained|ABSTAINING)\\b`, 'i'),
    new RegExp(`\\b(?:abstentions?|abstained|abstaining|ymatal)\\s*[:=-]?\\s*${N}\\b`, 'i'),
  ],
};

const MOTION =
  /((?:substantive\s+)?(?:amendment|motion|recommendations?(?:\s+\d{1,2}[A-Za-z]?)?|proposals?|report|petition)(?:\s+as\s+amended)?)\s*(?:\(\w+\))?\s*,?\s*(?:was|were)?\s*(?:then\s+)?$/i;

/** A line that opens a named list: "For (5): …", "Against – …", "Abstained: …", "Those voting for: …", Welsh too. */
const NAMED_LABEL =
  /^(?:those\s+(?:voting\s+)?)?(for|in\s+favour|against|abstain(?:ed|ing)?|abstentions?|o\s+blaid|yn\s+erbyn|ymatal(?:iodd|wyr)?)(?:\s+(?:the\s+)?(?:motion|amendment|recommendations?))?\s*(?:\((\d{1,3})\))?\s*[:–—-]\s*(.*)$/i;
const SIDE_OF: [RegExp, VoteSideName][] = [
  [/^(?:for|in\s+favour|o\s+blaid)/i, 'for'],
  [/^(?:against|yn\s+erbyn)/i, 'against'],
  [/^(?:abstain|abstention|ymatal)/i, 'abstain'],
];
const TITLES = /\b(?:councillors?|cllrs?|cynghorwyr|cynghorydd|mr|mrs|ms|miss|dr)\b\.?\s*/gi;

/** "Councillors Ann Smith, Bob Jones and C. Evans (3)" → names, and the count in brackets if any. */
function namesIn(text: string): { names: string[]; count?: number } {
  const bracket = /\((\d{1,3})\)\s*\.?\s*$/.exec(text);
  const body = text.replace(/\((\d{1,3})\)\s*\.?\s*$/, '').replace(/\.\s*$/, '');
  const alone = /^\s*(\d{1,3}|none|nil|dim)\s*$/i.exec(body);
  if (alone) return { names: [], count: numberFrom(alone[1]) };
  const names = body
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s*(?:,|;|&|\band\b|\bac\b|\ba\b)\s*/)
    .map((name) => name.replace(TITLES, '').replace(/\s+/g, ' ').trim())
    .filter((name) => /^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$/.test(name));
  return { names, ...(bracket ? { count: Number(bracket[1]) } : {}) };
}

/** A line that goes on naming people: names separated by commas, with no sentence in it. */
function continuesNames(text: string): boolean {
  if (NAMED_LABEL.test(text)) return false;
  const parts = text.split(/\s*(?:,|&|\band\b)\s*/).filter(Boolean);
  return (
    parts.length > 0 && parts.every((part) => /^(?:(?:Councillors?|Cllrs?\.?)\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*(?:\(\d{1,3}\))?\.?$/.test(part))
  );
}

function outcomeOf(match: RegExpExecArray): VoteOutcome {
  return match[1] || match[3] ? 'carried' : 'lost';
}

const emptySide = (): VoteSide => ({ names: [] });

function mismatchesOf(vote: RecordedVote): VoteSideName[] {
  const sides: VoteSideName[] = ['for', 'against', 'abstain'];
  const mismatched = sides.filter((side) => vote[side].count !== undefined && vote[side].names.length > 0 && vote[side].count !== vote[side].names.length);
  // "Unanimously", yet someone is named against.
  if (vote.unanimous && vote.against.names.length > 0 && !mismatched.includes('against')) mismatched.push('against');
  return mismatched;
}

const tidy = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/(\w)- (\w)/g, '$1-$2')
    .trim();

/** Every recorded vote in a document, in order, each under the item it was taken in. */
export function findVotes(text: DocumentText): RecordedVote[] {
  const lines = text.lines;
  // One flat text with each line's start, so a vote that wraps across lines (and pages) reads whole.
  const starts: number[] = [];
  let flat = '';
  const itemAt: (string | undefined)[] = [];
  let item: string | undefined;
  for (const [index, line] of lines.entries()) {
    item = itemOf(line.text.trim()) ?? item;
    itemAt[index] = item;
    starts.push(flat.length);
    flat += `${line.text.trim()} `;
  }
  const lineAt = (offset: number): number => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  };

  const votes: { line: number; vote: RecordedVote }[] = [];
  const namedLines = new Set<number>();

  // Named lists first: a run of "For: … / Against: … / Abstained: …" lines is one vote.
  for (let index = 0; index < lines.length; index += 1) {
    if (!NAMED_LABEL.test(lines[index]!.text.trim())) continue;
    const vote: RecordedVote = { page: lines[index]!.page, for: emptySide(), against: emptySide(), abstain: emptySide(), outcome: 'unstated', text: '' };
    const quoted: string[] = [];
    let cursor = index;
    let lastSide: VoteSideName | undefined;
    while (cursor < lines.length && cursor < index + 30) {
      const line = lines[cursor]!.text.trim();
      const label = NAMED_LABEL.exec(line);
      if (label) {
        const side = SIDE_OF.find(([pattern]) => pattern.test(label[1]!))![1];
        const { names, count } = namesIn(label[3]!);
        vote[side] = { names: [...vote[side].names, ...names], ...(label[2] ? { count: Number(label[2]) } : count !== undefined ? { count } : {}) };
        lastSide = side;
      } else if (lastSide && continuesNames(line)) {
        const { names, count } = namesIn(line);
        vote[lastSide] = { ...vote[lastSide], names: [...vote[lastSide].names, ...names], ...(count !== undefined ? { count } : {}) };
      } else break;
      quoted.push(line);
      namedLines.add(cursor);
      cursor += 1;
    }
    // A named list needs at least two sides, or one side and a count, to be a vote rather than a list of people.
    const sidesGiven = (['for', 'against', 'abstain'] as const).filter((side) => vote[side].names.length || vote[side].count !== undefined);
    if (sidesGiven.length < 2 && !(sidesGiven.length === 1 && vote[sidesGiven[0]!].count !== undefined)) continue;
    // The outcome is said just before or after the lists ("The motion was CARRIED", "A recorded vote was taken on the amendment").
    // After the lists first: the line before them may still be the previous vote's result.
    const after = `${lines[cursor]?.text ?? ''} ${lines[cursor + 1]?.text ?? ''}`;
    const around = `${lines[index - 2]?.text ?? ''} ${lines[index - 1]?.text ?? ''} ${after}`;
    OUTCOME.lastIndex = 0;
    const outcomeAfter = OUTCOME.exec(after);
    OUTCOME.lastIndex = 0;
    const outcome = outcomeAfter ?? OUTCOME.exec(around);
    if (outcome) vote.outcome = outcomeOf(outcome);
    const motion = /\b(?:vote|voted)\b[^.]{0,40}?\bon\s+(?:the\s+)?((?:substantive\s+)?(?:amendment|motion|recommendations?(?:\s+\d{1,2}[A-Za-z]?)?))/i.exec(
      around,
    );
    if (motion) vote.motion = motion[1]!;
    const itemHere = itemAt[index];
    if (itemHere) vote.item = itemHere;
    vote.text = tidy(quoted.join(' '));
    const mismatched = mismatchesOf(vote);
    if (mismatched.length) vote.mismatched = mismatched;
    votes.push({ line: index, vote });
    index = cursor - 1;
  }

  // Votes given as counts in a sentence.
  OUTCOME.lastIndex = 0;
  for (let match = OUTCOME.exec(flat); match; match = OUTCOME.exec(flat)) {
    const at = match.index;
    const lineIndex = lineAt(at);
    if (namedLines.has(lineIndex) || namedLines.has(lineIndex - 1) || namedLines.has(lineIndex + 1)) continue;
    // The sentence: back to the last full stop, on past any bracket the outcome opens ("(5 in favour and 1 against. There were 3 abstentions)").
    const before = flat.slice(Math.max(0, at - 240), at);
    // A sentence starts after a full stop, or after a bracket that closed the vote before it ("…7 against) On being put…").
    const boundaries = [...before.matchAll(/[.;)]\s+(?=[A-Z0-9])/g)];
    const lastBoundary = boundaries.at(-1);
    let startOffset = at - before.length + (lastBoundary ? lastBoundary.index + lastBoundary[0].length : 0);
    // Nor does it start before the minute heading above it ("6 Zebra crossing, High Street" has no full stop).
    for (let line = lineIndex; line >= 0 && starts[line]! >= startOffset; line -= 1)
      if (itemOf(lines[line]!.text.trim()) !== undefined && line < lineIndex) {
        startOffset = starts[line + 1]!;
        break;
      }
    let end = at + match[0].length;
    let depth = 0;
    for (; end < Math.min(flat.length, at + 260); end += 1) {
      const character = flat[end];
      if (character === '(') depth += 1;
      else if (character === ')') {
        depth -= 1;
        if (depth <= 0 && /^\)\s*(?:\.|$|\s+[A-Z])/.test(flat.slice(end, end + 3))) {
          end += 1;
          break;
        }
      } else if ((character === '.' || character === ';') && /^[.;]\s+(?:[A-Z0-9]|$)/.test(flat.slice(end, end + 3))) {
        // Inside a bracket a full stop ends the sentence only when the bracket is never closed nearby (a typo in the minutes).
        if (depth === 0 || !flat.slice(end, end + 80).includes(')')) break;
      }
    }
    const sentence = tidy(flat.slice(startOffset, end));
    if (!VOTE_CONTEXT.test(sentence)) continue;
    const afterOutcome = flat.slice(at, end);
    const vote: RecordedVote = {
      page: lines[lineIndex]!.page,
      for: emptySide(),
      against: emptySide(),
      abstain: emptySide(),
      outcome: outcomeOf(match),
      text: sentence,
    };
    for (const side of ['for', 'against', 'abstain'] as const) {
      const found = COUNTS[side].map((pattern) => pattern.exec(afterOutcome) ?? pattern.exec(sentence)).find(Boolean);
      const count = numberFrom(found?.[1]);
      if (count !== undefined) vote[side] = { count, names: [] };
    }
    if (/unanim|nem\.?\s?con|yn unfrydol/i.test(sentence)) {
      vote.unanimous = true;
      if (vote.against.count === undefined) vote.against = { count: 0, names: [] };
    }
    // An outcome with neither counts nor "unanimously" is a result, not a recorded vote ("the motion was carried").
    if (!vote.unanimous && (['for', 'against', 'abstain'] as const).every((side) => vote[side].count === undefined)) continue;
    const motion = MOTION.exec(flat.slice(startOffset, at));
    if (motion) vote.motion = tidy(motion[1]!);
    // "Recommendation 2A was moved by … On being put to the vote the recommendation was CARRIED": which one, from the motion.
    const moved = [...flat.slice(Math.max(0, startOffset - 300), startOffset).matchAll(/\b(recommendation\s+\d{1,2}[A-Za-z]?)\s+was\s+moved\b/gi)].at(-1);
    if (moved && (!vote.motion || /^recommendation$/i.test(vote.motion))) vote.motion = tidy(moved[1]!);
    const itemHere = itemAt[lineIndex];
    if (itemHere) vote.item = itemHere;
    votes.push({ line: lineIndex, vote });
  }
  return votes.sort((a, b) => a.line - b.line).map(({ vote }) => vote);
}
