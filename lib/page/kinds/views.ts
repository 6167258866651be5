import type { JSX } from 'preact';
import type { DocumentSummaries } from '../../../components/DocumentList';
import type { ServiceState } from '../../../components/ServiceViews';
import type { CouncillorVote } from '../../protocol/messages';
import type { AttendeesState } from '../../sidebar/attendees';
import { AgendaItemKindView } from './agenda-item/view';
import { AttendanceKindView } from './attendance/view';
import { CommitteeKindView } from './committee/view';
import { CouncillorKindView } from './councillor/view';
import { CouncillorListKindView } from './councillor-list/view';
import { DecisionKindView } from './decision/view';
import { DecisionsListKindView } from './decisions-list/view';
import type { PageKind, PageOf } from './index';
import { IssueHistoryKindView } from './issue-history/view';
import { MeetingKindView, type MeetingSummaries } from './meeting/view';
import { MeetingsListKindView } from './meetings-list/view';

/** Everything the sidebar knows about a page besides the page itself; each kind's view takes what it needs. */
export interface KindViewContext {
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
export type KindViewProps<K extends PageKind> = KindViewContext & { page: PageOf<K> };
export type KindView<K extends PageKind> = (props: KindViewProps<K>) => JSX.Element;

/**
 * Each kind's view (its folder's `view.tsx`), rendered by components/PageView.tsx. The type requires
 * a view for every kind of the page model, so a new kind does not build until it has one, as it
 * needs a reading (./index.ts).
 */
export const KIND_VIEWS: { readonly [K in PageKind]: KindView<K> } = {
  meeting: MeetingKindView,
  attendance: AttendanceKindView,
  agendaItem: AgendaItemKindView,
  decision: DecisionKindView,
  issueHistory: IssueHistoryKindView,
  committee: CommitteeKindView,
  meetingsList: MeetingsListKindView,
  calendar: MeetingsListKindView,
  councillor: CouncillorKindView,
  councillorList: CouncillorListKindView,
  decisionsList: DecisionsListKindView,
  forwardPlan: DecisionsListKindView,
};
