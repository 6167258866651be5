import { describe, expect, it } from 'vitest';
import { type CpuTicks, untilQuiet } from '../../../scripts/machine-quiet';

/** Counters as the kernel would give them: each look adds `total` ticks, of which the next of `busy` were busy. */
function counters(busyPerLook: number[], total = 20): { read: () => Promise<CpuTicks | undefined>; looks: () => number } {
  let looks = 0;
  let busy = 0;
  return {
    read: async () => {
      if (looks > 0) busy += busyPerLook[looks - 1] ?? 0;
      looks += 1;
      return { busy, total: looks * total };
    },
    looks: () => looks,
  };
}

describe('waiting for the machine to go quiet', () => {
  it('waits until three looks in a row find the cores all but idle', async () => {
    // Busy, busy, quiet, busy (the count starts again), then three quiet looks.
    const ticks = counters([12, 8, 1, 5, 0, 1, 0]);
    await untilQuiet({ windowMs: 1, readTicks: ticks.read });
    expect(ticks.looks()).toBe(8);
  });

  it('gives up after its longest wait on a machine that never goes quiet', async () => {
    const ticks = counters(Array.from({ length: 10_000 }, () => 20));
    await untilQuiet({ windowMs: 1, maxMs: 30, readTicks: ticks.read });
    expect(ticks.looks()).toBeGreaterThan(1);
    expect(ticks.looks()).toBeLessThan(10_000);
  });

  it('waits a fixed time where the counters cannot be read', async () => {
    let looks = 0;
    const waited = await untilQuiet({
      fallbackMs: 5,
      readTicks: async () => {
        looks += 1;
        return undefined;
      },
    });
    expect(looks).toBe(1);
    expect(waited).toBeGreaterThan(0);
  });
});
