/**
 * PDF jobs belong to the tab that asked: closing it or navigating away cancels them, queued
 * ones too, and only that tab may cancel one.
 */
export class TabJobs {
  private readonly byTab = new Map<number, Set<string>>();
  private readonly cancelled = new Set<string>();

  constructor(private readonly cancelRunning: (jobId: string) => void) {}

  /** Records a job for its tab; call the returned function when it ends. */
  track(tabId: number, jobId: string): () => void {
    const jobs = this.byTab.get(tabId) ?? new Set<string>();
    jobs.add(jobId);
    this.byTab.set(tabId, jobs);
    return () => {
      jobs.delete(jobId);
      this.cancelled.delete(jobId);
      if (jobs.size === 0 && this.byTab.get(tabId) === jobs) this.byTab.delete(tabId);
    };
  }

  /** Jobs still tracked, across tabs. */
  get size(): number {
    let count = 0;
    for (const jobs of this.byTab.values()) count += jobs.size;
    return count;
  }

  isCancelled(jobId: string): boolean {
    return this.cancelled.has(jobId);
  }

  /** A tab cancels only its own jobs. */
  cancel(tabId: number, jobId: string): void {
    if (this.byTab.get(tabId)?.has(jobId)) this.cancelJob(jobId);
  }

  cancelTab(tabId: number): void {
    for (const jobId of this.byTab.get(tabId) ?? []) this.cancelJob(jobId);
  }

  private cancelJob(jobId: string): void {
    this.cancelled.add(jobId);
    this.cancelRunning(jobId);
  }
}
