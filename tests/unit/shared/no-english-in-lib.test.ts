import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * lib/ says nothing to the reader in English: every word the UI shows comes from the
 * catalogues (public/_locales), by a message key or a failure code. The only English prose
 * left in lib/ is not for the reader, and is named here with why.
 */
const NOT_FOR_THE_READER: Record<string, string> = {
  'lib/background/ai/tiers.ts': 'the instructions and digest sent to a language model',
  'lib/background/ai/answer.ts': 'the instructions and passages sent to a language model to answer a question',
  'lib/options/store.ts': 'the sample digest sent to test an AI endpoint',
  'lib/background/offscreen.ts': 'the justification Chrome asks of an offscreen document (for its reviewers, not shown)',
  'lib/background/service/contract.ts': 'the OpenAPI description of the service contract, for developers',
};

const LIB = join(__dirname, '..', '..', '..', 'lib');
const sources = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });

/** A string literal that reads as an English sentence: a capital, then at least four words. */
const SENTENCE = /(['`])[A-Z][a-z’']+(?: [a-z’'(),]+){3,}[^'`]*\1/g;

describe('no English in lib/', () => {
  it('has no sentence for the reader outside the catalogues', () => {
    const found: string[] = [];
    for (const path of sources(LIB)) {
      const name = relative(join(LIB, '..'), path).replaceAll('\\', '/');
      if (name in NOT_FOR_THE_READER) continue;
      const code = readFileSync(path, 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
        .join('\n');
      for (const match of code.matchAll(SENTENCE)) found.push(`${name}: ${match[0]}`);
    }
    expect(found).toEqual([]);
  });
});
