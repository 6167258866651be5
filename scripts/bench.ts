/**
 * `npm run bench`: prints figures, never passes or fails. Later work adds its own sections.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { startFixtureServer } from '../tests/support/fixture-server';
import { MEETING_URLS } from '../tests/support/fixture-sites';
import { CHROMIUM, EXTENSION_DIR, MAPPED_HOST_PATTERNS, ROOT } from '../tests/support/launch';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value: number) => (value < 0.01 ? `${(value * 1000).toFixed(2)} µs` : `${value.toFixed(3)} ms`);

async function contentScriptSizes(): Promise<void> {
  const dir = join(EXTENSION_DIR, 'content-scripts');
  console.log('\n## Content scripts (chrome-mv3 build)');
  for (const name of (await readdir(dir)).filter((file) => file.endsWith('.js') || file.endsWith('.css')).sort()) {
    const body = await readFile(join(dir, name));
    console.log(`${name.padEnd(24)} raw ${kb(body.byteLength).padStart(9)}   gzip ${kb(gzipSync(body, { level: 9 }).byteLength).padStart(8)}   (target: at most 40 kB gzip for JS)`);
  }
  const background = await stat(join(EXTENSION_DIR, 'background.js'));
  console.log(`${'background.js'.padEnd(24)} raw ${kb(background.size).padStart(9)}`);
}

async function detectAndExtractInChromium(): Promise<void> {
  const bundle = await build({ entryPoints: [join(ROOT, 'scripts', 'bench-entry.ts')], bundle: true, write: false, format: 'iife', target: 'es2022', minify: true });
  const script = bundle.outputFiles[0]?.text ?? '';
  const server = await startFixtureServer();
  const userDataDir = await mkdtemp(join(tmpdir(), 'council-lens-bench-'));
  const rules = MAPPED_HOST_PATTERNS.map((pattern) => `MAP ${pattern} 127.0.0.1:${server.port}`).join(', ');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', `--host-resolver-rules=${rules}`],
  });
  try {
    const page = await browser.newPage();
    await page.goto(MEETING_URLS.kingston);
    await page.addScriptTag({ content: script });
    const result = await page.evaluate(() => window.councilLensBench(200));
    console.log('\n## Detect + extract, real Kingston meeting page (55 kB), Debian Chromium');
    console.log(`detect + extract        median ${ms(result.detectAndExtract.medianMs)}   p95 ${ms(result.detectAndExtract.p95Ms)}   (target: at most 5 ms median; extraction ok: ${result.ok})`);
    console.log(`non-meeting page (URL)  median ${ms(result.urlOnlyReject.medianMs)}   p95 ${ms(result.urlOnlyReject.p95Ms)}   (all the work done on pages Council Lens does not read)`);
  } finally {
    await browser.close();
    await server.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

console.log(`# Council Lens bench — ${new Date().toISOString()} — Node ${process.version}`);
await contentScriptSizes();
await detectAndExtractInChromium();
