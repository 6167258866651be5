import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { failure, type FailureCode, failureSchemaOf } from './failure';
import { defineChannel } from './channel';

/**
 * The loader's one message, in a map of its own: the loader runs on every page of a council
 * site, so it carries only this, not the schemas of everything the sidebar says.
 */

/** How loading the sidebar can fail: only these, so the loader does not carry every failure code. */
const INJECT_FAILURES = ['unknown_sender', 'page_forbidden', 'malformed_request', 'not_delivered', 'unexpected_data'] as const satisfies readonly FailureCode[];

/** The loader (content script) → the background. */
export const loaderToBackground = {
  /** On a detected page: load the sidebar into the sender's own frame. */
  injectSidebar: {
    request: z.optional(z.undefined()),
    reply: z.union([z.object({ ok: z.literal(true) }), failureSchemaOf(INJECT_FAILURES)]),
    from: ['councilPage'] as const,
    refuse: (code: FailureCode) => failure(INJECT_FAILURES.find((known) => known === code) ?? 'unexpected_data'),
  },
} as const;

export const loaderChannel = defineChannel(loaderToBackground, () => ({ id: browser.runtime.id, origin: browser.runtime.getURL('/') }));
