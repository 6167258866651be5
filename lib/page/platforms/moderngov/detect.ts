import { pageName, queryParam } from '../../text';
import type { Detectors, PageDetector, PageKind } from '../types';

/**
 * ModernGov page detectors. Page names are matched as path suffixes, case-insensitively,
 * because installs live under any prefix (`/democracy/`, `/mginternet/`) and write `MId`
 * and `MID` alike. Each lists real URLs; tests/unit/detect.test.ts checks that each
 * matches its own detector and no other.
 */

function page<K extends PageKind>(
  kind: K,
  names: readonly string[],
  required: readonly string[],
  examples: readonly string[],
  extra?: (url: URL) => boolean,
): PageDetector<K> {
  return {
    kind,
    matchesUrl: (url) =>
      names.includes(pageName(url)) && (required.length === 0 || required.some((param) => queryParam(url, param) !== undefined)) && (extra?.(url) ?? true),
    examples,
  };
}

export const meeting = page(
  'meeting',
  ['ielistdocuments.aspx'],
  ['MId'],
  [
    'https://moderngov.kingston.gov.uk/ieListDocuments.aspx?CId=711&MId=10221&Ver=4',
    'https://milton-keynes.moderngov.co.uk/ieListDocuments.aspx?CId=1234&MId=5678',
    'https://democracy.manchester.gov.uk/ieListDocuments.aspx?CId=147&MId=4967',
    'https://www.lewes-eastbourne.gov.uk/democracy/ieListDocuments.aspx?CId=307&MID=5291',
    'https://cardiff.moderngov.co.uk/ielistdocuments.aspx?cid=151&mid=8480&ver=4&LLL=0',
  ],
);

export const attendance = page(
  'attendance',
  ['mgmeetingattendance.aspx'],
  ['ID'],
  ['https://moderngov.kingston.gov.uk/mgMeetingAttendance.aspx?ID=10221', 'https://democracy.manchester.gov.uk/mgMeetingAttendance.aspx?ID=4967'],
);

export const agendaItem = page(
  'agendaItem',
  ['mgai.aspx'],
  ['ID'],
  ['https://moderngov.kingston.gov.uk/mgAi.aspx?ID=51902', 'https://democracy.leeds.gov.uk/mgAi.aspx?ID=112233'],
);

export const decision = page(
  'decision',
  ['iedecisiondetails.aspx'],
  ['ID', 'AIId'],
  [
    'https://milton-keynes.moderngov.co.uk/ieDecisionDetails.aspx?ID=1613',
    'https://democracy.kirklees.gov.uk/ieDecisionDetails.aspx?ID=13567',
    'https://moderngov.kingston.gov.uk/ieDecisionDetails.aspx?AIId=51902',
  ],
);

export const issueHistory = page(
  'issueHistory',
  ['mgissuehistoryhome.aspx', 'ieissuedetails.aspx'],
  ['IId'],
  ['https://democracy.kirklees.gov.uk/mgIssueHistoryHome.aspx?IId=6535&Opt=0', 'https://democracy.leeds.gov.uk/ieIssueDetails.aspx?IId=98765&PlanId=1234'],
);

export const committee = page(
  'committee',
  ['mgcommitteedetails.aspx'],
  ['ID'],
  ['https://moderngov.kingston.gov.uk/mgCommitteeDetails.aspx?ID=711', 'https://democracy.manchester.gov.uk/mgCommitteeDetails.aspx?ID=147'],
);

/** `ieListMeetings.aspx?...&info=1` is how ModernGov shows the constitution and other static pages. */
export const meetingsList = page(
  'meetingsList',
  ['ielistmeetings.aspx'],
  ['CommitteeId', 'CId'],
  ['https://moderngov.kingston.gov.uk/ieListMeetings.aspx?CommitteeId=711', 'https://democracy.manchester.gov.uk/ieListMeetings.aspx?CId=147&Year=2025'],
  (url) => queryParam(url, 'info') !== '1',
);

export const calendar = page(
  'calendar',
  ['mgcalendarmonthview.aspx', 'mgcalendarweekview.aspx'],
  [],
  [
    'https://moderngov.kingston.gov.uk/mgCalendarMonthView.aspx?GL=1&bcr=1',
    'https://aberdeenshire.moderngov.co.uk/mgCalendarMonthView.aspx',
    'https://democracy.manchester.gov.uk/mgCalendarWeekView.aspx?XXR=0&DR=12%2f01%2f2026-18%2f01%2f2026',
  ],
);

export const councillor = page(
  'councillor',
  ['mguserinfo.aspx'],
  ['UID'],
  ['https://moderngov.kingston.gov.uk/mgUserInfo.aspx?UID=2795', 'https://democracy.manchester.gov.uk/mgUserInfo.aspx?UID=192'],
);

export const councillorList = page(
  'councillorList',
  ['mgmemberindex.aspx', 'mgfindmember.aspx'],
  [],
  [
    'https://moderngov.kingston.gov.uk/mgMemberIndex.aspx?bcr=1',
    'https://democracy.manchester.gov.uk/mgMemberIndex.aspx?FN=WARD&VW=LIST&PIC=0',
    'https://cardiff.moderngov.co.uk/mgFindMember.aspx',
  ],
);

export const decisionsList = page(
  'decisionsList',
  ['mgdelegateddecisions.aspx', 'mglistofficerdecisions.aspx'],
  [],
  [
    'https://moderngov.kingston.gov.uk/mgDelegatedDecisions.aspx?bcr=1&DM=0&DS=2&K=0&DR=&V=0',
    'https://democracy.kirklees.gov.uk/mgDelegatedDecisions.aspx?XXR=0&DR=01%2f04%2f2025-30%2f04%2f2025&ACT=Find',
    'https://democracy.leeds.gov.uk/mgListOfficerDecisions.aspx?bcr=1',
  ],
);

export const forwardPlan = page(
  'forwardPlan',
  ['mgplanshome.aspx', 'mglistplanitems.aspx'],
  [],
  ['https://democracy.manchester.gov.uk/mgPlansHome.aspx?bcr=1', 'https://milton-keynes.moderngov.co.uk/mgListPlanItems.aspx?PlanId=272&RP=117'],
);

/** ModernGov reads every kind: the type says so, and refuses a kind without its detector. */
export const moderngovDetectors: Detectors<PageKind> = {
  meeting,
  attendance,
  agendaItem,
  decision,
  issueHistory,
  committee,
  meetingsList,
  calendar,
  councillor,
  councillorList,
  decisionsList,
  forwardPlan,
};

/**
 * The markup every ModernGov theme keeps: the `#modgov` block, the `$ModernGov`
 * bootstrap script, or its stylesheets. Host names prove nothing on their own.
 */
export function hasModernGovFingerprint(document: Document): boolean {
  if (document.getElementById('modgov')) return true;
  if (document.querySelector('link[href*="mg.jqueryaddons" i], link[href*="ssMgStyles" i]')) return true;
  for (const script of Array.from(document.scripts)) {
    if (script.text.includes('$ModernGov') || script.text.includes('mgJQuery')) return true;
  }
  return false;
}
