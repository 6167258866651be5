import type { PageKind } from '../../lib/page/kinds';
import { fixtureDocument, fixtureText } from './fixtures';

/**
 * Every page kind, against real fixtures where they exist and hand-made ones where they
 * do not (tests/fixtures/SOURCES.md). Each result is compared with its golden JSON.
 */
export interface KindCase {
  url: string;
  fixture: string;
  kind: PageKind;
  platform?: 'moderngov' | 'cmis';
  wrap?: boolean;
}

export const KIND_CASES: KindCase[] = [
  { url: 'https://moderngov.kingston.gov.uk/mgMeetingAttendance.aspx?ID=10221', fixture: 'handmade-moderngov-attendance-table-10221.html', kind: 'attendance' },
  { url: 'https://moderngov.kingston.gov.uk/mgAi.aspx?ID=51902', fixture: 'handmade-moderngov-agenda-item.html', kind: 'agendaItem' },
  { url: 'https://democracy.reading.gov.uk/ieDecisionDetails.aspx?ID=4832', fixture: 'moderngov-excerpt-decision-detail.html', kind: 'decision' },
  { url: 'https://milton-keynes.moderngov.co.uk/ieDecisionDetails.aspx?ID=1613', fixture: 'handmade-moderngov-decision-1613.html', kind: 'decision' },
  { url: 'https://milton-keynes.moderngov.co.uk/ieDecisionDetails.aspx?ID=8100', fixture: 'handmade-moderngov-decision-callin.html', kind: 'decision' },
  {
    url: 'https://milton-keynes.moderngov.co.uk/mgIssueHistoryHome.aspx?IId=7001&Opt=0',
    fixture: 'handmade-moderngov-issue-history.html',
    kind: 'issueHistory',
  },
  { url: 'https://moderngov.kingston.gov.uk/mgCommitteeDetails.aspx?ID=711', fixture: 'moderngov-kingston-committee-ID711.html', kind: 'committee' },
  {
    url: 'https://moderngov.kingston.gov.uk/ieListMeetings.aspx?CommitteeId=711',
    fixture: 'moderngov-kingston-meetings-list-CommitteeId711.html',
    kind: 'meetingsList',
  },
  { url: 'https://moderngov.kingston.gov.uk/mgCalendarMonthView.aspx?GL=1&bcr=1', fixture: 'handmade-moderngov-calendar-month.html', kind: 'calendar' },
  { url: 'https://moderngov.kingston.gov.uk/mgUserInfo.aspx?UID=2795', fixture: 'handmade-moderngov-councillor.html', kind: 'councillor' },
  {
    url: 'https://moderngov.kingston.gov.uk/mgMemberIndex.aspx?FN=WARD&VW=LIST&PIC=1',
    fixture: 'handmade-moderngov-member-index-ward.html',
    kind: 'councillorList',
  },
  // The real excerpt is the results table alone; real pages wrap it in the #modgov block.
  {
    url: 'https://democracy.kirklees.gov.uk/mgDelegatedDecisions.aspx?XXR=0&ACT=Find',
    fixture: 'moderngov-excerpt-delegated-decisions-list.html',
    kind: 'decisionsList',
    wrap: true,
  },
  { url: 'https://milton-keynes.moderngov.co.uk/mgListPlanItems.aspx?PlanId=272', fixture: 'handmade-moderngov-forward-plan.html', kind: 'forwardPlan' },
  {
    url: 'https://birmingham.cmis.uk.com/birmingham/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/15028/Committee/6/SelectedTab/Documents/Default.aspx',
    fixture: 'cmis-excerpt-meeting-summary.html',
    kind: 'meeting',
    platform: 'cmis',
  },
  {
    url: 'https://birmingham.cmis.uk.com/birmingham/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/15042/Committee/4/Default.aspx',
    fixture: 'handmade-cmis-meeting-attendance.html',
    kind: 'meeting',
    platform: 'cmis',
  },
  {
    url: 'https://birmingham.cmis.uk.com/birmingham/Meetings/tabid/70/ctl/MeetingCalendarListView/mid/397/Default.aspx',
    fixture: 'cmis-excerpt-meetings-listview.html',
    kind: 'calendar',
    platform: 'cmis',
  },
  {
    url: 'https://birmingham.cmis.uk.com/birmingham/Meetings/tabid/70/ctl/MeetingCalendarPublicNoJava/mid/397/Date/2026-06-01/Default.aspx',
    fixture: 'cmis-excerpt-calendar-month.html',
    kind: 'calendar',
    platform: 'cmis',
  },
  {
    url: 'https://birmingham.cmis.uk.com/birmingham/Committees/tabid/62/ctl/ViewCMIS_CommitteeDetails/mid/383/id/4/Default.aspx',
    fixture: 'handmade-cmis-committee.html',
    kind: 'committee',
    platform: 'cmis',
  },
  {
    url: 'https://birmingham.cmis.uk.com/birmingham/Councillors/tabid/63/ctl/ViewCMIS_Person/mid/384/id/1234/Default.aspx',
    fixture: 'handmade-cmis-councillor.html',
    kind: 'councillor',
    platform: 'cmis',
  },
  { url: 'https://birmingham.cmis.uk.com/birmingham/Decisions.aspx', fixture: 'handmade-cmis-decisions.html', kind: 'decisionsList', platform: 'cmis' },
];

export function caseDocument(testCase: KindCase): Document {
  return testCase.wrap
    ? new DOMParser().parseFromString(`<div id="modgov">${fixtureText(testCase.fixture)}</div>`, 'text/html')
    : fixtureDocument(testCase.fixture);
}
