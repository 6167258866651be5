import { useState } from 'preact/hooks';
import type { MessageKey } from '../lib/shared/i18n';
import { useI18n } from './i18n';
import type { Attendance, Attendee, AttendeeRole } from '../lib/page/model';
import type { AttendeesState } from '../lib/sidebar/attendees';
import { groupAttendees, type AttendeeGroup } from '../lib/page/people';
import { Party } from './Party';
import { useActions } from './actions';

const GROUP_KEY = {
  chairs: 'groupChairs',
  members: 'groupMembers',
  substitutes: 'groupSubstitutes',
  others: 'groupOthers',
  officers: 'groupOfficers',
} as const satisfies Record<AttendeeGroup['id'], MessageKey>;

export const ROLE_KEY = {
  chair: 'roleChair',
  viceChair: 'roleViceChair',
  member: 'roleMember',
  substitute: 'roleSubstitute',
  officer: 'roleOfficer',
  guest: 'roleGuest',
  other: 'roleOther',
} as const satisfies Record<AttendeeRole, MessageKey>;

const ATTENDANCE_KEY = {
  present: 'attendancePresent',
  apologies: 'attendanceApologies',
  absent: 'attendanceAbsent',
  expected: 'attendanceExpected',
  inAttendance: 'attendanceInAttendance',
  unknown: undefined,
} as const satisfies Record<Attendance, MessageKey | undefined>;

function initials(name: string): string {
  const words = name
    .replace(/^(councillor|cllr)\s+/i, '')
    .split(/\s+/)
    .filter(Boolean);
  return ((words[0]?.[0] ?? '') + (words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '')).toUpperCase();
}

/** A photo when the council has one that loads; the person's initials otherwise. */
function Avatar({ name, photoUrl }: { name: string; photoUrl?: string }) {
  const [failed, setFailed] = useState(false);
  if (photoUrl && !failed) return <img class="avatar" src={photoUrl} alt="" loading="lazy" referrerpolicy="no-referrer" onError={() => setFailed(true)} />;
  return (
    <span class="avatar avatar-initials" aria-hidden="true">
      {initials(name)}
    </span>
  );
}

function AttendeeRow({ attendee }: { attendee: Attendee }) {
  const { t } = useI18n();
  const followPeople = useActions()?.followPeople;
  const away = attendee.attendance === 'apologies' || attendee.attendance === 'absent';
  const role = attendee.roleText && attendee.role === 'other' ? attendee.roleText : t(ROLE_KEY[attendee.role]);
  const attendanceKey = ATTENDANCE_KEY[attendee.attendance];
  return (
    <li class={`attendee${away ? ' attendee-away' : ''}`}>
      <Avatar name={attendee.name} {...(attendee.photoUrl ? { photoUrl: attendee.photoUrl } : {})} />
      <span class="attendee-body">
        <span class="attendee-name">
          {attendee.profileUrl ? (
            <a href={attendee.profileUrl} target="_blank" rel="noopener noreferrer">
              {attendee.name}
            </a>
          ) : (
            attendee.name
          )}
        </span>
        <span class="attendee-meta">
          <span>{role}</span>
          {attendee.party ? <Party party={attendee.party} /> : null}
          {attendee.ward ? <span>{attendee.ward}</span> : null}
        </span>
        {attendee.interests?.map((interest, index) => (
          <span key={index} class="attendee-interest">
            <span class="badge badge-interest">{interest.item ? t('declaredInterestItem', { item: interest.item }) : t('declaredInterest')}</span>{' '}
            <q>{interest.text}</q>
          </span>
        ))}
      </span>
      {attendanceKey ? <span class={`badge badge-${attendee.attendance}`}>{t(attendanceKey)}</span> : null}
      {followPeople && attendee.role !== 'officer' ? (
        <button
          type="button"
          class="secondary small follow-person"
          aria-pressed={followPeople.followed.includes(attendee.name)}
          aria-label={t(followPeople.followed.includes(attendee.name) ? 'follow_personFollowing' : 'follow_person', { name: attendee.name })}
          onClick={() => followPeople.toggle(attendee.name)}
        >
          {followPeople.followed.includes(attendee.name) ? t('follow_following') : t('follow_follow')}
        </button>
      ) : null}
    </li>
  );
}

export function AttendeeSection({ state }: { state: AttendeesState }) {
  const { t } = useI18n();
  return (
    <section class="section" aria-labelledby="cl-attendees-heading">
      <h3 id="cl-attendees-heading">{t('attendeesHeading')}</h3>
      {state.status === 'loading' ? (
        <p class="muted" role="status">
          {t('attendeesLoading')}
        </p>
      ) : state.status === 'notPublished' ? (
        <p class="muted" role="status">
          {t('attendanceNotPublished')}
        </p>
      ) : (
        <ul class="attendees" aria-label={t('attendeesHeading')}>
          {groupAttendees(state.attendees).map((group) => (
            <li key={group.id} class="attendee-group">
              <span class="group-label">{t(GROUP_KEY[group.id])}</span>
              <ul class="attendee-rows" aria-label={t(GROUP_KEY[group.id])}>
                {group.attendees.map((attendee) => (
                  <AttendeeRow key={attendee.name} attendee={attendee} />
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {state.status === 'ready' && state.omitted ? <p class="muted note">{t('attendeesOmitted')}</p> : null}
    </section>
  );
}
