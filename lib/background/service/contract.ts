import { z } from 'zod/mini';

/**
 * The summary service's API contract. These schemas are the single source: the client
 * validates every response with them, the reference server is tested against them, and
 * docs/openapi.json and docs/service-api.md are generated from them (`npm run api-docs`).
 * The decision-analysis field names are the service's own and stay snake_case.
 */

/**
 * The named schemas of the contract, from which the OpenAPI components are generated. Unlike the models' schemas
 * (lib/page/model.ts), these are built when the module loads: the registry and the generator know them by identity, and
 * a `z.lazy` stand-in is a different schema from the one it builds.
 */
export const SERVICE_SCHEMAS = z.registry<{ id: string; description?: string }>();

const text = () => z.string();
const url = () => z.string().check(z.regex(/^https?:\/\/\S+$/i, 'must be an absolute http(s) URL'));
const isoDateTime = () =>
  z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, 'must be an ISO 8601 date-time with offset'));
const isoDate = () => z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO 8601 date'));

export const Coverage = z.enum(['full', 'limited']).register(SERVICE_SCHEMAS, {
  id: 'Coverage',
  description:
    '`full`: the service summarises this council’s meetings. `limited`: it does not (yet) — summaries are absent unless the caller’s plan includes the council.',
});

export const CouncilRef = z
  .object({
    slug: z.string().check(z.regex(/^[a-z0-9-]+$/)),
    name: text(),
    coverage: Coverage,
  })
  .register(SERVICE_SCHEMAS, { id: 'CouncilRef' });
export type CouncilRef = z.infer<typeof CouncilRef>;

export const Council = z
  .object({
    slug: z.string().check(z.regex(/^[a-z0-9-]+$/)),
    name: text(),
    coverage: Coverage,
    portalHosts: z.array(text()),
    /** The service's own words when coverage is limited ("Limited support for Milton Keynes…"). */
    limitedNotice: z.optional(text()),
  })
  .register(SERVICE_SCHEMAS, { id: 'Council' });
export type Council = z.infer<typeof Council>;

export const Footnote = z
  .object({
    id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,32}$/)),
    markdown: text(),
  })
  .register(SERVICE_SCHEMAS, { id: 'Footnote' });
export type Footnote = z.infer<typeof Footnote>;

export const Summary = z
  .object({
    /** Markdown without raw HTML; `[^id]` marks reference `footnotes`. */
    markdown: text(),
    footnotes: z.array(Footnote),
    /** The model or process that wrote it, as the service names it. */
    generatedBy: text(),
    updatedAt: isoDateTime(),
  })
  .register(SERVICE_SCHEMAS, { id: 'Summary' });
export type Summary = z.infer<typeof Summary>;

export const ServiceAttendee = z
  .object({
    name: text(),
    role: z.optional(text()),
    party: z.optional(text()),
    ward: z.optional(text()),
    photoUrl: z.optional(url()),
    profileUrl: z.optional(url()),
  })
  .register(SERVICE_SCHEMAS, { id: 'Attendee' });
export type ServiceAttendee = z.infer<typeof ServiceAttendee>;

export const ServiceDocument = z
  .object({
    title: text(),
    url: url(),
    group: z.enum(['agenda', 'reports_pack', 'additional']),
  })
  .register(SERVICE_SCHEMAS, { id: 'Document' });
export type ServiceDocument = z.infer<typeof ServiceDocument>;

export const ServiceMeeting = z
  .object({
    id: text(),
    council: CouncilRef,
    title: text(),
    committee: text(),
    startsAt: isoDateTime(),
    councilUrl: url(),
    /** Absent when the council's coverage is limited for this caller. */
    summary: z.optional(Summary),
    /** Shown in place of the summary under limited coverage. */
    limitedNotice: z.optional(text()),
    suggestedQuestions: z.array(text()),
    topics: z.array(text()),
    attendees: z.array(ServiceAttendee),
    documents: z.array(ServiceDocument),
  })
  .register(SERVICE_SCHEMAS, { id: 'Meeting' });
