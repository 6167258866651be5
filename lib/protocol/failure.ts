/**
 * Failure is a value: every call across a boundary (network, another context, a parser)
 * returns one of these, and the UI renders whichever it gets.
 */
export const FAILURE_CODES = [
  'not_covered',
  'limited',
  'bad_key',
  'rate_limited',
  'unavailable',
  'unexpected_data',
  'too_large',
  'not_allowed',
  'no_text_layer',
  'cancelled',
] as const;
export type FailureCode = (typeof FAILURE_CODES)[number];

export interface Failure {
  ok: false;
  error: FailureCode;
  message: string;
}

export type Result<T> = ({ ok: true } & T) | Failure;

export function failure(error: FailureCode, message: string): Failure {
  return { ok: false, error, message };
}
