import { describe, expect, it } from 'vitest';
import { median, percentile, ratioOfMedians } from '../../../scripts/stats';

describe('the bench statistics', () => {
  it('takes the upper median and clamps percentiles to the values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(3);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95)).toBe(10);
    expect(median([])).toBeNaN();
  });

  it('gives a ratio of medians with an interval that holds it, the same on every run', () => {
    const without = [25, 26, 27, 25, 28, 26, 27, 30, 24, 26, 27];
    const withIt = without.map((load) => load * 1.1);
    const estimate = ratioOfMedians(withIt, without);
    expect(estimate.ratio).toBeCloseTo(1.1, 10);
    expect(estimate.low).toBeLessThanOrEqual(estimate.ratio);
    expect(estimate.high).toBeGreaterThanOrEqual(estimate.ratio);
    expect(estimate.high - estimate.low).toBeGreaterThan(0);
    expect(ratioOfMedians(withIt, without)).toEqual(estimate);
  });

  it('has an interval that narrows as the visits agree', () => {
    const steady = ratioOfMedians([10, 10, 10, 10, 10], [10, 10, 10, 10, 10]);
    expect([steady.low, steady.high]).toEqual([1, 1]);
    expect(ratioOfMedians([], [1]).low).toBeNaN();
  });
});
