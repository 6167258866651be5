/**
 * Orderings for sorting, without `localeCompare`: in a council page's renderer, new on each visit,
 * its first use builds an ICU collator, which loads the locale's collation data (about 6 ms of the
 * sidebar's first render of a meeting's attendees on the bench).
 */

/** Machine text (ISO dates and times, host names, keys) by code unit, which for these is also their reading order. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A name as it is sorted for reading: letters without their accents and case ("Öztürk" beside "Oz", "de Souza" beside "Dean"). */
function sortKey(name: string): string {
  // Only names with a letter beyond ASCII pay for decomposition.
  const plain = /[^ -~]/.test(name) ? name.normalize('NFD').replace(/\p{M}/gu, '') : name;
  return plain.toLowerCase();
}

/** People's names in reading order: case and accents aside, then as written, so the order is the same every time. */
export function byName(a: string, b: string): number {
  return byCodeUnit(sortKey(a), sortKey(b)) || byCodeUnit(a, b);
}
