/**
 * The memory figure of `npm run bench`: one process that only loads pdf.js, reads a PDF from a
 * file and summarises it, as Chrome's offscreen document does. It is bundled and run with plain
 * Node (no tsx), so its peak resident memory is the job's and the runtime's alone.
 *   node memory-probe.mjs <file.pdf>
 */
import { readFile } from 'node:fs/promises';
import { extractPdfText } from '../lib/pdf/extract';
import { loadPdfJsForNode } from '../lib/pdf/pdfjs-node';
import { summariseDocument } from '../lib/pdf/summarise';
import { ENGLISH, failureText } from '../lib/shared/i18n';

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);
const pdfjs = await loadPdfJsForNode();
const loaded = process.memoryUsage().rss;
const bytes = new Uint8Array(await readFile(process.argv[2]!));
const text = await extractPdfText(pdfjs, bytes);
if (!text.ok) throw new Error(failureText(ENGLISH.t, text));
const summary = summariseDocument(text.pages);
const peak = process.resourceUsage().maxRSS * 1024;
console.log(JSON.stringify({ pages: text.pageCount, sentences: summary.summary.length, peakMb: megabytes(peak), loadedMb: megabytes(loaded) }));
