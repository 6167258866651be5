import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

/**
 * A small IndexedDB cache for answers from council portals and the summary service.
 * Entries carry their own expiry (TTLs differ per kind) and a last-access time, so the
 * store can be capped by size and evict the least recently used first.
 */

export const CACHE_DB_NAME = 'council-lens-cache';
/**
 * Version history: 1 — entries keyed by URL-like keys, with TTL and LRU fields.
 * 2 — entries carry a `kind` (the key's prefix: `portal`, `service`, `pdf`…) with an index,
 * so one kind can be counted or cleared without scanning the rest.
 */
export const CACHE_DB_VERSION = 2;

export interface CacheEntry<T = unknown> {
  key: string;
  kind: string;
  value: T;
  storedAt: number;
  expiresAt: number;
  lastAccess: number;
  bytes: number;
}

interface CacheSchema extends DBSchema {
  entries: { key: string; value: CacheEntry; indexes: { byLastAccess: number; byKind: string } };
}

export interface CacheHit<T> {
  value: T;
  storedAt: number;
  /** False once the TTL has passed: the caller may still show it while it refreshes. */
  fresh: boolean;
}

export interface CacheOptions {
  dbName?: string;
  maxBytes?: number;
  now?: () => number;
}

export const DEFAULT_CACHE_MAX_BYTES = 50 * 1024 * 1024;

/** The kind of an entry is its key's prefix: `portal:https://…` is a `portal` entry. */
export function kindOf(key: string): string {
  return /^([a-z]+):/.exec(key)?.[1] ?? 'other';
}

export class Cache {
  private db: Promise<IDBPDatabase<CacheSchema>> | undefined;
  private readonly dbName: string;
  private readonly maxBytes: number;
  private readonly now: () => number;

  constructor(options: CacheOptions = {}) {
    this.dbName = options.dbName ?? CACHE_DB_NAME;
    this.maxBytes = options.maxBytes ?? DEFAULT_CACHE_MAX_BYTES;
    this.now = options.now ?? Date.now;
  }

  private open(): Promise<IDBPDatabase<CacheSchema>> {
    this.db ??= openDB<CacheSchema>(this.dbName, CACHE_DB_VERSION, {
      async upgrade(db, oldVersion, _newVersion, transaction) {
        if (oldVersion < 1) {
          const store = db.createObjectStore('entries', { keyPath: 'key' });
          store.createIndex('byLastAccess', 'lastAccess');
        }
        if (oldVersion < 2) {
          const store = transaction.objectStore('entries');
          store.createIndex('byKind', 'kind');
          let cursor = await store.openCursor();
          while (cursor) {
            await cursor.update({ ...cursor.value, kind: kindOf(cursor.value.key) });
            cursor = await cursor.continue();
          }
        }
      },
    });
    return this.db;
  }

  async get<T>(key: string): Promise<CacheHit<T> | undefined> {
    const db = await this.open();
    const entry = (await db.get('entries', key)) as CacheEntry<T> | undefined;
    if (!entry) return undefined;
    const now = this.now();
    await db.put('entries', { ...entry, lastAccess: now });
    return { value: entry.value, storedAt: entry.storedAt, fresh: entry.expiresAt > now };
  }

  /** Stores a value; returns the time it was stored at, which `get` will report as `storedAt`. */
  async set<T>(key: string, value: T, ttlMs: number): Promise<number> {
    const db = await this.open();
    const now = this.now();
    const bytes = JSON.stringify(value).length * 2;
    await db.put('entries', { key, kind: kindOf(key), value, storedAt: now, expiresAt: now + ttlMs, lastAccess: now, bytes });
    await this.evict();
    return now;
  }

  async delete(key: string): Promise<void> {
    await (await this.open()).delete('entries', key);
  }

  /** Drops least recently used entries until the store fits under the cap. */
  async evict(): Promise<void> {
    const db = await this.open();
    let total = (await this.stats()).bytes;
    if (total <= this.maxBytes) return;
    const tx = db.transaction('entries', 'readwrite');
    let cursor = await tx.store.index('byLastAccess').openCursor();
    while (cursor && total > this.maxBytes) {
      total -= cursor.value.bytes;
      await cursor.delete();
      cursor = await cursor.continue();
    }
    await tx.done;
  }

  async stats(kind?: string): Promise<{ entries: number; bytes: number }> {
    const db = await this.open();
    let entries = 0;
    let bytes = 0;
    const store = db.transaction('entries').store;
    let cursor = kind ? await store.index('byKind').openCursor(kind) : await store.openCursor();
    while (cursor) {
      entries += 1;
      bytes += cursor.value.bytes;
      cursor = await cursor.continue();
    }
    return { entries, bytes };
  }

  /** Everything, or one kind of entry. */
  async clear(kind?: string): Promise<void> {
    const db = await this.open();
    if (!kind) return db.clear('entries');
    const tx = db.transaction('entries', 'readwrite');
    let cursor = await tx.store.index('byKind').openCursor(kind);
    while (cursor) {
      await cursor.delete();
      cursor = await cursor.continue();
    }
    await tx.done;
  }
}
