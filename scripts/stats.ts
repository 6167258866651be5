/**
 * The bench's statistics, in one place: medians, percentiles and how sure a ratio of two
 * medians is. Every figure is printed, never asserted (`npm run bench`).
 */

/** The value at `share` (0–1) of the sorted values; NaN for none. */
export function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? Number.NaN;
}

/** The upper median (the middle value, or the higher of the middle two); NaN for none. */
export const median = (values: readonly number[]): number => percentile(values, 0.5);

/** A small seeded generator (mulberry32), so the same figures give the same interval on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface RatioEstimate {
  /** median(numerator) / median(denominator). */
  ratio: number;
  /** The central 95% of the ratio over resamples of both sets of visits (a percentile bootstrap). */
  low: number;
  high: number;
}

/**
 * The ratio of two medians and its 95% interval, by resampling each set of visits with
 * replacement. A page's load moves by a few milliseconds from visit to visit, so one run's
 * ratio alone cannot say whether a 5% target is met; the interval says what the run can tell apart.
 */
export function ratioOfMedians(numerator: readonly number[], denominator: readonly number[], resamples = 4000): RatioEstimate {
  const ratio = median(numerator) / median(denominator);
  if (numerator.length === 0 || denominator.length === 0) return { ratio, low: Number.NaN, high: Number.NaN };
  const random = seeded(20_261_205);
  const resample = (values: readonly number[]) => Array.from(values, () => values[Math.floor(random() * values.length)]!);
  const ratios: number[] = [];
  for (let round = 0; round < resamples; round += 1) ratios.push(median(resample(numerator)) / median(resample(denominator)));
  return { ratio, low: percentile(ratios, 0.025), high: percentile(ratios, 0.975) };
}
