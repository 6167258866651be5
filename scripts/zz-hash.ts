import { readFile, readdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { loadPdfJsForNode } from '../lib/pdf/pdfjs-node';
import { extractPdfText } from '../lib/pdf/extract';
import { readDocument } from '../lib/pdf/summarise';
import { passagesOf } from '../lib/pdf/ask/passages';
const pdfjs = await loadPdfJsForNode();
const dirs = ['../shared/corpus/pdfs', 'tests/fixtures/pdfs'];
let total = 0;
const t0 = performance.now();
for (const dir of dirs) for (const name of (await readdir(dir)).filter((n) => n.endsWith('.pdf')).sort()) {
  const text = await extractPdfText(pdfjs, new Uint8Array(await readFile(join(dir, name))));
  if (!text.ok) { console.log(name, text.code); continue; }
  const s = performance.now();
  const read = readDocument(text.pages);
  total += performance.now() - s;
  console.log(name, createHash('sha1').update(JSON.stringify(read.summary) + JSON.stringify(passagesOf(read))).digest('hex').slice(0, 12));
}
console.log('summarise total ms', total.toFixed(0));
