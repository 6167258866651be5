/**
 * Once no PDF has been read for this long, the shared pdf.js worker (lib/pdf/page-runner.ts) is
 * stopped and its memory given back; the next PDF starts another. Long enough for the documents
 * of one meeting, or a person going from report to report; short enough that a day's browsing
 * does not keep pdf.js's heap. A module of its own, so Node tools can read it without pdf.js.
 */
export const WORKER_IDLE_MS = 20_000;
