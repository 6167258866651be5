import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

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
