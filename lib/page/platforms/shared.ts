import { failure } from '../../protocol/failure';
import type { MeetingStatus, PageData } from '../model';
import type { ExtractResult } from './types';

/** Drops absent values, so optional fields are missing rather than empty. */
export function compact<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined && entry !== '')) as T;
}

/** Validates an extractor's candidate; the first failing field goes into the message for bug reports. */
export function validated<T extends PageData>(
  schema: { safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[] }[] } } },
  candidate: unknown,
  what: string,
): ExtractResult<T> {
  const parsed = schema.safeParse(candidate);
  if (parsed.success) return { ok: true, data: parsed.data };
  const field = parsed.error.issues[0]?.path.map(String).join('.') || 'shape';
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
