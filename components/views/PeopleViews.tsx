import type { Committee, Councillor, CouncillorList } from '../../lib/model';
import { groupAttendees } from '../../lib/people';
import { ExternalLink, Facts, PageHeader, PersonLine, Prose, Section } from '../common';

const ROLE_WORD = { chair: 'Chair', viceChair: 'Vice-Chair', member: 'Member', substitute: 'Substitute', officer: 'Officer', guest: 'Guest', other: 'Member' } as const;

export function CommitteeView({ committee }: { committee: Committee }) {
  // Members have no attendance here: grouping by role is the same as for a meeting.
  const groups = groupAttendees(committee.members.map((member) => ({ ...member, attendance: 'unknown' as const })));
  return (
    <>
      <PageHeader eyebrow="Committee" title={committee.name}>
        <p class="facts">
          {committee.members.length} {committee.members.length === 1 ? 'member' : 'members'}
          {committee.meetingsUrl ? (
            <>
              {' · '}
              <a href={committee.meetingsUrl}>Meetings</a>
            </>
          ) : null}
        </p>
      </PageHeader>
      {committee.purpose ? (
        <Section id="purpose" title="Purpose">
          <Prose text={committee.purpose} />
        </Section>
      ) : null}
      <Section id="members" title="Members">
        {committee.members.length === 0 ? (
          <p class="muted">No members listed.</p>
        ) : (
          <ul class="attendees" aria-label="Members">
            {groups.flatMap((group) =>
              group.attendees.map((member) => (
                <li key={member.name} class="attendee">
                  <PersonLine name={member.name} url={member.profileUrl} detail={member.roleText ?? ROLE_WORD[member.role]} party={member.party} ward={member.ward} />
                </li>
              )),
            )}
          </ul>
        )}
      </Section>
    </>
  );
}

export function CouncillorView({ councillor }: { councillor: Councillor }) {
  return (
    <>
      <PageHeader eyebrow="Councillor" title={councillor.name}>
        {councillor.photoUrl ? <img class="portrait" src={councillor.photoUrl} alt={`Photo of ${councillor.name}`} referrerpolicy="no-referrer" /> : null}
      </PageHeader>
      <Section id="profile" title="Profile">
        <Facts
          items={[
            ['Party', councillor.party],
            ['Ward', councillor.ward],
          ]}
        />
        {councillor.roles.length > 0 ? (
          <ul class="plain-list" aria-label="Roles">
            {councillor.roles.map((role) => (
              <li key={role}>{role}</li>
            ))}
          </ul>
        ) : null}
      </Section>
      <Section id="appointments" title="Committee appointments">
        {councillor.appointments.length === 0 ? (
          <p class="muted">None listed.</p>
        ) : (
          <ul class="plain-list" aria-label="Committee appointments">
            {councillor.appointments.map((appointment) => (
              <li key={appointment.title}>
                {appointment.url ? <a href={appointment.url}>{appointment.title}</a> : appointment.title}
                {appointment.role ? <span class="badge">{appointment.role}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </Section>
      {councillor.contacts.length > 0 ? (
        <Section id="contact" title="Contact">
          <ul class="plain-list" aria-label="Contact">
            {councillor.contacts.map((contact) => (
              <li key={`${contact.kind}:${contact.value}`}>
                {contact.url ? <ExternalLink href={contact.url}>{contact.value}</ExternalLink> : contact.value}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  );
}

export function CouncillorListView({ list }: { list: CouncillorList }) {
  return (
    <>
      <PageHeader eyebrow="Councillors" title={list.title}>
        <p class="facts">{list.councillors.length} councillors on this page</p>
      </PageHeader>
      <Section id="councillors" title="Councillors">
        <ul class="attendees" aria-label="Councillors">
          {list.councillors.map((councillor) => (
            <li key={councillor.url ?? councillor.name} class="attendee">
              <PersonLine name={councillor.name} url={councillor.url} party={councillor.party} ward={councillor.ward} />
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
