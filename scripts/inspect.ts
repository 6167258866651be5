/**
 * `npm run inspect -- --url <page-url> <saved-page.html>`: what Council Lens sees on a saved
 * council page — the platform, the page kind and the extracted JSON, exactly as the extension
 * computes them. Exits 1 when nothing is detected, 2 on bad arguments.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { Window } from 'happy-dom';
import { detectPage, detectorsMatchingUrl, extractPage } from '../lib/page/platforms';

const usage = 'Usage: npm run inspect -- --url <page-url> <saved-page.html>';
let values: { url?: string };
let positionals: string[];
try {
  ({ values, positionals } = parseArgs({ options: { url: { type: 'string' } }, allowPositionals: true }));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(2);
}
const file = positionals[0];
if (!values.url || !file) {
  console.error(usage);
  process.exit(2);
}
let url: URL;
try {
  url = new URL(values.url);
} catch {
  console.error(`Not a URL: ${values.url}\n${usage}`);
  process.exit(2);
}

const html = await readFile(file, 'utf8');
// A DOM like the browser's, with the page's own scripts and styles never run or fetched.
const window = new Window({
  url: url.href,
  settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
});
const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;

const urlMatches = detectorsMatchingUrl(url).map((match) => `${match.platform.id}/${match.detector.kind}`);
const detection = detectPage(url, document);
if (!detection) {
  console.log(
    urlMatches.length === 0
      ? `Not detected: no detector matches the URL ${url.href}.`
      : `Not detected: the URL looks like ${urlMatches.join(', ')}, but the page lacks that platform's markup (#modgov / $ModernGov for ModernGov, the DNN CMIS module for CMIS).`,
  );
  await window.happyDOM.close();
  process.exit(1);
}
const result = extractPage(detection, url, document);
console.log(`platform: ${detection.platform}`);
console.log(`kind: ${detection.kind}`);
console.log(JSON.stringify(result, null, 2));
await window.happyDOM.close();
