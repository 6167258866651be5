import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { Cache } from '../../../lib/background/cache';

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

  it('keeps recent entries in memory, and drops them when another context (the settings page) clears or deletes them', async () => {
    databases += 1;
    const dbName = `test-cache-${databases}`;
    const background = new Cache({ dbName });
    const settingsPage = new Cache({ dbName });
    await background.set('service:a', 'summary', 60_000);
    await background.set('portal:b', 'attendance', 60_000);
    expect((await background.get('service:a'))?.value).toBe('summary');
    await settingsPage.clear('service');
    // The other context hears of it over a BroadcastChannel, so give the message its turn.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await background.get('service:a')).toBeUndefined();
    expect((await background.get('portal:b'))?.value).toBe('attendance');
    await settingsPage.delete('portal:b');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await background.get('portal:b')).toBeUndefined();
  });

  it('keeps a large entry (a long document’s summary and question index) in IndexedDB only, not in memory as well', async () => {
    databases += 1;
    const dbName = `test-cache-${databases}`;
    const cache = new Cache({ dbName });
    await cache.set('pdf:big', 'x'.repeat(200_000), 60_000);
    await cache.set('portal:small', 'attendance', 60_000);
    // The database is emptied behind the cache's back: only what it kept in memory is still there.
    const db = await openDB(dbName);
    await db.clear('entries');
    db.close();
    expect((await cache.get('portal:small'))?.value).toBe('attendance');
    expect(await cache.get('pdf:big')).toBeUndefined();
  });

  it('clears everything', async () => {
    const cache = freshCache();
    await cache.set('a', 1, 1_000);
    await cache.clear();
    expect(await cache.stats()).toEqual({ entries: 0, bytes: 0 });
  });
});

describe('Cache schema upgrades', () => {
  it('opens a database created by version 1 and keeps its entries, now with kinds', async () => {
    const { openDB } = await import('idb');
    const name = 'test-cache-v1-upgrade';
    // Version 1's schema, as it shipped: one store keyed by `key`, indexed by last access.
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('entries', { keyPath: 'key' }).createIndex('byLastAccess', 'lastAccess');
      },
    });
    await v1.put('entries', {
      key: 'portal:https://x.moderngov.co.uk/mgMeetingAttendance.aspx?ID=1',
      value: { text: 'old' },
      storedAt: 1,
      expiresAt: Number.MAX_SAFE_INTEGER,
      lastAccess: 1,
      bytes: 10,
    });
    await v1.put('entries', {
      key: 'service:x.moderngov.co.uk/iedecisiondetails.aspx?id=1',
      value: { a: 1 },
      storedAt: 1,
      expiresAt: Number.MAX_SAFE_INTEGER,
      lastAccess: 1,
      bytes: 10,
    });
    v1.close();

    const cache = new Cache({ dbName: name });
    expect((await cache.get('portal:https://x.moderngov.co.uk/mgMeetingAttendance.aspx?ID=1'))?.value).toEqual({ text: 'old' });
    expect(await cache.stats('portal')).toEqual({ entries: 1, bytes: 10 });
    expect(await cache.stats('service')).toEqual({ entries: 1, bytes: 10 });
    await cache.clear('service');
    expect(await cache.stats()).toEqual({ entries: 1, bytes: 10 });
  });
});
