import type { JSX } from 'preact';
import type { AttendeesState } from '../lib/sidebar/attendees';
import type { PageData } from '../lib/page/model';
import type { CouncillorVote } from '../lib/protocol/messages';
import type { PageKind, PageOf } from '../lib/page/kinds';
import { AttendeeSection } from './AttendeeList';
import { PageHeader } from './common';
import { useI18n } from './i18n';
import type { DocumentSummaries } from './DocumentList';
import { MeetingView, type MeetingSummaries } from './MeetingView';
import type { ServiceState } from './ServiceViews';
import { callInClock, DEFAULT_CALL_IN_WORKING_DAYS } from '../lib/page/callin';
import { londonToday } from '../lib/page/dates';
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
  /** On a councillor's page: their recorded votes in minutes already read on this device. */
  councillorVotes?: CouncillorVote[];
  /** On a committee page: its next meetings' dates, for the public's deadlines. */
  committeeMeetingDates?: string[];
}

/** What a kind's view is given: the page as that kind's model, and everything else the sidebar knows. */
export type KindViewProps<K extends PageKind> = Omit<PageViewProps, 'page'> & { page: PageOf<K> };
type KindView<K extends PageKind> = (props: KindViewProps<K>) => JSX.Element;

function AttendanceView({ page, attendees }: KindViewProps<'attendance'>) {
  const { t } = useI18n();
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
}

/** The meetings list and the calendar share a model, and so a view; as do the decisions list and the forward plan. */
const MeetingsListKindView: KindView<'meetingsList' | 'calendar'> = ({ page, now }) => <MeetingsListView list={page} now={now} />;
const DecisionsListKindView: KindView<'decisionsList' | 'forwardPlan'> = ({ page, now }) => (
  <DecisionsListView list={page} today={londonToday(new Date(now))} />
);

function DecisionKindView({ page, callInWorkingDays, now, service, documentSummaries }: KindViewProps<'decision'>) {
  const callIn = callInClock(page, londonToday(new Date(now)), callInWorkingDays ?? DEFAULT_CALL_IN_WORKING_DAYS);
  return <DecisionView decision={page} callIn={callIn} service={service} summaries={documentSummaries} />;
}

/**
 * One view per page kind. The type requires a view for every kind of the page model, so a
 * new kind does not build until it has one (as it needs a detector and an extractor).
 */
export const PAGE_VIEWS: { [K in PageKind]: KindView<K> } = {
  meeting: ({ page, attendees, service, local, now }) => <MeetingView meeting={page} attendees={attendees} service={service} local={local} now={now} />,
  attendance: AttendanceView,
  agendaItem: ({ page, documentSummaries }) => <AgendaItemView item={page} summaries={documentSummaries} />,
  decision: DecisionKindView,
  issueHistory: ({ page, documentSummaries }) => <IssueHistoryView issue={page} summaries={documentSummaries} />,
  committee: ({ page, committeeMeetingDates, now }) => <CommitteeView committee={page} meetingDates={committeeMeetingDates} now={now} />,
  meetingsList: MeetingsListKindView,
  calendar: MeetingsListKindView,
  councillor: ({ page, councillorVotes }) => <CouncillorView councillor={page} votes={councillorVotes} />,
  councillorList: ({ page }) => <CouncillorListView list={page} />,
  decisionsList: DecisionsListKindView,
  forwardPlan: DecisionsListKindView,
};

/** The page's own view. */
export function PageView(props: PageViewProps) {
  // TypeScript cannot correlate `PAGE_VIEWS[kind]` with the page of that same kind, so the
  // lookup is widened once here; the table's type above is what proves each pairing.
  const View = PAGE_VIEWS[props.page.kind] as KindView<PageKind>;
  return <View {...props} page={props.page as PageOf<PageKind>} />;
}
