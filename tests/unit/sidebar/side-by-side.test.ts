/** Side by side: one inline property on the page's root, given while open on a wide window, and put back exactly. */
import { describe, expect, it } from 'vitest';
import { giveBackRoom, MIN_PAGE_WIDTH, pageRoom, ROOM_ATTRIBUTE, roomStylesheet, SIDEBAR_TAG, SIDEBAR_WIDTH } from '../../../lib/sidebar/side-by-side';

const root = (style?: string) => {
  const element = document.createElement('html');
  if (style !== undefined) element.setAttribute('style', style);
  return element;
};

describe('making room for the sidebar', () => {
  it('on a wide window, open: the page keeps everything but the sidebar’s width; closed: the page is exactly as it was', () => {
    const html = root();
    const room = pageRoom(html, { innerWidth: 1280 }, true);
    room.update(true);
    expect(html.style.getPropertyValue('margin-right')).toBe(`${SIDEBAR_WIDTH}px`);
    room.update(true);
    room.update(false);
    expect(html.hasAttribute('style')).toBe(false);
  });

  it('a page’s own root style, even its own margin, is put back as it was, priority included', () => {
    const html = root('color: black; margin-right: 2em !important');
    const room = pageRoom(html, { innerWidth: 1400 }, true);
    room.update(true);
    expect(html.style.getPropertyValue('margin-right')).toBe(`${SIDEBAR_WIDTH}px`);
    room.release();
    expect(html.style.getPropertyValue('margin-right')).toBe('2em');
    expect(html.style.getPropertyPriority('margin-right')).toBe('important');
    expect(html.style.getPropertyValue('color')).toBe('black');
  });

  it('a narrow window, or the setting turned off, leaves the page alone: the sidebar goes over it', () => {
    const narrow = root();
    pageRoom(narrow, { innerWidth: 900 }, true).update(true);
    expect(narrow.hasAttribute('style')).toBe(false);
    const off = root();
    pageRoom(off, { innerWidth: 1600 }, false).update(true);
    expect(off.hasAttribute('style')).toBe(false);
  });

  it('follows the window: narrowed below the threshold, the room is given back', () => {
    const html = root();
    const view = { innerWidth: 1280 };
    const room = pageRoom(html, view, true);
    room.update(true);
    view.innerWidth = 800;
    room.update(true);
    expect(html.hasAttribute('style')).toBe(false);
  });
});

describe('the room kept from the page’s start', () => {
  it('the stylesheet gives the room on a wide window until a sidebar host without data-room is in the page', () => {
    const css = roomStylesheet();
    expect(css).toContain(`@media (min-width: ${SIDEBAR_WIDTH + MIN_PAGE_WIDTH}px)`);
    expect(css).toContain(`html:not(:has(> body > ${SIDEBAR_TAG}:not([${ROOM_ATTRIBUTE}])))`);
    expect(css).toContain(`margin-right: ${SIDEBAR_WIDTH}px !important`);
  });

  it('the sidebar’s host says data-room while it takes the room, and not once it gives it back', () => {
    const html = root();
    const host = document.createElement(SIDEBAR_TAG);
    const room = pageRoom(html, { innerWidth: 1280 }, true, host);
    room.update(true);
    expect(host.hasAttribute(ROOM_ATTRIBUTE)).toBe(true);
    room.update(false);
    expect(host.hasAttribute(ROOM_ATTRIBUTE)).toBe(false);
    expect(html.hasAttribute('style')).toBe(false);
    // Too narrow a window, or side by side off: never.
    const narrow = pageRoom(root(), { innerWidth: 900 }, true, host);
    narrow.update(true);
    expect(host.hasAttribute(ROOM_ATTRIBUTE)).toBe(false);
    pageRoom(root(), { innerWidth: 1400 }, false, host).update(true);
    expect(host.hasAttribute(ROOM_ATTRIBUTE)).toBe(false);
  });

  it('given back with one hidden, empty host, once; not at all where the page has no room from it', () => {
    document.body.replaceChildren();
    giveBackRoom(SIDEBAR_TAG, SIDEBAR_WIDTH, false);
    expect(document.body.children).toHaveLength(0);
    giveBackRoom(SIDEBAR_TAG, SIDEBAR_WIDTH, true);
    giveBackRoom(SIDEBAR_TAG, SIDEBAR_WIDTH, true);
    const markers = Array.from(document.body.children);
    expect(markers).toHaveLength(1);
    expect(markers[0]!.localName).toBe(SIDEBAR_TAG);
    expect((markers[0] as HTMLElement).hidden).toBe(true);
    expect(markers[0]!.hasAttribute(ROOM_ATTRIBUTE)).toBe(false);
    expect(markers[0]!.childNodes).toHaveLength(0);
    document.body.replaceChildren();
  });
});
