import type { AttendeesState } from '../lib/sidebar/attendees';
import type { PageData } from '../lib/page/model';
import { AttendeeSection } from './AttendeeList';
import { PageHeader } from './common';
import { useI18n } from './i18n';
import type { DocumentSummaries } from './DocumentList';
import { MeetingView, type MeetingSummaries } from './MeetingView';
import type { ServiceState } from './ServiceViews';
import { callInClock, DEFAULT_CALL_IN_WORKING_DAYS, londonToday } from '../lib/page/callin';
import { DecisionView } from './views/DecisionView';
import { AgendaItemView, DecisionsListView, IssueHistoryView, MeetingsListView } from './views/ListViews';
import { CommitteeView, CouncillorListView, CouncillorView } from './views/PeopleViews';

export interface PageViewProps {
  page: PageData;
  attendees: AttendeesState;
  /** ISO 8601 instant, so lists can split "next" from "latest" without reading the clock themselves. */
  now: string;
  /** The council's call-in period in working days, when it differs from the usual five. */
  callInWorkingDays?: number;
  service: ServiceState;
  /** On-device summaries of a meeting and its documents. */
  local?: MeetingSummaries;
  /** On-device summaries of the documents of an agenda item, a decision or an issue. */
  documentSummaries?: DocumentSummaries;
}

/** One view per page kind; every view is built from the same zod-validated page data. */
export function PageView({ page, attendees, now, callInWorkingDays, service, local, documentSummaries }: PageViewProps) {
  const today = londonToday(new Date(now));
  const { t } = useI18n();
  switch (page.kind) {
    case 'meeting':
      return <MeetingView meeting={page} attendees={attendees} service={service} local={local} />;
    case 'attendance':
      return (
        <>
          <PageHeader eyebrow={t('attendanceEyebrow')} title={page.title ?? t('meetingAttendance')}>
            {page.meetingUrl ? (
              <p class="facts">
                <a href={page.meetingUrl}>{t('meetingAgendaLink')}</a>
              </p>
            ) : null}
          </PageHeader>
          <AttendeeSection state={attendees} />
        </>
      );
    case 'agendaItem':
      return <AgendaItemView item={page} summaries={documentSummaries} />;
    case 'decision':
      return (
        <DecisionView
          decision={page}
          callIn={callInClock(page, today, callInWorkingDays ?? DEFAULT_CALL_IN_WORKING_DAYS)}
          service={service}
          summaries={documentSummaries}
        />
      );
    case 'issueHistory':
      return <IssueHistoryView issue={page} summaries={documentSummaries} />;
    case 'committee':
      return <CommitteeView committee={page} />;
    case 'meetingsList':
    case 'calendar':
      return <MeetingsListView list={page} now={now} />;
    case 'councillor':
      return <CouncillorView councillor={page} />;
    case 'councillorList':
      return <CouncillorListView list={page} />;
    case 'decisionsList':
    case 'forwardPlan':
      return <DecisionsListView list={page} today={today} />;
  }
}