export type ServiceMeeting = z.infer<typeof ServiceMeeting>;

export const Analysis = z
  .object({
    outcome: text(),
    summary: text(),
    topline: text(),
    reason_contentious: text(),
    affected_stakeholders: z.array(text()),
    contentiousness_score: z.int().check(z.minimum(0), z.maximum(10)),
    political_party_relevance: text(),
  })
  .register(SERVICE_SCHEMAS, { id: 'Analysis' });
export type Analysis = z.infer<typeof Analysis>;

export const ServiceDecision = z
  .object({
    id: text(),
    council: CouncilRef,
    title: text(),
    councilUrl: url(),
    decisionMaker: text(),
    outcome: text(),
    isKeyDecision: z.boolean(),
    isCallableIn: z.boolean(),
    purpose: text(),
    content: text(),
    decidedOn: isoDate(),
    /** Absent until the service has analysed the decision. */
    analysis: z.optional(Analysis),
  })
  .register(SERVICE_SCHEMAS, { id: 'Decision' });
export type ServiceDecision = z.infer<typeof ServiceDecision>;

export const PageLookup = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('meeting'), meeting: ServiceMeeting }),
    z.object({ kind: z.literal('decision'), decision: ServiceDecision }),
  ])
  .register(SERVICE_SCHEMAS, { id: 'PageLookup' });
export type PageLookup = z.infer<typeof PageLookup>;

export const ERROR_CODES = ['not_found', 'bad_request', 'unauthorized', 'forbidden', 'rate_limited', 'internal'] as const;
export const ServiceError = z
  .object({
    error: z.object({ code: z.enum(ERROR_CODES), message: text() }),
  })
  .register(SERVICE_SCHEMAS, { id: 'Error' });
export type ServiceError = z.infer<typeof ServiceError>;

/** The endpoints, as data, so the OpenAPI document and the Markdown reference are generated from one list. */
export const ENDPOINTS = [
  {
    path: '/v1/pages',
    summary: 'Look up what the service knows about a council page',
    description:
      'Takes the identity of a council meeting or decision page, on any host the council uses. Council Lens sends only its canonical key (lib/service/page-key.ts), never the address as the browser shows it: `https://`, the host in lower case without `www.`, the path in lower case, and only the parameters that identify the page (`mid` for ieListDocuments.aspx, `id` and `aiid` for ieDecisionDetails.aspx, `id` for mgAi.aspx and mgMeetingAttendance.aspx; elsewhere only aiid, cid, decisionid, id, iid, itemid, meetingid and mid), lower-cased and sorted. Never the fragment, a session id, a search or any other parameter. With a subscriber key, the key goes in `Authorization: Bearer`. Matching ignores the scheme, case, `www.`, and the order and case of query names, so a full page address gives the same answer.',
    query: [
      { name: 'url', description: 'The page’s canonical key as an https URL, e.g. https://milton-keynes.moderngov.co.uk/iedecisiondetails.aspx?id=1613' },
    ],
    response: PageLookup,
    errors: [400, 401, 403, 404, 429],
  },
  {
    path: '/v1/meetings/{id}',
    params: [{ name: 'id', description: 'The service’s meeting id' }],
    summary: 'One meeting',
    description: 'A meeting with its summary (unless coverage is limited), footnotes, suggested questions, topics, attendees and documents.',
    response: ServiceMeeting,
    errors: [401, 403, 404, 429],
  },
  {
    path: '/v1/decisions/{id}',
    params: [{ name: 'id', description: 'The service’s decision id' }],
    summary: 'One decision',
    description: 'A decision with the service’s analysis of how contentious it is.',
    response: ServiceDecision,
    errors: [401, 403, 404, 429],
  },
  {
    path: '/v1/councils/{slug}',
    params: [{ name: 'slug', description: 'The council’s slug, e.g. milton-keynes' }],
    summary: 'One council',
    description: 'The council’s name, the service’s coverage of it, and the portal hosts it publishes on.',
    response: Council,
    errors: [401, 403, 404, 429],
  },
] as const;
