import { describe, expect, it } from 'vitest';
import { failure } from '../../../lib/protocol/failure';
import { noteRendered, SIDEBAR_TIMINGS, type SidebarTimings } from '../../../lib/sidebar/timings';
import type { SidebarState } from '../../../lib/sidebar/store';

describe('the sidebar’s own timings (for npm run bench)', () => {
  it('notes the first render with the page’s details and the first with the service’s summary, once each', () => {
    const world = {} as typeof globalThis & { [SIDEBAR_TIMINGS]?: SidebarTimings };
    let now = 10;
    const base = { page: { ok: true }, attendees: { status: 'loading' }, local: {}, collapsed: false } as unknown as SidebarState;
    noteRendered({ ...base, service: { ok: true, status: 'loading' } }, world, () => now);
    now = 20;
    noteRendered({ ...base, service: failure('not_covered') }, world, () => now);
    expect(world[SIDEBAR_TIMINGS]).toEqual({ details: 10 });
    now = 30;
    const view = { kind: 'decision', analysis: {} };
    noteRendered({ ...base, service: { ok: true, status: 'ready', view, fetchedAt: 0, offline: false } } as unknown as SidebarState, world, () => now);
    now = 40;
    noteRendered({ ...base, service: { ok: true, status: 'ready', view, fetchedAt: 0, offline: false } } as unknown as SidebarState, world, () => now);
    expect(world[SIDEBAR_TIMINGS]).toEqual({ details: 10, serviceSummary: 30 });
  });

  it('notes when the meeting’s on-device summary was first shown as asked for, and first shown made', () => {
    const world = {} as typeof globalThis & { [SIDEBAR_TIMINGS]?: SidebarTimings };
    let now = 5;
    const base = { page: { ok: true }, attendees: { status: 'loading' }, service: failure('not_covered'), collapsed: false } as unknown as SidebarState;
    noteRendered({ ...base, local: {} }, world, () => now);
    now = 12;
    noteRendered({ ...base, local: { meeting: { status: 'running', jobId: 'a' } } }, world, () => now);
    now = 15;
    noteRendered({ ...base, local: { meeting: { status: 'running', jobId: 'a' } } }, world, () => now);
    now = 90;
    noteRendered({ ...base, local: { meeting: { status: 'ok' } } } as unknown as SidebarState, world, () => now);
    now = 95;
    noteRendered({ ...base, local: { meeting: { status: 'ok' } } } as unknown as SidebarState, world, () => now);
    expect(world[SIDEBAR_TIMINGS]).toEqual({ details: 5, localAsked: 12, localSummary: 90 });
  });
});
