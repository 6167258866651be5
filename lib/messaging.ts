import { defineExtensionMessaging } from '@webext-core/messaging';
import { z } from 'zod/mini';
import { FAILURE_CODES, type Result } from './result';

/**
 * The one protocol between the content script and the background. Each message has a
 * zod schema for its data, which the background checks before acting: messages are
 * untrusted input like any other.
 */

export const PORTAL_PURPOSES = ['attendance', 'webService'] as const;
export type PortalPurpose = (typeof PORTAL_PURPOSES)[number];

export const FetchPortalTextRequest = z.object({
  url: z.string().check(z.maxLength(2048), z.regex(/^https?:\/\//i)),
  purpose: z.enum(PORTAL_PURPOSES),
});
export type FetchPortalTextRequest = z.infer<typeof FetchPortalTextRequest>;

export type FetchPortalTextResponse = Result<{ text: string; contentType: string; fetchedAt: number; fromCache: boolean }>;

export const FetchPortalTextResponse = z.union([
  z.object({ ok: z.literal(true), text: z.string(), contentType: z.string(), fetchedAt: z.number(), fromCache: z.boolean() }),
  z.object({ ok: z.literal(false), error: z.enum(FAILURE_CODES), message: z.string() }),
]);

export interface ProtocolMap {
  /** Same-origin text from the council portal the sender is on, fetched politely and cached. */
  fetchPortalText(data: FetchPortalTextRequest): FetchPortalTextResponse;
}

export const messaging = defineExtensionMessaging<ProtocolMap>();
