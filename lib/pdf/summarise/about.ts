import { MONTH_NAMES } from './facts';
import type { DocumentText } from './sentences';

/**
 * Who decides, when, under which reference, whether it is a key decision, and by when it can be
 * called in: what a record of decision states in its header, and what a report's cover sheet
 * says about who it goes to. Each is taken as the document states it, with its page, or left out.
 */
export interface AboutDecision {
  decisionMaker?: { text: string; page: number };
  date?: { text: string; page: number };
  reference?: { text: string; page: number };
  keyDecision?: { value: boolean; page: number };
  /** The last day it can be called in (or, in a committee system, referred to an escalation panel). */
  callInDeadline?: { text: string; page: number };
}

const DATE = String.raw`\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTH_NAMES})\s+\d{4}`;

const MAKER = [
  /^decision[\s-]?maker\s*:?\s*(.{3,120})$/i,
  /^(?:decision\s+)?taken\s+by\s*:?\s*(.{3,120})$/i,
  /^decisions?\s+determined\s+at\s+(.{3,120}?)(?:\s+meeting)?(?:\s+on\b.*)?$/i,
  /^(?:report\s+to|committee|meeting)\s*:\s*(.{3,80}?)(?:\s+date\s*:.*)?$/i,
  /^(?:\d+(?:\.\d+)*\s+)?((?:the\s+)?[A-Z][\w&,’' -]{2,60}?)\s+(?:is|are)\s+(?:asked|recommended|requested)\s+to\b/,
  /^gwneuthurwr\s+y\s+penderfyniad\s*:?\s*(.{3,120})$/i,
];
const REFERENCE = /^(?:(?:key\s+)?decision\s+(?:no\.?|number|ref(?:erence)?)|forward\s+plan\s+ref(?:erence)?|cyfeirnod)\s*:?\s*([A-Z0-9][\w/.-]{1,30})/i;
const DECISION_DATE = new RegExp(
  `^(?:date\\s+of\\s+(?:the\\s+)?decision|decision\\s+date|date\\s+decision\\s+(?:taken|made)|dyddiad\\s+y\\s+penderfyniad)\\s*:?\\s*(${DATE})`,
  'i',
);
const MEETING_DATE = new RegExp(`\\bmeeting\\s+(?:on|held\\s+on)\\s+(${DATE})`, 'i');
const KEY = /\bkey\s+decision\s*[:?]?\s*(yes|no)\b|^(?:this\s+is\s+)?(not\s+)?a\s+key\s+decision\b|\bkey\s+or\s+non-key\s+decision\s*:\s*(key|non-key)/i;
const CALL_IN = new RegExp(
  `(?:call[\\s-]?in\\s+(?:deadline|period\\s+(?:ends|expires))|deadline\\s+for\\s+(?:call[\\s-]?in|escalation\\s+panel\\s+referral)|(?:may|can)\\s+(?:not\\s+)?be\\s+(?:implemented|called\\s+in)\\s+(?:before|until|after))[^\\d]{0,30}(${DATE})`,
  'i',
);

export function aboutDecision(text: DocumentText): AboutDecision {
  const about: AboutDecision = {};
  // A form's title can wrap: "Decision determined at Transport & Connectivity / Policy Committee meeting on 23 October 2025".
  const head = text.lines
    .slice(0, 5)
    .map((line) => line.text.trim())
    .join(' ');
  const determined = /\bdecisions?\s+determined\s+at\s+(.{3,120}?)\s+meeting\s+on\b/i.exec(head);
  if (determined) about.decisionMaker = { text: determined[1]!.trim(), page: text.lines[0]?.page ?? 1 };
  for (const line of text.lines.slice(0, 200)) {
    const value = line.text.trim();
    if (!about.decisionMaker) {
      for (const pattern of MAKER) {
        const match = pattern.exec(value);
        if (match?.[1]) {
          about.decisionMaker = { text: match[1].trim().replace(/[:;,.]$/, ''), page: line.page };
          break;
        }
      }
    }
    const reference = REFERENCE.exec(value);
    if (!about.reference && reference) about.reference = { text: reference[1]!, page: line.page };
    const date = DECISION_DATE.exec(value) ?? MEETING_DATE.exec(value);
    if (!about.date && date) about.date = { text: date[1]!, page: line.page };
    const key = KEY.exec(value);
    if (!about.keyDecision && key) about.keyDecision = { value: key[1] ? /yes/i.test(key[1]) : key[3] ? /^key$/i.test(key[3]) : !key[2], page: line.page };
    const callIn = CALL_IN.exec(value);
    if (!about.callInDeadline && callIn) about.callInDeadline = { text: callIn[1]!, page: line.page };
  }
  // "Decision determined at … meeting on 12 September 2024" spans two lines in some forms.
  if (!about.date) {
    const joined = text.lines
      .slice(0, 12)
      .map((line) => line.text)
      .join(' ');
    const date = MEETING_DATE.exec(joined);
    if (date) about.date = { text: date[1]!, page: text.lines[0]?.page ?? 1 };
  }
  return about;
}
