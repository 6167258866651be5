/**
 * `npm run bench`: prints figures, never passes or fails. Later work adds its own sections.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { startFixtureServer } from '../tests/support/fixture-server';
import { MEETING_URLS } from '../tests/support/fixture-sites';
import { fixtureText } from '../tests/support/fixtures';
import { KIND_CASES } from '../tests/support/kind-cases';
import { CHROMIUM, councilSiteArgs, EXTENSION_DIR, ROOT } from '../tests/support/launch';
import { sidebarLatency } from './bench-latency';
import { soak } from './bench-soak';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value: number) => (value < 1 ? `${(value * 1000).toFixed(1)} µs` : `${value.toFixed(2)} ms`);

async function contentScriptSizes(): Promise<void> {
  console.log('\n## Bundles (chrome-mv3 build)');
  const rows: [string, string, string][] = [
    // No content script runs on council sites: the background injects the sidebar once a page it reads has loaded.
    ['sidebar.js', 'injected only into pages Council Lens reads, after their load', 'no target of its own: it is not loaded elsewhere'],
    ['background.js', 'service worker', ''],
  ];
  for (const [name, role, target] of rows) {
    const body = await readFile(join(EXTENSION_DIR, name));
    // V8 holds a script's source for the page's life, two bytes a character if any character is beyond Latin-1 (wxt.config.ts).
    const wide = [...body.toString('utf8')].filter((character) => character.codePointAt(0)! > 0xff).length;
    console.log(
      `${name.padEnd(28)} raw ${kb(body.byteLength).padStart(9)}   gzip ${kb(gzipSync(body, { level: 9 }).byteLength).padStart(8)}   ${role}${target ? ` (${target})` : ''}; ${wide ? `${wide} characters beyond Latin-1: held two bytes a character` : 'held one byte a character'}`,
    );
  }
}

async function detectAndExtractInChromium(): Promise<void> {
  const bundle = await build({
    entryPoints: [join(ROOT, 'scripts', 'bench-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    minify: true,
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  const server = await startFixtureServer();
  const userDataDir = await mkdtemp(join(tmpdir(), 'council-lens-bench-'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: councilSiteArgs(server.port) });
  try {
    const page = await browser.newPage();
    await page.goto(MEETING_URLS.kingston);
    await page.addScriptTag({ content: script });
    const result = await page.evaluate(() => window.councilLensBench(200));
    console.log('\n## Detect + extract, real Kingston meeting page (55 kB), Debian Chromium');
    console.log(
      `detect + extract        median ${ms(result.detectAndExtract.medianMs)}   p95 ${ms(result.detectAndExtract.p95Ms)}   (target: at most 5 ms median; extraction ok: ${result.ok})`,
    );
    console.log(
      `non-meeting page (URL)  median ${ms(result.urlOnlyReject.medianMs)}   p95 ${ms(result.urlOnlyReject.p95Ms)}   (all the work done on pages Council Lens does not read)`,
    );

    const cases = KIND_CASES.map((testCase) => ({
      label: `${testCase.platform ?? 'moderngov'}/${testCase.kind}`,
      url: testCase.url,
      html: testCase.wrap ? `<div id="modgov">${fixtureText(testCase.fixture)}</div>` : fixtureText(testCase.fixture),
    }));
    const perKind = await page.evaluate((input) => window.councilLensDetectBench(input, 50), cases);
    console.log('\n## Detection per page kind (URL + markup fingerprint), Debian Chromium');
    for (const row of perKind) console.log(`${row.label.padEnd(24)} median ${ms(row.medianMs).padStart(10)}   detected as ${row.detected}`);
  } finally {
    await browser.close();
    await server.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

console.log(`# Council Lens bench — ${new Date().toISOString()} — Node ${process.version}`);
await contentScriptSizes();
await detectAndExtractInChromium();
await sidebarLatency();
await soak();
// PDF figures in a process of their own, so its peak memory is not the browser tests'.
execFileSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'bench-pdf.ts')], { stdio: 'inherit' });
