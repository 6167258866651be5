import { readFileSync } from 'node:fs';
import { extractPdfText } from '../lib/pdf/extract';
import { loadPdfJsForNode } from '../lib/pdf/pdfjs-node';
const pdf = await loadPdfJsForNode();
const bytes = new Uint8Array(readFileSync('/tmp/real310.pdf'));
await extractPdfText(pdf, bytes);
const times: number[] = [];
for (let i = 0; i < 5; i++) { const t = performance.now(); await extractPdfText(pdf, bytes); times.push(performance.now() - t); }
console.log('runs', times.map((t) => t.toFixed(0)).join(' '));
