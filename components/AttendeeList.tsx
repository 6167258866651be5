import { useState } from 'preact/hooks';
import type { Attendance, Attendee, AttendeeRole } from '../lib/model';
import type { AttendeesState } from '../lib/load-attendees';
import { groupAttendees, type AttendeeGroup } from '../lib/people';
import { Party } from './Party';

const GROUP_LABEL: Record<AttendeeGroup['id'], string> = {
  chairs: 'Chairing',
  members: 'Members',
  substitutes: 'Substitutes',
  others: 'Also attending',
  officers: 'Officers',
};

const ROLE_LABEL: Record<AttendeeRole, string> = {
  chair: 'Chair',
  viceChair: 'Vice-Chair',
  member: 'Member',
  substitute: 'Substitute',
  officer: 'Officer',
  guest: 'Guest',
  other: 'Attendee',
};

const ATTENDANCE_LABEL: Record<Attendance, string> = {
  present: 'Present',
  apologies: 'Apologies',
  absent: 'Absent',
  expected: 'Expected',
  inAttendance: 'In attendance',
  unknown: '',
};

function initials(name: string): string {
  const words = name.replace(/^(councillor|cllr)\s+/i, '').split(/\s+/).filter(Boolean);
  return ((words[0]?.[0] ?? '') + (words.length > 1 ? words[words.length - 1]?.[0] ?? '' : '')).toUpperCase();
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
  const away = attendee.attendance === 'apologies' || attendee.attendance === 'absent';
  const role = attendee.roleText && attendee.role === 'other' ? attendee.roleText : ROLE_LABEL[attendee.role];
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
      </span>
      {ATTENDANCE_LABEL[attendee.attendance] ? (
        <span class={`badge badge-${attendee.attendance}`}>{ATTENDANCE_LABEL[attendee.attendance]}</span>
      ) : null}
    </li>
  );
}

export function AttendeeSection({ state }: { state: AttendeesState }) {
  return (
    <section class="section" aria-labelledby="cl-attendees-heading">
      <h3 id="cl-attendees-heading">Attendees</h3>
      {state.status === 'loading' ? (
        <p class="muted" role="status">
          Looking up who attends…
        </p>
      ) : state.status === 'notPublished' ? (
        <p class="muted" role="status">
          {state.message}
        </p>
      ) : (
        <ul class="attendees" aria-label="Attendees">
          {groupAttendees(state.attendees).map((group) => (
            <li key={group.id} class="attendee-group">
              <span class="group-label">{GROUP_LABEL[group.id]}</span>
              <ul class="attendee-rows" aria-label={GROUP_LABEL[group.id]}>
                {group.attendees.map((attendee) => (
                  <AttendeeRow key={attendee.name} attendee={attendee} />
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
