import type { ZodMiniType } from 'zod/mini';
import { failure } from '../../protocol/failure';
import { salvage } from '../../shared/salvage';
import type { MeetingStatus } from '../model';
import type { PageData } from '../kinds';
import type { ExtractResult } from './types';

/** Drops absent values, so optional fields are missing rather than empty. */
export function compact<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined && entry !== '')) as T;
}

/**
 * Validates an extractor's candidate, where a bad field costs only itself (lib/shared/salvage.ts):
 * a council template's odd optional field or list entry is left out and counted, and the rest is
 * read. Only a wrong required field rejects the page; it goes into the failure's detail for bug reports.
 */
export function validated<T extends PageData>(schema: ZodMiniType<T>, candidate: unknown, what: string): ExtractResult<T> {
  const kept = salvage(schema, candidate);
  if (kept.ok) return kept.omitted.length ? { ok: true, data: kept.value, omitted: kept.omitted.length } : { ok: true, data: kept.value };
  const parsed = schema.safeParse(candidate);
  const field = (!parsed.success && parsed.error.issues[0]?.path.map(String).join('.')) || 'shape';
  return failure('page_unreadable', `${what}: ${field}`);
}

const STATUS_WORDS: readonly [RegExp, MeetingStatus][] = [
  [/\bcancell?ed\b/i, 'cancelled'],
  [/\bpostponed\b/i, 'postponed'],
  [/\b(moved|rescheduled)\b/i, 'moved'],
];

/** A meeting's status as its page words it ("CANCELLED", "Postponed", "moved to…"); undefined when it says none. */
export function meetingStatusIn(text: string): MeetingStatus | undefined {
  return STATUS_WORDS.find(([pattern]) => pattern.test(text))?.[1];
}
