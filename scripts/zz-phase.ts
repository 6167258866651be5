import { readFile } from 'node:fs/promises';
import { loadPdfJsForNode } from '../lib/pdf/pdfjs-node';
import { extractPdfText } from '../lib/pdf/extract';
import { readDocument } from '../lib/pdf/summarise';
const pdfjs = await loadPdfJsForNode();
const pagesOf = [];
for (const f of process.argv.slice(2)) {
  const text = await extractPdfText(pdfjs, new Uint8Array(await readFile(f)));
  if (!text.ok) throw new Error(text.code);
  pagesOf.push(text.pages);
}
const t0 = performance.now();
for (let i = 0; i < 20; i++) for (const pages of pagesOf) readDocument(pages);
console.log('summarise x20', (performance.now() - t0).toFixed(0));
