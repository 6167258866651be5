/**
 * Numbers as council documents write them in words ("three clear working days", "none against",
 * "dim" in Welsh for none), for the parsers that read counts and periods.
 */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  no: 0,
  none: 0,
  nil: 0,
  zero: 0,
  dim: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
};

/** A regex alternative for a number in digits or words: `zero` leaves out the words that mean none. */
export function numberPattern(zero = true): string {
  return `\\d{1,3}|${Object.keys(NUMBER_WORDS)
    .filter((word) => zero || NUMBER_WORDS[word]! > 0)
    .join('|')}`;
}

/** "3", "three", "none" → 3, 3, 0; anything else → undefined. */
export function numberFrom(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  return /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word.toLowerCase()];
}
