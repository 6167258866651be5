import { readyView } from '../background/service/view';
import type { SidebarState } from './store';

/**
 * When the sidebar first showed the page's own details, and first showed the service's
 * summary or analysis: `performance.now()` in the page's clock, so from its navigation start,
 * like its load event. Kept on the isolated world's global, which page script cannot see;
 * `npm run bench` reads it over DevTools to time the sidebar against the page's own load.
 */
export const SIDEBAR_TIMINGS = Symbol.for('council-lens.sidebar-timings');

export interface SidebarTimings {
  details?: number;
  serviceSummary?: number;
  /** The meeting's on-device summary: first shown as being made (asked for), then first shown made. */
  localAsked?: number;
  localSummary?: number;
}

type TimedGlobal = typeof globalThis & { [SIDEBAR_TIMINGS]?: SidebarTimings };

/** Called after each render: notes the first render that showed each. */
export function noteRendered(state: SidebarState, world: TimedGlobal = globalThis, now: () => number = () => performance.now()): void {
  const timings = (world[SIDEBAR_TIMINGS] ??= {});
  if (timings.details === undefined && state.page.ok) timings.details = now();
  const view = readyView(state.service);
  if (timings.serviceSummary === undefined && ((view?.kind === 'meeting' && view.summary) || (view?.kind === 'decision' && view.analysis))) {
    timings.serviceSummary = now();
  }
  const local = state.local.meeting?.status;
  if (timings.localAsked === undefined && local === 'running') timings.localAsked = now();
  if (timings.localSummary === undefined && local === 'ok') timings.localSummary = now();
}
