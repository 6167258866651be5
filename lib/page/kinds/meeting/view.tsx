import type { KindView } from '../views';
import type { AttendeesState } from '../../../sidebar/attendees';
import { useI18n } from '../../../../components/i18n';
import type { MeetingStatus } from '../../model';
import type { Meeting } from './model';
import { AttendeeSection } from '../../../../components/AttendeeList';
import { DecidedSection } from '../../../../components/DecidedSection';
import { HaveYourSay } from '../../../../components/HaveYourSay';
import { DocumentSection, type DocumentSummaries } from '../../../../components/DocumentList';
import { LocalSummary, type LocalSummaryState } from '../../../../components/LocalSummary';
import { Section } from '../../../../components/common';
import { formatMeetingTime } from '../../../../components/format';
import { ServiceMeetingSection, type ServiceState } from '../../../../components/ServiceViews';
import { readyView } from '../../../background/service/view';

const STATUS_KEY = { cancelled: 'statusCancelled', postponed: 'statusPostponed', moved: 'statusMoved' } as const satisfies Record<
  Exclude<MeetingStatus, 'scheduled'>,
  string
>;

export interface MeetingSummaries {
  meeting: LocalSummaryState;
  startMeeting(): void;
  cancelMeeting(): void;
  documents: DocumentSummaries;
}

export function MeetingView({
  meeting,
  attendees,
  service,
  local,
  now,
}: {
  meeting: Meeting;
  attendees: AttendeesState;
  service: ServiceState;
  local?: MeetingSummaries;
  /** ISO 8601 instant the view treats as now (for the public's deadlines). */
  now: string;
}) {
  const { t, locale } = useI18n();
  const serviceView = readyView(service);
  const serviceHasSummary = serviceView?.kind === 'meeting' && serviceView.summary !== undefined;
  return (
    <>
      <header class="page-header">
        <p class="eyebrow">{meeting.heading ?? t('meetingEyebrow')}</p>
        <h2 class="title">{meeting.committee.name}</h2>
        <p class="when">
          {meeting.startsAt ? <time dateTime={meeting.startsAt}>{formatMeetingTime(meeting.startsAt, locale)}</time> : (meeting.dateText ?? t('dateNotShown'))}
          {meeting.status !== 'scheduled' ? <span class={`badge badge-${meeting.status}`}>{t(STATUS_KEY[meeting.status])}</span> : null}
        </p>
        {meeting.venue ? <p class="venue">{meeting.venue}</p> : null}
        <p class="facts">
          {/* CMIS meeting pages list papers, not agenda items: a count of none there would say something untrue. */}
          {meeting.platform === 'cmis' && meeting.agendaItems.length === 0
            ? null
            : meeting.agendaItems.length === 1
              ? t('agendaItemsOne')
              : t('agendaItemsCount', { count: meeting.agendaItems.length })}
          {meeting.committee.url ? (
            <>
              {meeting.platform === 'cmis' && meeting.agendaItems.length === 0 ? null : ' · '}
              <a href={meeting.committee.url}>{t('aboutCommittee')}</a>
            </>
          ) : null}
        </p>
      </header>
      <ServiceMeetingSection state={service} view={serviceView?.kind === 'meeting' ? serviceView : undefined} />
      {local && !serviceHasSummary && meeting.documents.length > 0 ? (
        <Section id="local-summary" title={t('summaryFromDocuments')}>
          <LocalSummary
            state={local.meeting}
            startLabel={t('summariseMeeting')}
            idPrefix="cl-meeting"
            onStart={local.startMeeting}
            onCancel={local.cancelMeeting}
          />
        </Section>
      ) : null}
      <HaveYourSay meeting={meeting} now={now} fromDocuments={local?.meeting.status === 'ok' ? local.meeting.sayRules : undefined} />
      <DecidedSection meeting={meeting} />
      <AttendeeSection state={attendees} />
      <DocumentSection meeting={meeting} summaries={local?.documents} />
    </>
  );
}

export const MeetingKindView: KindView<'meeting'> = ({ page, attendees, service, local, now }) => (
  <MeetingView meeting={page} attendees={attendees} service={service} local={local} now={now} />
);
