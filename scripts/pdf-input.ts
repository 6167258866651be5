import { readFile } from 'node:fs/promises';
import { MAX_PDF_BYTES } from '../lib/pdf/extract';

/** A PDF for the command-line tools: a file, or an address fetched once (refused over 50 MB). */
export async function loadPdfInput(input: string, tool: string): Promise<Uint8Array> {
  if (!/^https?:\/\//i.test(input)) return new Uint8Array(await readFile(input));
  const response = await fetch(input, { headers: { 'user-agent': `CouncilLens/0.1 (+${tool} CLI)` } });
  if (!response.ok) throw new Error(`The server answered ${response.status}.`);
  if (Number(response.headers.get('content-length') ?? 0) > MAX_PDF_BYTES) throw new Error('The document is larger than 50 MB.');
  return new Uint8Array(await response.arrayBuffer());
}
