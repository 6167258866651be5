import { describe, expect, it } from 'vitest';
import { median, percentile, typicalRatio } from '../../../scripts/stats';

describe('the bench statistics', () => {
  it('takes the upper median and clamps percentiles to the values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(3);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95)).toBe(10);
    expect(median([])).toBeNaN();
  });

  it('gives the typical ratio of two sets of loads with a distribution-free interval', () => {
    const without = [25, 26, 27, 25, 28, 26, 27, 30, 24, 26, 27, 29, 25, 26];
    const withIt = without.map((load) => load * 1.1);
    const estimate = typicalRatio(withIt, without);
    // Every pair's log ratio is log 1.1 plus a difference of two loads without, whose median is 0.
    expect(estimate.ratio).toBeCloseTo(1.1, 10);
    expect(estimate.low).toBeLessThan(1.1);
    expect(estimate.high).toBeGreaterThan(1.1);
    expect(typicalRatio(without, without).ratio).toBeCloseTo(1, 10);
  });

  it('bounds the typical ratio by the right pairs, and more tightly with more visits', () => {
    // Ten visits a side: 100 pairs, and the Mann–Whitney bound k = floor(50 − 1.96·√(100·21/12)) = 24, so the interval runs from the
    // 24th smallest pair ratio to the 24th largest.
    const a = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19];
    const ratios = a.flatMap((top) => a.map((bottom) => top / bottom)).sort((x, y) => x - y);
    const estimate = typicalRatio(a, a);
    expect(estimate.low).toBeCloseTo(ratios[23]!, 12);
    expect(estimate.high).toBeCloseTo(ratios[100 - 24]!, 12);
    const many = Array.from({ length: 8 }, () => a).flat();
    const tighter = typicalRatio(many, many);
    expect(tighter.high - tighter.low).toBeLessThan(estimate.high - estimate.low);
    expect(typicalRatio([1, 2], [1, 2]).low).toBeNaN();
    expect(typicalRatio([], [1]).ratio).toBeNaN();
  });
});
