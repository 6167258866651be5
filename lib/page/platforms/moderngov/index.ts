import type { Extractors, PageKind } from '../types';
import { extractModernGovCommittee } from './committee';
import { extractModernGovCouncillor, extractModernGovCouncillorList } from './councillor';
import { extractModernGovDecision } from './decision';
import { extractModernGovDecisions, extractModernGovMeetings } from './lists';
import { extractModernGovMeeting } from './meeting';
import { extractModernGovAgendaItem, extractModernGovAttendance, extractModernGovIssueHistory } from './pages';

/** Extractors by page kind: one for every kind, each returning that kind's model. */
export const moderngov: Extractors<PageKind> = {
  meeting: extractModernGovMeeting,
  attendance: extractModernGovAttendance,
  agendaItem: extractModernGovAgendaItem,
  decision: extractModernGovDecision,
  issueHistory: extractModernGovIssueHistory,
  committee: extractModernGovCommittee,
  meetingsList: extractModernGovMeetings('meetingsList'),
  calendar: extractModernGovMeetings('calendar'),
  councillor: extractModernGovCouncillor,
  councillorList: extractModernGovCouncillorList,
  decisionsList: extractModernGovDecisions('decisionsList'),
  forwardPlan: extractModernGovDecisions('forwardPlan'),
};
