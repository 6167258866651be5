import type { Attendance, Attendee, AttendeeRole } from './model';
import { byName } from '../shared/order';

/** Maps a council's role wording ("Vice-Chairman", "Reserve Member", "Clerk") onto the roles the sidebar groups by. */
export function roleFromText(text: string | undefined): AttendeeRole {
  const value = (text ?? '').toLowerCase();
  if (/vice[\s-]*chair/.test(value)) return 'viceChair';
  if (/\bchair/.test(value)) return 'chair';
  if (/substitute|reserve|deputy/.test(value)) return 'substitute';
  if (/officer|clerk|director|manager|head of|solicitor|democratic services|legal adviser/.test(value)) return 'officer';
  if (/member|councillor|\bcllr\b/.test(value)) return 'member';
  if (/guest|observer|in attendance|co-?opted|witness|speaker/.test(value)) return 'guest';
  return value ? 'other' : 'member';
}

export function attendanceFromText(text: string | undefined): Attendance {
  const value = (text ?? '').toLowerCase();
  if (/apolog/.test(value)) return 'apologies';
  if (/absent|did not attend|not present/.test(value)) return 'absent';
  if (/expected/.test(value)) return 'expected';
  if (/in attendance/.test(value)) return 'inAttendance';
  if (/present|attended/.test(value)) return 'present';
  return 'unknown';
}

/** Names are compared without honorifics, since one source says "Councillor Basil Curley" and another "Cllr B Curley". */
export function personKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/\b(councillor|cllr|mayor|deputy mayor|alderman|mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|the|rev|revd|obe|mbe|cbe|jp)\b\.?/g, ' ')
    .replace(/[^a-z\u00c0-\u024f' -]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const ROLE_ORDER: Record<AttendeeRole, number> = { chair: 0, viceChair: 1, member: 2, substitute: 3, guest: 4, other: 5, officer: 6 };

export interface AttendeeGroup {
  id: 'chairs' | 'members' | 'substitutes' | 'others' | 'officers';
  attendees: Attendee[];
}

/**
 * Chair and Vice-Chair first, then members, substitutes, others and officers. Within a
 * group people who sent apologies or were absent come after those expected to attend,
 * then by name, so the order is stable whatever the source's order.
 */
export function groupAttendees(attendees: readonly Attendee[]): AttendeeGroup[] {
  const groupOf = (role: AttendeeRole): AttendeeGroup['id'] =>
    role === 'chair' || role === 'viceChair'
      ? 'chairs'
      : role === 'member'
        ? 'members'
        : role === 'substitute'
          ? 'substitutes'
          : role === 'officer'
            ? 'officers'
            : 'others';
  const away = (attendee: Attendee) => (attendee.attendance === 'apologies' || attendee.attendance === 'absent' ? 1 : 0);
  const sorted = [...attendees].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || away(a) - away(b) || byName(a.name, b.name));
  const order: AttendeeGroup['id'][] = ['chairs', 'members', 'substitutes', 'others', 'officers'];
  return order.map((id) => ({ id, attendees: sorted.filter((attendee) => groupOf(attendee.role) === id) })).filter((group) => group.attendees.length > 0);
}

/** The profile details a second source can add to a person. */
export interface PersonDetails {
  name: string;
  party?: string;
  ward?: string;
  photoUrl?: string;
  profileUrl?: string;
}

/**
 * Fills missing party, ward, photo and profile link from a second list of the same people,
 * matched by name without honorifics. The primary list wins on everything it already has
 * (for attendees: the council's record of role and attendance).
 */
export function fillPersonDetails<T extends PersonDetails>(primary: readonly T[], secondary: readonly PersonDetails[]): T[] {
  const byKey = new Map(secondary.map((person) => [personKey(person.name), person]));
  return primary.map((person) => {
    const other = byKey.get(personKey(person.name));
    if (!other) return person;
    const filled: T = { ...person };
    for (const field of ['party', 'ward', 'photoUrl', 'profileUrl'] as const) {
      if (filled[field] === undefined && other[field] !== undefined) filled[field] = other[field] as T[typeof field];
    }
    return filled;
  });
}

export const mergeAttendees = fillPersonDetails<Attendee>;

/** Whether a list still lacks the details a second source could fill. */
export function lacksDetails(attendees: readonly Attendee[]): boolean {
  const councillors = attendees.filter((attendee) => attendee.role !== 'officer');
  return councillors.length > 0 && councillors.every((attendee) => !attendee.party && !attendee.ward);
}
