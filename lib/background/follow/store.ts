import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { CommitteeState, ListState, NewsDraft } from './changes';
import { CouncilStatus, DEFAULT_FOLLOW_SETTINGS, Follow, FollowSettings, type NewsItem } from './model';
import { byCodeUnit } from '../../shared/order';

/**
 * Where follows and what they found are kept, on this device only: the follows and their
 * settings in `storage.local` (small, synced to nothing), what each check learnt and the news in
 * IndexedDB, bounded, so the same thing is never announced twice, across restarts too.
 */

export const FOLLOW_DB_NAME = 'council-lens-follow';
/** News kept at most; the oldest read ones go first. */
export const MAX_NEWS = 1000;

interface FollowSchema extends DBSchema {
  state: { key: string; value: { followId: string; state: CommitteeState | ListState } };
  news: { key: string; value: NewsItem; indexes: { bySeenAt: string } };
  status: { key: string; value: CouncilStatus };
}

export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export class FollowStore {
  private db: Promise<IDBPDatabase<FollowSchema>> | undefined;

  constructor(
    private readonly area: KeyValueArea,
    private readonly dbName = FOLLOW_DB_NAME,
  ) {}

  private open(): Promise<IDBPDatabase<FollowSchema>> {
    this.db ??= openDB<FollowSchema>(this.dbName, 1, {
      upgrade(db) {
        db.createObjectStore('state', { keyPath: 'followId' });
        db.createObjectStore('news', { keyPath: 'id' }).createIndex('bySeenAt', 'seenAt');
        db.createObjectStore('status', { keyPath: 'site' });
      },
    });
    return this.db;
  }

  /** Every follow that reads as one; a damaged entry costs only itself. */
  async follows(): Promise<Follow[]> {
    const { follows } = await this.area.get('follows');
    if (!Array.isArray(follows)) return [];
    return follows.flatMap((candidate) => {
      const parsed = Follow.safeParse(candidate);
      return parsed.success ? [parsed.data] : [];
    });
  }

  async add(follow: Follow): Promise<void> {
    const follows = await this.follows();
    if (!follows.some((other) => other.id === follow.id)) await this.area.set({ follows: [...follows, follow].slice(-500) });
  }

  async remove(id: string): Promise<void> {
    await this.area.set({ follows: (await this.follows()).filter((follow) => follow.id !== id) });
    await (await this.open()).delete('state', id);
  }

  async settings(): Promise<FollowSettings> {
    const { followSettings } = await this.area.get('followSettings');
    const parsed = FollowSettings.safeParse(followSettings);
    return parsed.success ? parsed.data : DEFAULT_FOLLOW_SETTINGS;
  }

  async setSettings(settings: FollowSettings): Promise<void> {
    await this.area.set({ followSettings: settings });
  }

  /** What a follow's last check saw: a committee's meetings, or a followed list's entries (the follow's kind says which). */
  async state<T extends CommitteeState | ListState = CommitteeState>(followId: string): Promise<T | undefined> {
    return (await (await this.open()).get('state', followId))?.state as T | undefined;
  }

  async setState(followId: string, state: CommitteeState | ListState): Promise<void> {
    await (await this.open()).put('state', { followId, state });
  }

  /** Stores what is new, and returns only what was not seen before. */
  async addNews(drafts: readonly NewsDraft[], seenAt: string): Promise<NewsItem[]> {
    const db = await this.open();
    const added: NewsItem[] = [];
    for (const draft of drafts) {
      if (await db.get('news', draft.id)) continue;
      const item: NewsItem = { ...draft, seenAt, read: false };
      await db.put('news', item);
      added.push(item);
    }
    const count = await db.count('news');
    if (count > MAX_NEWS) {
      const oldest = (await db.getAllFromIndex('news', 'bySeenAt')).sort((a, b) => Number(b.read) - Number(a.read) || byCodeUnit(a.seenAt, b.seenAt));
      for (const item of oldest.slice(0, count - MAX_NEWS)) await db.delete('news', item.id);
    }
    return added;
  }

  /** Newest first. */
  async news(): Promise<NewsItem[]> {
    return (await (await this.open()).getAllFromIndex('news', 'bySeenAt')).reverse();
  }

  async unread(): Promise<number> {
    return (await this.news()).filter((item) => !item.read).length;
  }

  async markAllRead(): Promise<void> {
    const db = await this.open();
    for (const item of await db.getAll('news')) if (!item.read) await db.put('news', { ...item, read: true });
  }

  async statuses(): Promise<CouncilStatus[]> {
    return (await (await this.open()).getAll('status')).flatMap((candidate) => {
      const parsed = CouncilStatus.safeParse(candidate);
      return parsed.success ? [parsed.data] : [];
    });
  }

  async status(site: string): Promise<CouncilStatus | undefined> {
    return (await this.open()).get('status', site);
  }

  async setStatus(status: CouncilStatus): Promise<void> {
    await (await this.open()).put('status', status);
  }
}
