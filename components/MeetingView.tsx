import type { AttendeesState } from '../lib/load-attendees';
import type { Meeting, MeetingStatus } from '../lib/model';
import { AttendeeSection } from './AttendeeList';
import { DocumentSection, type DocumentSummaries } from './DocumentList';
import { LocalSummary, type LocalSummaryState } from './LocalSummary';
import { Section } from './common';
import { formatMeetingTime } from './format';
import { ServiceMeetingSection, type ServiceState } from './ServiceViews';

const STATUS_LABEL: Record<Exclude<MeetingStatus, 'scheduled'>, string> = {
  cancelled: 'Cancelled',
  postponed: 'Postponed',
  moved: 'Moved',
};

export interface MeetingSummaries {
  meeting: LocalSummaryState;
  startMeeting(): void;
  cancelMeeting(): void;
  documents: DocumentSummaries;
}

export function MeetingView({ meeting, attendees, service, local }: { meeting: Meeting; attendees: AttendeesState; service: ServiceState; local?: MeetingSummaries }) {
  const serviceHasSummary = service.status === 'ready' && service.view.kind === 'meeting' && service.view.summary !== undefined;
  return (
    <>
      <header class="page-header">
        <p class="eyebrow">{meeting.heading ?? 'Meeting'}</p>
        <h2 class="title">{meeting.committee.name}</h2>
        <p class="when">
          {meeting.startsAt ? <time dateTime={meeting.startsAt}>{formatMeetingTime(meeting.startsAt)}</time> : meeting.dateText ?? 'Date not shown'}
          {meeting.status !== 'scheduled' ? <span class={`badge badge-${meeting.status}`}>{STATUS_LABEL[meeting.status]}</span> : null}
        </p>
        {meeting.venue ? <p class="venue">{meeting.venue}</p> : null}
        <p class="facts">
          {meeting.agendaItems.length} agenda {meeting.agendaItems.length === 1 ? 'item' : 'items'}
          {meeting.committee.url ? (
            <>
              {' · '}
              <a href={meeting.committee.url}>About the committee</a>
            </>
          ) : null}
        </p>
      </header>
      <ServiceMeetingSection state={service} view={service.status === 'ready' && service.view.kind === 'meeting' ? service.view : undefined} />
      {local && !serviceHasSummary && meeting.documents.length > 0 ? (
        <Section id="local-summary" title="Summary from the documents">
          <LocalSummary state={local.meeting} startLabel="Summarise this meeting" idPrefix="cl-meeting" onStart={local.startMeeting} onCancel={local.cancelMeeting} />
        </Section>
      ) : null}
      <AttendeeSection state={attendees} />
      <DocumentSection meeting={meeting} summaries={local?.documents} />
    </>
  );
}
