import type { ExtractResult, PageKind } from '../types';
import { extractModernGovCommittee } from './committee';
import { extractModernGovCouncillor, extractModernGovCouncillorList } from './councillor';
import { extractModernGovDecision } from './decision';
import { extractModernGovDecisions, extractModernGovMeetings } from './lists';
import { extractModernGovMeeting } from './meeting';
import { extractModernGovAgendaItem, extractModernGovAttendance, extractModernGovIssueHistory } from './pages';

/** Extractors by page kind. */
export const moderngov: Partial<Record<PageKind, (url: URL, document: Document) => ExtractResult>> = {
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
