import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../support/fixtures';

const ROOT = join(FIXTURES, '..', '..');

function inspect(...args: string[]) {
  return spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'inspect.ts'), ...args], { encoding: 'utf8', cwd: ROOT });
}

describe('npm run inspect', () => {
  it('prints the platform, the kind and the extracted JSON', () => {
    const run = inspect(
      '--url',
      'https://milton-keynes.moderngov.co.uk/ieDecisionDetails.aspx?ID=1613',
      join(FIXTURES, 'pages', 'handmade-moderngov-decision-1613.html'),
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^platform: moderngov\nkind: decision\n\{/);
    expect(JSON.parse(run.stdout.slice(run.stdout.indexOf('{')))).toMatchObject({
      ok: true,
      data: { title: 'Regional Care Cooperative', decisionMaker: "Director of Children's Services" },
    });
  });

  it('exits non-zero, and says why, when nothing is detected', () => {
    const run = inspect(
      '--url',
      'https://milton-keynes.moderngov.co.uk/ieDecisionDetails.aspx?ID=1',
      join(FIXTURES, 'pages', 'handmade-html-error-instead-of-xml.html'),
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("lacks that platform's markup");
  });

  it('explains its usage when arguments are missing', () => {
    const run = inspect();
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Usage: npm run inspect');
  });
});
