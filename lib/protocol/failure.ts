import { z } from 'zod/mini';

/**
 * Failure is a value, and it has one shape everywhere: every call across a boundary (the
 * network, another context, a parser) that can fail returns `{ ok: false, code, detail? }`.
 *
 * `code` says exactly what went wrong; the UI turns it into words through the catalogues
 * (`failure_<code>` in public/_locales), so no English is written in lib/ and Welsh readers
 * get the same precise sentence as English ones. `detail` is a fact the sentence needs and no
 * catalogue can know (an HTTP status, a host, a page count, a document's title); it is never
 * shown on its own.
 *
 * Codes are grouped by what the caller can do about them, which is all the logic ever asks.
 */
const FAILURES = {
  /** Worth trying again later: a server did not answer, or answered "not now". */
  unavailable: [
    'unavailable',
    'not_delivered',
    'service_unreachable',
    'service_timeout',
    'service_connection_failed',
    'service_error',
    'site_unreachable',
    'site_timeout',
    'site_error',
    'site_busy',
    'download_interrupted',
    'download_cut_off',
    'nothing_new_no_copy',
    'ai_unreachable',
    'ai_failed',
    'endpoint_unreachable',
    'endpoint_timeout',
    'endpoint_error',
    'endpoint_failed',
  ],
  rateLimited: ['rate_limited'],
  /** Nothing there (yet): not an error on anyone's part. */
  absent: [
    'not_covered',
    'not_found',
    'attendance_empty',
    'web_service_no_attendees',
    'web_service_no_councillors',
    'meeting_no_documents',
    'postcode_outside_council',
    'ai_none',
    'ai_not_on_device',
    'ai_needs_download',
  ],
  /** The person's choice or setup stops it; the fix is theirs, in the settings. */
  setup: [
    'service_off',
    'service_declined',
    'needs_permission',
    'bad_key',
    'key_not_allowed',
    'not_http_address',
    'service_bad_address',
    'restricted_not_sent',
    'endpoint_not_set_up',
    'endpoint_no_permission',
    'address_no_permission',
  ],
  /** Council Lens refused, to keep the person or the page safe; trying again will not help. */
  refused: [
    'not_allowed',
    'unknown_sender',
    'not_a_council_page',
    'other_site',
    'page_not_fetched',
    'not_a_document_address',
    'credentials_in_address',
    'private_address',
    'own_service_address',
    'document_elsewhere',
    'documents_elsewhere',
    'site_not_enabled',
    'page_forbidden',
    'redirected_elsewhere',
    'site_redirected',
    'service_redirected',
    'endpoint_redirected',
  ],
  /** The person stopped it. */
  stopped: ['cancelled'],
  /** What arrived could not be used. */
  unreadable: [
    'unexpected_data',
    'malformed_request',
    'postcode_invalid',
    'page_markup_missing',
    'page_unreadable',
    'page_kind_unsupported',
    'page_address_unusable',
    'web_service_not_meeting',
    'web_service_not_councillors',
    'service_refused',
    'service_too_large',
    'service_not_json',
    'service_unexpected',
    'site_too_large',
    'ai_unexpected',
    'endpoint_too_large',
    'endpoint_not_openai',
    'endpoint_unexpected',
    'empty',
    'not_pdf',
    'too_large',
    'encrypted',
    'corrupt',
    'no_text_layer',
    'too_many_pages',
    'too_complex',
    'document_failed',
    // A question's index, or an AI tier's answer to it, that did not pass its check.
    'ask_index_unusable',
    'ask_answer_uncited',
    'ask_answer_bad_citation',
    'ask_answer_unsupported',
  ],
} as const;

export type FailureGroup = keyof typeof FAILURES;
export type FailureCode = (typeof FAILURES)[FailureGroup][number];
const everyCode = () => Object.values(FAILURES).flat() as [FailureCode, ...FailureCode[]];
// (Marked pure, so a context that never names every code, like the loader, is built without the list.)
export const FAILURE_CODES = /* @__PURE__ */ everyCode();

export interface Failure {
  ok: false;
  code: FailureCode;
  /** A fact the code's sentence needs (a status, a host, a title); never English prose. */
  detail?: string;
}

export type Result<T> = ({ ok: true } & T) | Failure;

export function failure<Code extends FailureCode>(code: Code, detail?: string | number): Failure & { code: Code } {
  return detail === undefined ? { ok: false, code } : { ok: false, code, detail: String(detail) };
}

const groupTable = () =>
  new Map<FailureCode, FailureGroup>(
    (Object.entries(FAILURES) as [FailureGroup, readonly FailureCode[]][]).flatMap(([group, codes]) => codes.map((code) => [code, group] as const)),
  );
const GROUP_OF = /* @__PURE__ */ groupTable();

export function groupOf(code: FailureCode): FailureGroup {
  return GROUP_OF.get(code) ?? 'unreadable';
}

/** Whether asking again later may help (the cache's stale copy stands in meanwhile). */
export function isTransient(code: FailureCode): boolean {
  const group = groupOf(code);
  return group === 'unavailable' || group === 'rateLimited';
}

/** The failure schema for a message that can fail in only these ways (the loader's one message). */
export function failureSchemaOf<Code extends FailureCode>(codes: readonly [Code, ...Code[]]) {
  return z.object({ ok: z.literal(false), code: z.enum(codes), detail: z.optional(z.string().check(z.maxLength(500))) });
}

export const FailureSchema = /* @__PURE__ */ z.lazy(() => failureSchemaOf(FAILURE_CODES));

/** The catalogue key for a failure's sentence (lib/shared/i18n proves every code has one). */
export function failureKey(code: FailureCode): `failure_${FailureCode}` {
  return `failure_${code}`;
}
