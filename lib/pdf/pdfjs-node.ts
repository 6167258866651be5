import type { PdfJs } from './extract';

/**
 * pdf.js for Node (the command line, the tests and the bench): its legacy build, since Node 20
 * lacks what the modern build expects. That build's core-js polyfills replace
 * `Array.prototype.push`, `JSON.parse` and `JSON.stringify` for the whole process, because
 * Node 20's V8 differs from the specification in edge cases pdf.js never meets (pushing onto an
 * array whose length is frozen; JSON source-text access). The replacements are several times
 * slower and would slow every line of Council Lens, so the native methods are put back once
 * both the library and its worker (run in-process as pdf.js's fake worker) have loaded. Chrome
 * and Firefox load the modern build, which changes no built-ins.
 */
let loaded: Promise<PdfJs> | undefined;

export function loadPdfJsForNode(): Promise<PdfJs> {
  loaded ??= (async () => {
    const native = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // Loaded now rather than on the first document, so its polyfills run before the natives are restored.
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    Array.prototype.push = native.push;
    JSON.parse = native.parse;
    JSON.stringify = native.stringify;
    return pdfjs as unknown as PdfJs;
  })();
  return loaded;
}
