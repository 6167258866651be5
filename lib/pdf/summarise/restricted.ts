/**
 * Documents marked exempt from publication (Schedule 12A, "not for publication", Part 2
 * confidential items) are never sent to a remote AI endpoint.
 */
const RESTRICTED =
  /\bnot\s+for\s+publication\b|\bexempt\s+information\b|\bschedule\s+12a\b|\bpart\s+(?:2|ii)\b(?=[^.]{0,60}\b(?:exempt|confidential|private))|\bconfidential\s+appendix\b|\bprivate\s+and\s+confidential\b/i;

export function isRestricted(text: string): boolean {
  return RESTRICTED.test(text);
}
