import { readFile } from 'node:fs/promises';

/**
 * Waiting until the machine is quiet, for the bench: a visit's own work (the page's painting; Council Lens's requests, cache
 * writes and pdf.js warming) runs on past its load event, and on a 2-core machine whatever is still running when the next
 * page is timed falls into that page's load. Rather than a fixed pause long enough for the slowest visit, the bench waits
 * until every core has been all but idle for a while, read from the kernel's own counters (Linux's /proc/stat).
 */

/** Busy and total time of all cores together, in the kernel's ticks (usually 10 ms). */
export interface CpuTicks {
  busy: number;
  total: number;
}

/** The kernel's counters now, or nothing where /proc/stat cannot be read. */
async function cpuTicks(): Promise<CpuTicks | undefined> {
  const stat = await readFile('/proc/stat', 'utf8').catch(() => '');
  const fields = /^cpu\s+(.*)$/m.exec(stat)?.[1]?.trim().split(/\s+/).map(Number);
  if (!fields || fields.length < 5 || fields.some((value) => !Number.isFinite(value))) return undefined;
  // user nice system idle iowait irq softirq steal (guest time is already counted in user).
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = fields;
  const busy = user + nice + system + irq + softirq + steal;
  return { busy, total: busy + idle + iowait };
}

export interface QuietOptions {
  /** How long one look lasts. */
  windowMs?: number;
  /** How many looks in a row must find the machine quiet. */
  windows?: number;
  /** The share of all cores' time a quiet look may find busy: this machine at rest measures 0–3%. */
  busyShare?: number;
  /** The wait never exceeds this, however busy the machine stays. */
  maxMs?: number;
  /** Where /proc/stat cannot be read, the wait is this long. */
  fallbackMs?: number;
  /** Where the counters come from (the kernel's, but for tests). */
  readTicks?: () => Promise<CpuTicks | undefined>;
}

/** Waits until the machine is quiet (or `maxMs` passes); resolves with how long it waited. */
export async function untilQuiet({
  windowMs = 100,
  windows = 3,
  busyShare = 0.06,
  maxMs = 5_000,
  fallbackMs = 1_500,
  readTicks = cpuTicks,
}: QuietOptions = {}): Promise<number> {
  const started = performance.now();
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  let before = await readTicks();
  if (!before) {
    await pause(fallbackMs);
    return performance.now() - started;
  }
  let quietInARow = 0;
  while (quietInARow < windows && performance.now() - started < maxMs) {
    await pause(windowMs);
    const after = await readTicks();
    if (!after) break;
    const elapsed = after.total - before.total;
    quietInARow = elapsed > 0 && (after.busy - before.busy) / elapsed <= busyShare ? quietInARow + 1 : 0;
    before = after;
  }
  return performance.now() - started;
}
