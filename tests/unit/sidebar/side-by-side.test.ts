/** Side by side: one inline property on the page's root, given while open on a wide window, and put back exactly. */
import { describe, expect, it } from 'vitest';
import { pageRoom, SIDEBAR_WIDTH } from '../../../lib/sidebar/side-by-side';

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
