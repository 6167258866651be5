/**
 * Template text that councils print on every document of a kind: the key-decision criteria, the
 * Schedule 12A and "for publication" notes, form field labels, voting-arrangement paragraphs and
 * contact blocks. It says nothing about this document's matter, so it is never a key point, a
 * key fact or a contentiousness signal ("£1,000,000" from the key-decision threshold is not a sum
 * this decision spends; "the adoption or significant amendment of major strategies" is not an
 * amendment). English and Welsh.
 */
const TEMPLATE = [
  // Key-decision criteria and the sentence that says a report meets them.
  /\bkey decision\b[^.]{0,120}\b(?:over|involv\w*|exceed\w*|threshold|spend\/save|more than|significant in terms|£\s?\d)/i,
  /\b(?:two|2) or more (?:wards|electoral divisions)\b/i,
  /significant (?:in terms of (?:its )?effects? on communities|effect on (?:two|2) or more wards)/i,
  /\badoption or (?:significant )?amendment of (?:major )?(?:strategies|policies|plans)\b/i,
  /penderfyniad allweddol[^.]{0,80}(?:dros|mwy na|£\s?\d)/i,
  // Exemption and publication notes.
  /schedule 12a|by virtue of paragraph|exempt information as defined|not for publication|for general release|atodlen 12a|nid i['’]w gyhoeddi/i,
  // Form field labels: "(g) Additional information at the meeting/documents taken into account:".
  /^\([a-z]\)\s+[A-Z][^.]{0,90}[:?]\s*$/,
  // Voting arrangements and declarations guidance.
  /voting arrangements|if a (?:recorded )?vote is (?:required|requested|taken)|members may make their declaration|members are advised to make declarations|intentionally blank/i,
  // Contact blocks.
  /^(?:contact(?: officer)?|report author|for further information|e-?mail|tel(?:ephone)?|swyddog cyswllt|e-?bost|ffôn)\b/i,
];
/** An email address; tried only on text with an "@" (on every sentence, its backtracking was a tenth of the summariser's time). */
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/;

/** Each sentence is asked about by the key facts, the ranking and the contentiousness estimate: the answer is remembered. */
const ANSWERS = new Map<string, boolean>();
const MAX_REMEMBERED = 20_000;

export function isTemplateBoilerplate(text: string): boolean {
  let answer = ANSWERS.get(text);
  if (answer === undefined) {
    const trimmed = text.trim();
    answer = TEMPLATE.some((pattern) => pattern.test(trimmed)) || (trimmed.includes('@') && EMAIL.test(trimmed));
    if (ANSWERS.size >= MAX_REMEMBERED) ANSWERS.clear();
    ANSWERS.set(text, answer);
  }
  return answer;
}
