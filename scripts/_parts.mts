import { readFileSync } from 'node:fs';
import { extractPdfText } from '../lib/pdf/extract';
import { loadPdfJsForNode } from '../lib/pdf/pdfjs-node';
import { summariseDocument } from '../lib/summarise';
const r = await extractPdfText(await loadPdfJsForNode(), new Uint8Array(readFileSync(process.argv[2]!)));
if (r.ok) {
  const s = summariseDocument(r.pages);
  for (const p of s.recommendations) console.log(`R p${p.page}: ${p.text.slice(0, 400)}`);
  for (const p of s.decisions) console.log(`D p${p.page} [${p.item ?? ''}]: ${p.text.slice(0, 400)}`);
  if (process.argv[3]) for (const p of r.pages) if (p.page === Number(process.argv[3])) p.lines.forEach((l, i) => console.log(i, JSON.stringify(l)));
}
