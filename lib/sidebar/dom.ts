import { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The sidebar's few direct dealings with the page's document, kept apart from its state (store.ts). */

/**
 * Copies from the sidebar. The async clipboard needs a secure page; on plain-http council
 * sites a selected textarea inside the sidebar and the copy command do the same job.
 */
export async function copyText(text: string, root: Node): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the copy command.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;opacity:0;pointer-events:none';
  (root instanceof ShadowRoot ? root : document.body).append(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  return copied;
}

/**
 * Events the page made up (`element.click()`, `dispatchEvent`) are stopped at the sidebar's
 * root before any handler sees them: only the person's own clicks and keys act. The closed root
 * already keeps page script from reaching these elements; this holds even if it found a way.
 */
export function refuseSyntheticEvents(root: ShadowRoot): void {
  for (const type of [
    'click',
    'dblclick',
    'auxclick',
    'mousedown',
    'mouseup',
    'pointerdown',
    'pointerup',
    'keydown',
    'keyup',
    'keypress',
    'input',
    'change',
    'submit',
  ]) {
    root.addEventListener(
      type,
      (event) => {
        if (event.isTrusted) return;
        event.stopImmediatePropagation();
        event.preventDefault();
      },
      { capture: true },
    );
  }
}

/**
 * WXT's context stops "older copies" of a script when a same-named one announces itself with a
 * DOM event, which page script could forge to tear the sidebar down. This script is injected once
 * per frame and tracked in its own world, so it has no older copies to stop.
 */
export function sidebarContext(): ContentScriptContext {
  // Defined inside a function: WXT evaluates entrypoints (and what they import) at build time, where the class's base is not usable.
  class SidebarContext extends ContentScriptContext {
    override stopOldScripts(): void {}
    override listenForNewerScripts(): void {}
  }
  return new SidebarContext('council-lens-sidebar');
}

/**
 * Whether the sidebar is mounted in this frame, kept on the content script's own global: the
 * isolated world's, which page script cannot see or set. Never inferred from the DOM, where a
 * page could plant a `council-lens-sidebar` element to block it. Returns nothing when this frame
 * already has one (a registered script, then the popup's); otherwise claims the frame and
 * returns what gives it back (when the sidebar's context is invalidated).
 */
const MOUNTED = Symbol.for('council-lens.sidebar-mounted');
export function claimFrame(world: typeof globalThis & { [MOUNTED]?: boolean } = globalThis): (() => void) | undefined {
  if (world[MOUNTED]) return undefined;
  world[MOUNTED] = true;
  return () => void (world[MOUNTED] = false);
}
