/** pdf.js's worker module, imported in Node only so that its polyfills run at a known moment (pdfjs-node.ts). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
