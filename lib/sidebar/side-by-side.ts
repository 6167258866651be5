/**
 * Side by side, as Hypothesis does it: while the sidebar is open and the window is wide enough,
 * the page's root element gets a right margin of the sidebar's width, so the council's own
 * content lays itself out in the space left and nothing of it runs under the sidebar. That one
 * inline property is the only change made to the page, and closing the sidebar puts back exactly
 * what was there before (the property's old value and priority, or no style attribute at all).
 */

/** The sidebar's width (components/sidebar.css: `.panel { width: min(380px, 92vw) }`). */
export const SIDEBAR_WIDTH = 380;
/** Narrower than this beside the sidebar, and a council page's tables no longer fit: the sidebar goes over the page instead. */
export const MIN_PAGE_WIDTH = 640;

export interface PageRoom {
  /** Makes room, or gives it back, for the sidebar's state and the window's width now. */
  update(open: boolean): void;
  /** Gives the room back for good (the sidebar is removed). */
  release(): void;
}

export function pageRoom(root: HTMLElement, view: { innerWidth: number }, enabled: boolean): PageRoom {
  let saved: { value: string; priority: string; hadStyle: boolean } | undefined;
  const give = () => {
    if (saved) return;
    saved = {
      value: root.style.getPropertyValue('margin-right'),
      priority: root.style.getPropertyPriority('margin-right'),
      hadStyle: root.hasAttribute('style'),
    };
    root.style.setProperty('margin-right', `${SIDEBAR_WIDTH}px`, 'important');
  };
  const takeBack = () => {
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
