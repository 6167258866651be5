import type { Detectors, PageDetector, PageKind } from '../types';

/**
 * CMIS (Civica, on DotNetNuke) detectors. CMIS puts its page kind in the path, after a
 * base that varies per council (`/birmingham/`, `/cmis5/`, `/live/`...), so each detector
 * matches a path segment rather than a page name.
 */

function pathDetector<K extends PageKind>(kind: K, pattern: RegExp, examples: readonly string[]): PageDetector<K> {
  return { kind, matchesUrl: (url) => pattern.test(url.pathname), examples };
}

export const cmisMeeting = pathDetector('meeting', /\/ctl\/ViewMeetingPublic\/(?:.*\/)?Meeting\/\d+/i, [
  'https://birmingham.cmis.uk.com/birmingham/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/15028/Committee/6/SelectedTab/Documents/Default.aspx',
  'https://cmis.derby.gov.uk/cmis5/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/10587/Committee/1620/Default.aspx',
]);

export const cmisCommittee = pathDetector('committee', /\/ctl\/ViewCMIS_CommitteeDetails\//i, [
  'https://birmingham.cmis.uk.com/birmingham/Committees/tabid/62/ctl/ViewCMIS_CommitteeDetails/mid/383/id/4/Default.aspx',
  'https://cmis.derby.gov.uk/cmis5/Committees/tabid/62/ctl/ViewCMIS_CommitteeDetails/mid/383/id/1620/Default.aspx',
]);

export const cmisCouncillor = pathDetector('councillor', /\/ctl\/ViewCMIS_Person\//i, [
  'https://birmingham.cmis.uk.com/birmingham/Councillors/tabid/63/ctl/ViewCMIS_Person/mid/384/id/1234/ScreenMode/Ward/Default.aspx',
  'https://cmis.derby.gov.uk/cmis5/People/tabid/62/ctl/ViewCMIS_Person/mid/383/id/2100/Default.aspx',
]);

export const cmisCalendar = pathDetector(
  'calendar',
  /\/ctl\/(MeetingCalendarPublicNoJava|MeetingCalendarListView|MeetingCalendarPublic)\b|\/Meetings\/tabid\/\d+\/Default\.aspx$/i,
  [
    'https://birmingham.cmis.uk.com/birmingham/Meetings/tabid/70/ctl/MeetingCalendarPublicNoJava/mid/397/Date/2026-06-01/Default.aspx',
    'https://birmingham.cmis.uk.com/birmingham/Meetings/tabid/70/ctl/MeetingCalendarListView/mid/397/Default.aspx',
    'https://cmis.derby.gov.uk/cmis5/Meetings/tabid/70/Default.aspx',
  ],
);

export const cmisDecisions = pathDetector('decisionsList', /\/(Decisions|DecisionRecords)\.aspx$|\/Decisions\/tabid\/\d+\//i, [
  'https://birmingham.cmis.uk.com/birmingham/Decisions.aspx',
  'https://cmis.derby.gov.uk/cmis5/Decisions/tabid/67/Default.aspx',
  'https://democracy.lambeth.gov.uk/cmis5/DecisionRecords.aspx',
]);

/** The kinds CMIS pages come in; its extractors are keyed by the same kinds (./index.ts). */
export const cmisDetectors = {
  meeting: cmisMeeting,
  committee: cmisCommittee,
  councillor: cmisCouncillor,
  calendar: cmisCalendar,
  decisionsList: cmisDecisions,
} satisfies Partial<Detectors<PageKind>>;
export type CmisKind = keyof typeof cmisDetectors;

/** DotNetNuke containers with CMIS modules in them. */
export function hasCmisFingerprint(document: Document): boolean {
  return (
    document.querySelector('.CMIS_ModuleWrapper, [class*="ModCMIS"], .CmisDocumentList, [id^="dnn_ctr"][id*="Meeting"], [id^="dnn_ctr"][id*="CMIS"]') !== null
  );
}
