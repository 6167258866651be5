import type { PageLines } from '../../lib/pdf/lines';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** pdf.js's lines for a few pages of a real document (tests/fixtures/corpus-excerpts/, provenance in tests/fixtures/SOURCES.md). */
export function excerpt(name: string): PageLines[] {
  const text = readFileSync(join(FIXTURES, 'corpus-excerpts', name), 'utf8');
  return text
    .split(/^=== PAGE (\d+)\n/m)
    .slice(1)
    .reduce<PageLines[]>(
      (pages, part, index, parts) => (index % 2 === 0 ? [...pages, { page: Number(part), lines: parts[index + 1]!.split('\n').filter(Boolean) }] : pages),
      [],
    );
}

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, 'pages', name), 'utf8');
}

/** Parses a fixture with the environment's own DOMParser, as the content script does. */
export function fixtureDocument(name: string, type: DOMParserSupportedType = 'text/html'): Document {
  return new DOMParser().parseFromString(fixtureText(name), type);
}

/**
 * Compares with a golden JSON file. With UPDATE_GOLDEN=1 it rewrites the file instead,
 * so a deliberate change is one command and a reviewable diff.
 */
export function golden(name: string, actual: unknown): unknown {
  const path = join(FIXTURES, 'expected', name);
  const serialised = `${JSON.stringify(actual, null, 2)}\n`;
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) writeFileSync(path, serialised);
  return JSON.parse(readFileSync(path, 'utf8'));
}
