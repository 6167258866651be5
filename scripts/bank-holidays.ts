/**
 * Writes assets/bank-holidays.json: England and Wales bank holidays (with substitute days)
 * from the `date-holidays` package, for the call-in clock. The extension ships the table, not
 * the library (which carries every country's rules). `npm run bank-holidays` regenerates it;
 * tests/unit/callin.test.ts fails if it drifts from the library.
 */
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Holidays from 'date-holidays';

// Not the e2e helpers' ROOT: importing them pulls Playwright into the unit tests that check this table.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export const FIRST_YEAR = 2020;
export const LAST_YEAR = 2040;

export function englandAndWalesBankHolidays(): string[] {
  const days = new Set<string>();
  for (const region of ['ENG', 'WLS']) {
    const calendar = new Holidays('GB', region);
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
      for (const holiday of calendar.getHolidays(year)) if (holiday.type === 'public' || holiday.type === 'bank') days.add(holiday.date.slice(0, 10));
    }
  }
  return [...days].sort();
}

if (process.argv[1]?.endsWith('bank-holidays.ts')) {
  const path = join(ROOT, 'assets', 'bank-holidays.json');
  await writeFile(
    path,
    `${JSON.stringify({ source: 'date-holidays (GB-ENG, GB-WLS), public and bank holidays with substitute days', from: FIRST_YEAR, to: LAST_YEAR, days: englandAndWalesBankHolidays() }, null, 1)}\n`,
  );
  console.log(`Wrote ${path}`);
}
