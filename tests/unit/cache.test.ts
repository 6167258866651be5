import { describe, expect, it } from 'vitest';
import { Cache } from '../../lib/cache';

let databases = 0;
function freshCache(options: { maxBytes?: number; now?: () => number } = {}): Cache {
  databases += 1;
  return new Cache({ dbName: `test-cache-${databases}`, ...options });
}

describe('Cache', () => {
  it('returns what was stored, fresh until its TTL passes, then stale but still there', async () => {
    let now = 1_000;
    const cache = freshCache({ now: () => now });
    await cache.set('a', { text: 'hello' }, 100);
    expect(await cache.get('a')).toEqual({ value: { text: 'hello' }, storedAt: 1_000, fresh: true });
    now = 1_200;
    expect(await cache.get('a')).toEqual({ value: { text: 'hello' }, storedAt: 1_000, fresh: false });
    expect(await cache.get('missing')).toBeUndefined();
  });

  it('evicts the least recently used entries beyond its size cap', async () => {
    let now = 0;
    const value = 'x'.repeat(100); // about 204 bytes stored
    const cache = freshCache({ maxBytes: 700, now: () => (now += 1) });
    await cache.set('first', value, 10_000);
    await cache.set('second', value, 10_000);
    await cache.set('third', value, 10_000);
    await cache.get('first'); // now more recently used than "second"
    await cache.set('fourth', value, 10_000);
    expect(await cache.get('second')).toBeUndefined();
    expect((await cache.get('first'))?.value).toBe(value);
    expect((await cache.get('fourth'))?.value).toBe(value);
    expect((await cache.stats()).bytes).toBeLessThanOrEqual(700);
  });

  it('clears everything', async () => {
    const cache = freshCache();
    await cache.set('a', 1, 1_000);
    await cache.clear();
    expect(await cache.stats()).toEqual({ entries: 0, bytes: 0 });
  });
});
