import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { failure, FailureSchema } from './failure';
import { defineChannel } from './channel';

/**
 * The loader's one message, in a map of its own: the loader runs on every page of a council
 * site, so it carries only this, not the schemas of everything the sidebar says.
 */

/** The loader (content script) → the background. */
export const loaderToBackground = {
  /** On a detected page: load the sidebar into the sender's own frame. */
  injectSidebar: {
    request: z.optional(z.undefined()),
    reply: z.union([z.object({ ok: z.literal(true) }), FailureSchema]),
    from: ['councilPage'] as const,
    refuse: failure,
  },
} as const;

export const loaderChannel = defineChannel(loaderToBackground, () => ({ id: browser.runtime.id, origin: browser.runtime.getURL('/') }));
