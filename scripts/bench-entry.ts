// Bundled into the page by scripts/bench.ts, so detection and extraction are timed in
// real Chromium on the real Kingston page, as the content script runs them.
import { detectorsMatchingUrl, detectPage, extractPage } from '../lib/page/platforms';
import { median, percentile } from './stats';

function timeRuns(iterations: number, run: () => void): { medianMs: number; p95Ms: number } {
  for (let warm = 0; warm < 20; warm += 1) run();
  const times: number[] = [];
  for (let index = 0; index < iterations; index += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return { medianMs: median(times), p95Ms: percentile(times, 0.95) };
}

declare global {
  interface Window {
    councilLensBench(iterations: number): {
      detectAndExtract: { medianMs: number; p95Ms: number };
      urlOnlyReject: { medianMs: number; p95Ms: number };
      ok: boolean;
    };
  }
}

window.councilLensBench = (iterations) => {
  const url = new URL(location.href);
  let ok = false;
  const detectAndExtract = timeRuns(iterations, () => {
    const detection = detectPage(url, document);
    ok = detection ? extractPage(detection, url, document).ok : false;
  });
  const elsewhere = new URL('/mgCommitteeDetails.aspx?ID=711', location.href);
  // One rejection is below the timer's resolution, so time batches of a thousand.
  const batch = timeRuns(Math.max(5, iterations / 10), () => {
    for (let index = 0; index < 1000; index += 1) detectorsMatchingUrl(elsewhere);
  });
  const urlOnlyReject = { medianMs: batch.medianMs / 1000, p95Ms: batch.p95Ms / 1000 };
  return { detectAndExtract, urlOnlyReject, ok };
};

declare global {
  interface Window {
    councilLensDetectBench(cases: { label: string; url: string; html: string }[], iterations: number): { label: string; detected: string; medianMs: number }[];
  }
}

/** Detection alone, per page kind, on documents parsed in the page (as the loader sees them). */
window.councilLensDetectBench = (cases, iterations) =>
  cases.map(({ label, url, html }) => {
    const document = new DOMParser().parseFromString(html, 'text/html');
    const target = new URL(url);
    let detected = 'none';
    // Detection is microseconds: time batches of a hundred for a resolvable figure.
    const batch = timeRuns(iterations, () => {
      for (let index = 0; index < 100; index += 1) {
        const detection = detectPage(target, document);
        detected = detection ? `${detection.platform}/${detection.kind}` : 'none';
      }
    });
    return { label, detected, medianMs: batch.medianMs / 100 };
  });
