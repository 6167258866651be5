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

/** Entries kept in memory too, most recently used last: the pages a person is going back and forth between. */
const MEMORY_ENTRIES = 64;
/** The largest entry kept in memory too (bytes as counted for the cap). */
const MEMORY_ENTRY_MAX_BYTES = 256 * 1024;

/** What one context tells the others when it removes entries, so no memory copy outlives them. */
type Removal = { key: string } | { kind?: string };

export class Cache {
  private db: Promise<IDBPDatabase<CacheSchema>> | undefined;
  private readonly dbName: string;
  private readonly maxBytes: number;
  private readonly now: () => number;
  /**
   * Recent entries, so a second look at a page is answered without IndexedDB, whose reads take
   * 5–35 ms while the sidebar's other requests use it too (npm run bench, "Sidebar latency").
   */
  private readonly memory = new Map<string, CacheEntry>();
  private readonly removals: BroadcastChannel | undefined;

  constructor(options: CacheOptions = {}) {
    this.dbName = options.dbName ?? CACHE_DB_NAME;
    this.maxBytes = options.maxBytes ?? DEFAULT_CACHE_MAX_BYTES;
    this.now = options.now ?? Date.now;
    // The settings page clears the cache from its own context: the background's memory copy must go too.
    this.removals = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`${this.dbName}-removals`) : undefined;
    this.removals?.addEventListener('message', (event: MessageEvent<Removal>) => this.forget(event.data));
  }

  private remember(entry: CacheEntry): void {
    this.memory.delete(entry.key);
    // A large entry (a 300-page pack's summary and question index is a megabyte or more) is read from IndexedDB each time: 64 of them would hold the worker's memory.
    if (entry.bytes > MEMORY_ENTRY_MAX_BYTES) return;
    this.memory.set(entry.key, entry);
    if (this.memory.size > MEMORY_ENTRIES) this.memory.delete(this.memory.keys().next().value!);
  }

  private forget(removal: Removal): void {
    if ('key' in removal) this.memory.delete(removal.key);
    else for (const key of [...this.memory.keys()]) if (!removal.kind || kindOf(key) === removal.kind) this.memory.delete(key);
  }

  private removed(removal: Removal): void {
    this.forget(removal);
    this.removals?.postMessage(removal);
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
    const entry = (this.memory.get(key) ?? (await db.get('entries', key))) as CacheEntry<T> | undefined;
    if (!entry) return undefined;
    const now = this.now();
    const touched = { ...entry, lastAccess: now };
    this.remember(touched);
    // Recording the access (for least-recently-used eviction) need not hold up the reader.
    void db.put('entries', touched).catch(() => undefined);
    return { value: entry.value, storedAt: entry.storedAt, fresh: entry.expiresAt > now };
  }

  /** The keys that start with `prefix` (one council's documents, say), at most `limit`, without reading their values. */
  async keysStartingWith(prefix: string, limit = 200): Promise<string[]> {
    const db = await this.open();
    return db.getAllKeys('entries', IDBKeyRange.bound(prefix, `${prefix}\uffff`), limit);
  }

  /** Stores a value; returns the time it was stored at, which `get` will report as `storedAt`. */
  async set<T>(key: string, value: T, ttlMs: number): Promise<number> {
    const db = await this.open();
    const now = this.now();
    const bytes = JSON.stringify(value).length * 2;
    const entry = { key, kind: kindOf(key), value, storedAt: now, expiresAt: now + ttlMs, lastAccess: now, bytes };
    // Remembered before it is written, so a reader in this context finds it even while the write is under way.
    this.remember(entry);
    await db.put('entries', entry);
    await this.evict();
    return now;
  }

  async delete(key: string): Promise<void> {
    await (await this.open()).delete('entries', key);
    this.removed({ key });
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
      this.removed({ key: cursor.value.key });
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
    this.removed(kind ? { kind } : {});
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
