import type { DocumentText } from './sentences';

/**
 * The public's part of a meeting: statements, questions, petitions and deputations. These are
 * residents' words, not the council's, so they are never key points; they are counted, with
 * what their titles say for or against, and cited to the page where the minutes list them.
 */
export interface PublicForum {
  page: number;
  statements?: { count: number; support: number; oppose: number };
  questions?: { count: number };
  petitions?: { count: number };
  /** Lines (by index into the document) the public section spans: no key point comes from here. */
  lines: { start: number; end: number };
}

const HEADING = /^(?:\d{1,3}\.?\s+)?(?:public\s+forum|public\s+participation|public\s+questions?|questions?\s+from\s+(?:the\s+)?(?:public|members\s+of\s+the\s+public)|items?\s+from\s+the\s+public|public\s+statements?|deputations?|fforwm\s+cyhoeddus|cyfranogiad\s+y\s+cyhoedd|cwestiynau\s+gan\s+y\s+cyhoedd)\b[^.]{0,40}$/i;
const SUB_HEADING = /^(?:public\s+(?:petitions?|statements?|forum\s+questions?|questions?)|statements?|questions?|petitions?)\b/i;
const COUNT = (what: string) => new RegExp(`\\b(?:a\\s+total\\s+of\\s+)?(\\d{1,4})\\s+(?:public\\s+)?${what}\\s+(?:were|was|had\\s+been)\\s+(?:received|submitted)`, 'i');
const ROW_WITH_NAME = /^\d{1,3}\s+[A-Z][a-z]+\s+[A-Z][a-z’'-]+\s/;
const ROW = /^\d{1,3}(?:\s*,\s*\d{1,3})*(?:\s*&)?\s+[A-Z]/;
const OPPOSE = /\b(?:against|oppos\w*|objections?|object\w*|stop|halt|scrap|not\s+needed|unfair|concerns?)\b/i;
const SUPPORT = /\b(?:support\w*|in\s+favour|welcome\w*)\b/i;

export function findPublicForum(text: DocumentText): PublicForum | undefined {
  const lines = text.lines.map((line) => line.text.trim());
  const start = lines.findIndex((line) => HEADING.test(line) && line.length < 70);
  if (start < 0) return undefined;
  const ownNumber = Number(/^(\d{1,3})/.exec(lines[start]!)?.[1] ?? NaN);
  let end = start;
  for (let index = start + 1; index < lines.length; index += 1) {
    const line = lines[index]!;
    // The section ends at the next agenda item's heading: the next minute number, written without the
    // leading zero that a statements table's refs have ("07 Kelly Smallcombe …").
    const number = /^([1-9]\d{0,2})\.?\s+[A-Z]/.exec(line)?.[1];
    const nextItem = number !== undefined && line.length < 100 && (Number.isNaN(ownNumber) ? Number(number) > 0 && !ROW_WITH_NAME.test(line) : Number(number) > ownNumber && Number(number) <= ownNumber + 3);
    if (nextItem && !SUB_HEADING.test(line.replace(/^\d+\.?\s+/, ''))) break;
    end = index;
  }
  const body = lines.slice(start, end + 1);
  const joined = body.join(' ');
  const forum: PublicForum = { page: text.lines[start]!.page, lines: { start, end } };
  // Statement rows: under "Statements", numbered, until the questions begin.
  const statementsAt = body.findIndex((line) => /^(?:public\s+)?statements?\b/i.test(line));
  const questionsAt = body.findIndex((line) => /^(?:public\s+(?:forum\s+)?)?questions?\b/i.test(line));
  const rows = statementsAt >= 0 ? body.slice(statementsAt, questionsAt > statementsAt ? questionsAt : undefined).filter((line) => ROW.test(line)) : [];
  const statementCount = Number(COUNT('statements?').exec(joined)?.[1] ?? 0) || rows.length;
  if (statementCount) forum.statements = { count: statementCount, support: rows.filter((row) => SUPPORT.test(row) && !OPPOSE.test(row)).length, oppose: rows.filter((row) => OPPOSE.test(row)).length };
  const questionCount = Number(COUNT('questions?').exec(joined)?.[1] ?? 0);
  if (questionCount) forum.questions = { count: questionCount };
  const petitionCount = /\bno\s+(?:public\s+)?petitions?\b/i.test(joined) ? 0 : Number(COUNT('petitions?').exec(joined)?.[1] ?? 0);
  if (petitionCount) forum.petitions = { count: petitionCount };
  return forum.statements || forum.questions || forum.petitions ? forum : undefined;
}
