/**
 * Side by side, as Hypothesis does it: while the sidebar is open and the window is wide enough,
 * the page's root element gets a right margin of the sidebar's width, so the council's own
 * content lays itself out in the space left and nothing of it runs under the sidebar. That one
 * inline property is the only change made to the page, and closing the sidebar puts back exactly
 * what was there before (the property's old value and priority, or no style attribute at all).
 *
 * On the pages that get a sidebar, the room is kept from the page's first layout, by a stylesheet
 * the background registers (`roomStylesheet`, lib/background/page-room.ts), so the page is laid
 * out and painted once, at its width beside the sidebar. Made only after the load, the room laid
 * out and painted the whole page a second time, and the page jumped as the sidebar came (README,
 * "Bench", session 15, has what it did to loads).
 * The stylesheet gives the room only until the sidebar's host says otherwise: while the host is
 * there without `data-room` (collapsed, side by side off, a window too narrow), it gives none.
 */

/** The sidebar's width (components/sidebar.css: `.panel { width: min(380px, 92vw) }`). */
export const SIDEBAR_WIDTH = 380;
/** Narrower than this beside the sidebar, and a council page's tables no longer fit: the sidebar goes over the page instead. */
export const MIN_PAGE_WIDTH = 640;
/** The sidebar's host element, the one element Council Lens adds to a council page (WXT's shadow-root UI is named by it). */
export const SIDEBAR_TAG = 'council-lens-sidebar';
/** On the host while the open sidebar takes its room beside the page. */
export const ROOM_ATTRIBUTE = 'data-room';

/** The extension's file that holds `roomStylesheet()`, written at build time (wxt.config.ts). */
export const ROOM_STYLESHEET = 'room.css';

/**
 * The room from the page's first layout, as a stylesheet the browser puts into the page before it is parsed: on a
 * window wide enough, while no sidebar host is in the page that has not asked for room (none yet, or an open one).
 */
export function roomStylesheet(): string {
  return [
    `@media (min-width: ${SIDEBAR_WIDTH + MIN_PAGE_WIDTH}px) {`,
    `  html:not(:has(> body > ${SIDEBAR_TAG}:not([${ROOM_ATTRIBUTE}]))) {`,
    `    margin-right: ${SIDEBAR_WIDTH}px !important;`,
    '  }',
    '}',
    '',
  ].join('\n');
}

/**
 * Where no sidebar shows after all (the document was not the page its address promised) or the sidebar is gone (Council
 * Lens updated or removed), the room the stylesheet keeps is given back: an empty, hidden host without `data-room`,
 * which the stylesheet reads as "no room". Self-contained, with its names as arguments, so the background can also
 * run it in a page (`scripting.executeScript`). `always` skips the check, for a sidebar about to remove its own host.
 */
export function giveBackRoom(tag: string, width: number, always: boolean): void {
  const body = document.body;
  if (!body || Array.from(body.children).some((child) => child.localName === tag && (child as HTMLElement).hidden)) return;
  if (!always && getComputedStyle(document.documentElement).marginRight !== `${width}px`) return;
  const marker = document.createElement(tag);
  marker.hidden = true;
  body.append(marker);
}

export interface PageRoom {
  /** Makes room, or gives it back, for the sidebar's state and the window's width now. */
  update(open: boolean): void;
  /** Gives the room back for good (the sidebar is removed). */
  release(): void;
}

/** `host`, the sidebar's own element, says whether it takes the room (for the stylesheet that keeps it from the start). */
export function pageRoom(root: HTMLElement, view: { innerWidth: number }, enabled: boolean, host?: Element): PageRoom {
  let saved: { value: string; priority: string; hadStyle: boolean } | undefined;
  const give = () => {
    if (saved) return;
    host?.setAttribute(ROOM_ATTRIBUTE, '');
    saved = {
      value: root.style.getPropertyValue('margin-right'),
      priority: root.style.getPropertyPriority('margin-right'),
      hadStyle: root.hasAttribute('style'),
    };
    root.style.setProperty('margin-right', `${SIDEBAR_WIDTH}px`, 'important');
  };
  const takeBack = () => {
    host?.removeAttribute(ROOM_ATTRIBUTE);
    if (!saved) return;
    if (saved.value) root.style.setProperty('margin-right', saved.value, saved.priority);
    else root.style.removeProperty('margin-right');
    if (!saved.hadStyle && root.getAttribute('style') === '') root.removeAttribute('style');
    saved = undefined;
  };
  return {
    update(open) {
      if (enabled && open && view.innerWidth >= SIDEBAR_WIDTH + MIN_PAGE_WIDTH) give();
      else takeBack();
    },
    release: takeBack,
  };
}

/** Keeps the room in step with the sidebar: on every change of its state and as the window is resized; given back when the sidebar goes. */
export function keepRoom(
  room: PageRoom,
  isOpen: () => boolean,
  hooks: { subscribe(fit: () => void): void; onResize(fit: () => void): void; onGone(release: () => void): void },
): void {
  const fit = () => room.update(isOpen());
  hooks.subscribe(fit);
  hooks.onResize(fit);
  hooks.onGone(() => room.release());
  fit();
}
