import { z } from 'zod/mini';

/**
 * What a person follows, and what Council Lens tells them is new. Follows live in
 * `storage.local` (and export as JSON); what has been seen lives in IndexedDB. Nothing about
 * either leaves the browser: the checks ask the council's own public pages and web service.
 */

/** `list`: a meetings list, calendar or decisions register page (ModernGov or CMIS), followed for what it adds. */
export const FOLLOW_KINDS = ['committee', 'councillor', 'ward', 'words', 'list'] as const;
export type FollowKind = (typeof FOLLOW_KINDS)[number];

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const pageAddress = () => z.string().check(z.maxLength(2048), z.regex(/^https?:\/\//i));
const siteOrigin = () => z.string().check(z.maxLength(300), z.regex(/^https?:\/\/[a-z0-9.-]+(?::\d+)?$/i));

export const Follow = z.lazy(() =>
  z.object({
    id: text(400),
    kind: z.enum(FOLLOW_KINDS),
    /** The council site's origin, e.g. https://democracy.example.gov.uk. */
    site: siteOrigin(),
    council: z.optional(z.string().check(z.maxLength(200))),
    /** The portal the council runs, as the followed page's address shows it: CMIS has no web service, so it is read by its pages. */
    platform: z.optional(z.enum(['moderngov', 'cmis'])),
    /** The committee's or councillor's name, the ward, or the words. */
    label: text(200),
    committeeId: z.optional(z.string().check(z.regex(/^\d{1,9}$/))),
    /**
     * A followed councillor's committees, from their own page (ids and titles), watched for meetings that list them. On CMIS,
     * which has no web service, with the committee's page, which indexes its meetings.
     */
    committees: z.optional(
      z.array(z.object({ id: z.string().check(z.regex(/^\d{1,9}$/)), title: text(200), url: z.optional(pageAddress()) })).check(z.maxLength(10)),
    ),
    /** A followed councillor's roles as their page states them ("Portfolio Holder for Community Engagement"): a decision taken in one is theirs. */
    roles: z.optional(z.array(text(200)).check(z.maxLength(10))),
    /**
     * A followed list's page on the council's site; for a committee on CMIS (no web service), the committee's page, which
     * indexes its meetings.
     */
    url: z.optional(pageAddress()),
    /** A followed ward's councillors (names as the council writes them): a meeting that lists one of them is news for the ward. */
    councillors: z.optional(z.array(text(120)).check(z.maxLength(12))),
    createdAt: z.string().check(z.maxLength(40)),
  }),
);
export type Follow = z.infer<typeof Follow>;

/** One id per thing followed: following it twice is one follow. */
export function followId(kind: FollowKind, site: string, key: string): string {
  return `${kind}:${site}:${key.trim().toLowerCase().replace(/\s+/g, ' ')}`;
}

export const FollowExport = z.lazy(() => z.object({ councilLensFollows: z.literal(1), follows: z.array(z.unknown()).check(z.maxLength(500)) }));

export const NEWS_KINDS = [
  'meetingAdded',
  'meetingMoved',
  'meetingCancelled',
  'agendaPublished',
  'documentsAdded',
  'decisionPublished',
  'councillorListed',
  'wordsFound',
] as const;
export type NewsKind = (typeof NEWS_KINDS)[number];

export const NewsItem = z.lazy(() =>
  z.object({
    /** What the news is about, so the same thing is never announced twice. */
    id: text(600),
    followId: text(400),
    site: siteOrigin(),
    council: z.optional(z.string()),
    kind: z.enum(NEWS_KINDS),
    /** The follow's label: the committee, councillor, ward or words. */
    about: text(200),
    /** The meeting or item, as the council titles it. */
    title: text(400),
    /** What changed, in the council's words or a date: documents' titles, the new date, the words found. */
    detail: z.optional(z.string().check(z.maxLength(600))),
    url: z.string().check(z.maxLength(2048), z.regex(/^https?:\/\//i)),
    seenAt: z.string(),
    read: z.boolean(),
  }),
);
export type NewsItem = z.infer<typeof NewsItem>;

/** How the last check of a council went: shown as "Couldn't check <council> since <date>" while it fails. */
export const CouncilStatus = z.lazy(() =>
  z.object({
    site: siteOrigin(),
    council: z.optional(z.string()),
    lastChecked: z.optional(z.string()),
    lastSucceeded: z.optional(z.string()),
    failingSince: z.optional(z.string()),
    failure: z.optional(z.object({ ok: z.literal(false), code: z.string(), detail: z.optional(z.union([z.string(), z.number()])) })),
    /** Checks in a row that failed: each doubles the wait before this council is asked again, up to a day. */
    failures: z.number(),
  }),
);
export type CouncilStatus = z.infer<typeof CouncilStatus>;

export const FollowSettings = z.lazy(() =>
  z.object({
    /** Hours between checks, 1 to 24. */
    everyHours: z.number().check(z.minimum(1), z.maximum(24)),
    notifications: z.boolean(),
  }),
);
export type FollowSettings = z.infer<typeof FollowSettings>;
export const DEFAULT_FOLLOW_SETTINGS: FollowSettings = { everyHours: 6, notifications: false };
