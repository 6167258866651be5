/** PDF jobs belong to the tab that asked: what is cancelled with a tab, and what is left once every job ends. */
import { describe, expect, it } from 'vitest';
import { TabJobs } from '../../../lib/background/jobs';

describe('a tab’s PDF jobs', () => {
  it('closing or leaving a tab cancels its jobs only; a job that ends leaves nothing tracked', () => {
    const cancelled: string[] = [];
    const jobs = new TabJobs((jobId) => cancelled.push(jobId));
    const endA = jobs.track(1, 'a');
    const endB = jobs.track(1, 'b');
    const endC = jobs.track(2, 'c');
    expect(jobs.size).toBe(3);
    jobs.cancel(2, 'a');
    expect(cancelled).toEqual([]);
    jobs.cancelTab(1);
    expect(cancelled).toEqual(['a', 'b']);
    expect(jobs.isCancelled('a')).toBe(true);
    endA();
    endB();
    endC();
    expect(jobs.size).toBe(0);
    expect(jobs.isCancelled('a')).toBe(false);
  });
});
