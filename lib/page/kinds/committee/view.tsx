import type { KindView } from '../views';
import type { Committee } from './model';
import { groupAttendees } from '../../people';
import { ROLE_KEY } from '../../../../components/AttendeeList';
import { useI18n } from '../../../../components/i18n';
import { PageHeader, PersonLine, Prose, Section } from '../../../../components/common';
import { CommitteeHaveYourSay } from '../../../../components/HaveYourSay';
import { MeetingsSections } from '../../../../components/MeetingsSections';

export function CommitteeView({ committee, meetingDates, now }: { committee: Committee; meetingDates?: string[] | undefined; now: string }) {
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
      {meetingDates?.length ? <CommitteeHaveYourSay committee={committee} meetingDates={meetingDates} now={now} /> : null}
      {committee.meetings?.length ? <MeetingsSections meetings={committee.meetings} now={now} /> : null}
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

export const CommitteeKindView: KindView<'committee'> = ({ page, committeeMeetingDates, now }) => (
  <CommitteeView committee={page} meetingDates={committeeMeetingDates} now={now} />
);
