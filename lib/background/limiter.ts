/**
 * Limits how many tasks run at once per key (a council host), so a page with many
 * documents never turns into a request storm against a small council server.
 */
export class KeyedLimiter {
  private readonly running = new Map<string, number>();
  private readonly waiting = new Map<string, (() => void)[]>();

  constructor(private readonly perKey: number) {}

  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    await this.acquire(key);
    try {
      return await task();
    } finally {
      this.release(key);
    }
  }

  private acquire(key: string): Promise<void> {
    const active = this.running.get(key) ?? 0;
    if (active < this.perKey) {
      this.running.set(key, active + 1);
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const queue = this.waiting.get(key) ?? [];
      queue.push(() => {
        this.running.set(key, (this.running.get(key) ?? 0) + 1);
        resolve();
      });
      this.waiting.set(key, queue);
    });
  }

  private release(key: string): void {
    this.running.set(key, (this.running.get(key) ?? 1) - 1);
    const next = this.waiting.get(key)?.shift();
    if (next) next();
    else if ((this.running.get(key) ?? 0) === 0) this.running.delete(key);
  }
}
