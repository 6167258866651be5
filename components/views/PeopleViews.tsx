import type { Committee, Councillor, CouncillorList } from '../../lib/page/model';
import { groupAttendees } from '../../lib/page/people';
import { ROLE_KEY } from '../AttendeeList';
import { useI18n } from '../i18n';
import { ExternalLink, Facts, PageHeader, PersonLine, Prose, Section } from '../common';

export function CommitteeView({ committee }: { committee: Committee }) {
  const { t } = useI18n();
  // Members have no attendance here: grouping by role is the same as for a meeting.
  const groups = groupAttendees(committee.members.map((member) => ({ ...member, attendance: 'unknown' as const })));
  return (
    <>
      <PageHeader eyebrow={t('committeeEyebrow')} title={committee.name}>
        <p class="facts">
          {committee.members.length === 1 ? t('membersOne') : t('membersCount', { count: committee.members.length })}
          {committee.meetingsUrl ? (
            <>
              {' · '}
              <a href={committee.meetingsUrl}>{t('meetingsLink')}</a>
            </>
          ) : null}
        </p>
      </PageHeader>
      {committee.purpose ? (
        <Section id="purpose" title={t('sectionPurpose')}>
          <Prose text={committee.purpose} />
        </Section>
      ) : null}
      <Section id="members" title={t('membersHeading')}>
        {committee.members.length === 0 ? (
          <p class="muted">{t('noMembers')}</p>
        ) : (
          <ul class="attendees" aria-label={t('membersHeading')}>
            {groups.flatMap((group) =>
              group.attendees.map((member) => (
                <li key={member.name} class="attendee">
                  <PersonLine
                    name={member.name}
                    url={member.profileUrl}
                    detail={member.roleText ?? t(member.role === 'other' ? 'roleMember' : ROLE_KEY[member.role])}
                    party={member.party}
                    ward={member.ward}
                  />
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
  const { t } = useI18n();
  return (
    <>
      <PageHeader eyebrow={t('councillorEyebrow')} title={councillor.name}>
        {councillor.photoUrl ? (
          <img class="portrait" src={councillor.photoUrl} alt={t('photoOf', { name: councillor.name })} referrerpolicy="no-referrer" />
        ) : null}
      </PageHeader>
      <Section id="profile" title={t('profileHeading')}>
        <Facts
          items={[
            [t('factParty'), councillor.party],
            [t('factWard'), councillor.ward],
          ]}
        />
        {councillor.roles.length > 0 ? (
          <ul class="plain-list" aria-label={t('rolesLabel')}>
            {councillor.roles.map((role) => (
              <li key={role}>{role}</li>
            ))}
          </ul>
        ) : null}
      </Section>
      <Section id="appointments" title={t('appointmentsHeading')}>
        {councillor.appointments.length === 0 ? (
          <p class="muted">{t('noneListed')}</p>
        ) : (
          <ul class="plain-list" aria-label={t('appointmentsHeading')}>
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
        <Section id="contact" title={t('contactHeading')}>
          <ul class="plain-list" aria-label={t('contactHeading')}>
            {councillor.contacts.map((contact) => (
              <li key={`${contact.kind}:${contact.value}`}>{contact.url ? <ExternalLink href={contact.url}>{contact.value}</ExternalLink> : contact.value}</li>
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  );
}

export function CouncillorListView({ list }: { list: CouncillorList }) {
  const { t } = useI18n();
  return (
    <>
      <PageHeader eyebrow={t('councillorsEyebrow')} title={list.title}>
        <p class="facts">{t('councillorsOnPage', { count: list.councillors.length })}</p>
      </PageHeader>
      <Section id="councillors" title={t('councillorsEyebrow')}>
        <ul class="attendees" aria-label={t('councillorsEyebrow')}>
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
