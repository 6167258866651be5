/**
 * The fixture council sites, served under their real host names (Chromium's
 * --host-resolver-rules maps those names to the local server). Each route names the
 * fixture it serves; SOURCES.md says where each fixture came from.
 */
import { makePdf, makeReportsPack } from './make-pdf';
import { excerpt, fixtureText } from './fixtures';
import { SECRET_ORIGIN } from './secret-server';

export interface FixtureRoute {
  /** Lower-cased path. */
  path: string;
  /** Query parameters that must match (names compared case-insensitively). */
  query?: Record<string, string>;
  file?: string;
  /** Bytes made when the server starts (generated PDFs). */
  bytes?: () => Uint8Array;
  /** Sends the body in small chunks this far apart, to show progress and allow cancelling. */
  chunkDelayMs?: number;
  status?: number;
  contentType?: string;
  /** Answers 302 with this Location. */
  redirect?: string;
  /** The first answer stops halfway, its connection dropped: a download cut off, as on a bad mobile signal. Later answers are whole. */
  cutOffFirst?: boolean;
}

const PDF = 'application/pdf';
const XML = 'text/xml; charset=utf-8';

/**
 * Milton Keynes's Delegated Decisions committee (155) as its web service would list it, made
 * for the follow tests (hand-made, in the shape of Gloucester's real GetMeetings and GetMeeting
 * answers): one meeting ten days ago, and the next one a fortnight ahead, whose agenda the test
 * publishes between two checks (`FOLLOW_FIXTURE.agendaPublished`), or whose service fails.
 */
export const FOLLOW_FIXTURE = { agendaPublished: false, failing: false, meetingListed: false, cmisPapersAdded: false };

/**
 * The real Kingston meetings list (tests/fixtures/pages/), with one more meeting at its head once
 * the test says the council has listed it (`FOLLOW_FIXTURE.meetingListed`), for following a list.
 */
function kingstonMeetingsList(): Uint8Array {
  const page = fixtureText('moderngov-kingston-meetings-list-CommitteeId711.html');
  const added =
    '<li class="mgTableOddRow"><a class="mgMeetingTableLnk" href="ieListDocuments.aspx?CId=711&amp;MId=10400&amp;Ver=4" title="Link to meeting details for Kingston and North Kingston Neighbourhood Committee meeting of 9 Sep 2026">9 Sep 2026&nbsp;7&#58;30 pm</a></li>';
  return new TextEncoder().encode(
    FOLLOW_FIXTURE.meetingListed ? page.replace('<ul  class="mgNonBulletTableList"  >', `<ul  class="mgNonBulletTableList"  >${added}`) : page,
  );
}
const ukDay = (offsetDays: number) => {
  const date = new Date(Date.now() + offsetDays * 24 * 60 * 60 * 1000);
  return `${String(date.getUTCDate()).padStart(2, '0')}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${date.getUTCFullYear()}`;
};
const xml = (text: string) => new TextEncoder().encode(`<?xml version="1.0" encoding="utf-8"?>\n${text}`);
function delegatedDecisionsMeetings(): Uint8Array {
  return xml(
    `<getmeetings><meetingscount>2</meetingscount><committee><committeeid>155</committeeid><committeetitle>Delegated Decisions</committeetitle><committeemeetings>` +
      `<meeting><meetingid>9330</meetingid><meetingdate>${ukDay(-10)}</meetingdate><meetingstatus>Confirmed</meetingstatus><meetingtime>6.00 pm</meetingtime></meeting>` +
      `<meeting><meetingid>9331</meetingid><meetingdate>${ukDay(14)}</meetingdate><meetingstatus>Confirmed</meetingstatus><meetingtime>6.00 pm</meetingtime></meeting>` +
      `</committeemeetings></committee></getmeetings>`,
  );
}
/** Milton Keynes's councillors for one postcode, in the shape of `GetCouncillorsByWard` (hand-made); any other postcode: nobody. */
const councillorsForPostcode = (councillors: string) =>
  xml(
    `<councillorsbypostcode><wards><ward><wardtitle>Central Milton Keynes</wardtitle><councillors>${councillors}</councillors></ward></wards></councillorsbypostcode>`,
  );
const POSTCODE_COUNCILLORS =
  '<councillor><councillorid>201</councillorid><fullusername>Councillor Ada Lovelace</fullusername><politicalpartytitle>Liberal Democrats</politicalpartytitle><districttitle>Central Milton Keynes</districttitle><photosmallurl>mgUserInfo.aspx?UID=201&amp;photo=1</photosmallurl></councillor>' +
  '<councillor><councillorid>202</councillorid><fullusername>Councillor Alan Turing</fullusername><politicalpartytitle>Labour</politicalpartytitle><districttitle>Central Milton Keynes</districttitle></councillor>';

function delegatedDecisionsMeeting(id: string, published: boolean): Uint8Array {
  const items = published
    ? `<agendaitems><agendaitem><agendaitemid>${id}01</agendaitemid><agendaitemtitle>Zebra crossing on Fenny Road</agendaitemtitle><isdecisionpublished>False</isdecisionpublished><linkeddocuments><linkeddoc><attachmentid>${id}11</attachmentid><title>Zebra crossing report</title><url>documents/s${id}11/Zebra crossing report.pdf</url></linkeddoc></linkeddocuments></agendaitem></agendaitems>`
    : '<agendaitems></agendaitems>';
  return xml(
    `<meeting><meetingid>${id}</meetingid><meetingdate>${ukDay(id === '9330' ? -10 : 14)}</meetingdate><meetingstatus>Confirmed</meetingstatus>${items}<attendees></attendees></meeting>`,
  );
}
const encoded = (path: string) => encodeURI(path).toLowerCase();

/** A PDF with the text of a corpus excerpt, page for page (its page numbers become 1, 2, 3…). */
const excerptPdf = (name: string) => () => makePdf(excerpt(name).map((page) => page.lines));

export const FIXTURE_SITES: Record<string, FixtureRoute[]> = {
  'bristol.moderngov.co.uk': [
    { path: '/ielistdocuments.aspx', query: { mid: '11272' }, file: 'pages/handmade-moderngov-meeting-bristol-tcpc-11272.html' },
    {
      path: encoded('/documents/g11272/Printed minutes 12th-Sep-2024 17.00 Transport and Connectivity Policy Committee.pdf'),
      bytes: excerptPdf('bristol-minutes-2024-09-12.txt'),
      contentType: PDF,
    },
    {
      path: encoded('/documents/s100552/Committee Report Workplace Parking Levy.pdf'),
      bytes: excerptPdf('bristol-report-recommendations-2024-09-12.txt'),
      contentType: PDF,
    },
  ],
  'kingston.moderngov.co.uk': [
    { path: '/ielistmeetings.aspx', query: { committeeid: '711' }, bytes: kingstonMeetingsList, contentType: 'text/html; charset=utf-8' },
    { path: '/ielistdocuments.aspx', query: { mid: '10221' }, file: 'pages/moderngov-kingston-meeting-CId711-MId10221.html' },
    { path: '/mgmeetingattendance.aspx', query: { id: '10221' }, file: 'pages/handmade-moderngov-attendance-table-10221.html' },
    {
      path: '/mgwebservice.asmx/getmeeting',
      query: { lmeetingid: '10221' },
      file: 'pages/handmade-moderngov-webservice-GetMeeting-10221.xml',
      contentType: 'text/xml; charset=utf-8',
    },
    { path: '/mgcommitteedetails.aspx', query: { id: '711' }, file: 'pages/moderngov-kingston-committee-ID711.html' },
    {
      path: '/mgwebservice.asmx/getcouncillorsbyward',
      file: 'pages/handmade-moderngov-webservice-GetCouncillorsByWard.xml',
      contentType: 'text/xml; charset=utf-8',
    },
    // A portal page Council Lens does not read: ModernGov markup, but no detector's URL.
    { path: '/mglistcommittees.aspx', file: 'pages/moderngov-kingston-committee-ID711.html' },
  ],
  'milton-keynes.moderngov.co.uk': [
    // The Delegated Decisions meeting's documents: a generated agenda, and the real MK scrutiny pack as its reports pack.
    {
      path: encoded('/documents/g9310/Agenda frontsheet 30th-Sep-2025 18.00 Delegated Decisions.pdf'),
      bytes: () =>
        makePdf([
          [
            'Delegated Decisions',
            'Tuesday 30 September 2025 6.00 pm',
            'AGENDA',
            '1.',
            'Apologies',
            'To receive any apologies.',
            '2.',
            'Connect to Work Programme',
            'To agree participation in the Connect to Work programme.',
          ],
        ]),
      contentType: PDF,
    },
    {
      path: encoded('/documents/g9310/Public reports pack 30th-Sep-2025 18.00 Delegated Decisions.pdf'),
      file: 'pdfs/seed004-mk-cyp-scrutiny-agenda-pack.pdf',
      contentType: PDF,
    },
    // The Corporate Parenting Panel's pack: a generated multi-item pack, sent slowly so it can be cancelled.
    {
      path: encoded('/documents/g9288/Agenda frontsheet 01st-Oct-2025 18.30 Corporate Parenting Panel.pdf'),
      bytes: () => makeReportsPack(3),
      contentType: PDF,
    },
    {
      path: encoded('/documents/g9288/Public reports pack 01st-Oct-2025 18.30 Corporate Parenting Panel.pdf'),
      file: 'pdfs/seed003-mk-sufficiency-strategy.pdf',
      contentType: PDF,
      chunkDelayMs: 150,
    },
    { path: '/ielistdocuments.aspx', query: { mid: '9310' }, file: 'pages/handmade-moderngov-meeting-mk-9310.html' },
    {
      path: '/mgwebservice.asmx/getmeetings',
      query: { lcommitteeid: '155' },
      bytes: () => (FOLLOW_FIXTURE.failing ? new TextEncoder().encode('<html><body>Service Unavailable</body></html>') : delegatedDecisionsMeetings()),
      contentType: XML,
    },
    {
      path: '/mgwebservice.asmx/getcouncillorsbypostcode',
      query: { spostcode: 'MK9 3EJ' },
      bytes: () => councillorsForPostcode(POSTCODE_COUNCILLORS),
      contentType: XML,
    },
    { path: '/mgwebservice.asmx/getcouncillorsbypostcode', bytes: () => councillorsForPostcode(''), contentType: XML },
    { path: '/mgwebservice.asmx/getmeeting', query: { lmeetingid: '9330' }, bytes: () => delegatedDecisionsMeeting('9330', true), contentType: XML },
    {
      path: '/mgwebservice.asmx/getmeeting',
      query: { lmeetingid: '9331' },
      bytes: () => delegatedDecisionsMeeting('9331', FOLLOW_FIXTURE.agendaPublished),
      contentType: XML,
    },
    { path: '/ielistdocuments.aspx', query: { mid: '9288' }, file: 'pages/handmade-moderngov-meeting-mk-9288.html' },
    // Cabinet 9320: two item reports whose text looks public; the web service marks the second restricted.
    { path: '/ielistdocuments.aspx', query: { mid: '9320' }, file: 'pages/handmade-moderngov-meeting-mk-9320.html' },
    {
      path: '/mgwebservice.asmx/getmeeting',
      query: { lmeetingid: '9320' },
      file: 'pages/handmade-moderngov-webservice-GetMeeting-restricted.xml',
      contentType: 'text/xml; charset=utf-8',
    },
    { path: '/mgai.aspx', query: { id: '502' }, file: 'pages/handmade-moderngov-agenda-item-mk-9320.html' },
    { path: encoded('/documents/s70001/Budget monitoring report.pdf'), bytes: () => makeReportsPack(1), contentType: PDF },
    { path: encoded('/documents/s70003/Depot disposal report.pdf'), bytes: () => makeReportsPack(2), contentType: PDF },
    // A report whose first download is cut off halfway (tests/e2e/faults.spec.ts).
    { path: encoded('/documents/s70009/Library opening hours report.pdf'), bytes: () => makeReportsPack(2), contentType: PDF, cutOffFirst: true },
    { path: '/iedecisiondetails.aspx', query: { id: '1613' }, file: 'pages/handmade-moderngov-decision-1613.html' },
    // The decision's report (generated): its recommendation, to set beside the decision the page states (tests/e2e/decisions.spec.ts).
    {
      path: encoded('/documents/s9001/Regional Care Cooperative.pdf'),
      bytes: () =>
        makePdf([
          [
            "Report to the Director of Children's Services",
            'Regional Care Cooperative',
            'Recommendations',
            '1. To approve joining the South East Regional Care Cooperative',
            'in order to meet statutory duties and deliver savings to the',
            "Children's Services budget.",
            'Background',
            'MKCC is a partner in the South East Regional Care Cooperative Pathfinder funded by DfE.',
          ],
        ]),
      contentType: PDF,
    },
    { path: '/iedecisiondetails.aspx', query: { id: '8100' }, file: 'pages/handmade-moderngov-decision-callin.html' },
    { path: '/ielistdocuments.aspx', query: { mid: '5678' }, file: 'pages/handmade-moderngov-meeting-mk.html' },
    // This install's attendance page is broken; the web service still answers.
    { path: '/mgmeetingattendance.aspx', status: 500 },
    {
      path: '/mgwebservice.asmx/getmeeting',
      query: { lmeetingid: '5678' },
      file: 'pages/handmade-moderngov-webservice-GetMeeting-5678.xml',
      contentType: 'text/xml; charset=utf-8',
    },
  ],
  'example.moderngov.co.uk': [
    { path: '/ielistdocuments.aspx', query: { mid: '3001' }, file: 'pages/handmade-moderngov-meeting-cancelled.html' },
    // Nothing published: no attendance page, and the web service disabled (an HTML error page with status 200).
    { path: '/mgmeetingattendance.aspx', status: 404 },
    { path: '/mgwebservice.asmx/getmeeting', file: 'pages/handmade-html-error-instead-of-xml.html' },
  ],
};

// The same council on its own domain: Council Lens stays off here until the site is enabled.
FIXTURE_SITES['moderngov.kingston.gov.uk'] = FIXTURE_SITES['kingston.moderngov.co.uk'] ?? [];

// Pages whose summary-service answers are hostile (tests/support/hostile-service.ts).
FIXTURE_SITES['hostile.moderngov.co.uk'] = [
  { path: '/ielistdocuments.aspx', file: 'pages/handmade-moderngov-meeting-mk.html' },
  { path: '/iedecisiondetails.aspx', file: 'pages/handmade-moderngov-decision-callin.html' },
];

// A compromised council page that plants links and scripts against the sidebar (tests/e2e/security.spec.ts).
FIXTURE_SITES['hostile-council.moderngov.co.uk'] = [
  { path: '/ielistdocuments.aspx', query: { mid: '9401' }, file: 'pages/handmade-hostile-moderngov-meeting.html' },
  { path: encoded('/documents/g9401/Agenda frontsheet 03rd-Mar-2026 19.00 Cabinet.pdf'), bytes: () => makeReportsPack(1), contentType: PDF },
  { path: '/mgmeetingattendance.aspx', status: 404 },
  { path: '/mgwebservice.asmx/getmeeting', status: 404 },
];

// A council server whose attendance page, web service and documents redirect to a loopback secret
// (the Delegated Decisions page, served here as this council's).
FIXTURE_SITES['redirecting.moderngov.co.uk'] = [
  { path: '/ielistdocuments.aspx', query: { mid: '9310' }, file: 'pages/handmade-moderngov-meeting-mk-9310.html' },
  { path: '/mgmeetingattendance.aspx', redirect: `${SECRET_ORIGIN}/mgMeetingAttendance.aspx?ID=9310` },
  { path: '/mgwebservice.asmx/getmeeting', redirect: `${SECRET_ORIGIN}/mgWebService.asmx/GetMeeting?lMeetingId=9310` },
  { path: encoded('/documents/g9310/Agenda frontsheet 30th-Sep-2025 18.00 Delegated Decisions.pdf'), redirect: `${SECRET_ORIGIN}/secret.pdf` },
  { path: encoded('/documents/g9310/Public reports pack 30th-Sep-2025 18.00 Delegated Decisions.pdf'), redirect: `${SECRET_ORIGIN}/secret.pdf` },
];

/**
 * Birmingham's Planning Committee on CMIS, for following a committee that has no web service: its
 * page (the hand-made CMIS committee fixture) lists only meeting 15042, a week ahead, and that meeting's
 * page (the hand-made CMIS meeting fixture) gains a supplementary agenda once the test says the
 * council has added it (`FOLLOW_FIXTURE.cmisPapersAdded`).
 */
function cmisCommitteePage(): Uint8Array {
  const date = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000);
  const day = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const meeting = `<tr><td><a href="/birmingham/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/15042/Committee/4/Default.aspx">${day} 11.00 am</a></td><td>Council House</td></tr>`;
  return new TextEncoder().encode(fixtureText('handmade-cmis-committee.html').replace(/<tbody>[\s\S]*<\/tbody>/, `<tbody>${meeting}</tbody>`));
}
function cmisMeetingPage(): Uint8Array {
  const page = fixtureText('handmade-cmis-meeting-attendance.html');
  const supplement =
    '<li class="DocumentListItem"><a class="TitleLink" href="/birmingham/Document.ashx?czJKcaeAi5tUFL1DTL2UE4sOqCLHzE2C">Supplementary agenda</a> <span class="FileSize">(PDF, 90 KB)</span></li>';
  return new TextEncoder().encode(FOLLOW_FIXTURE.cmisPapersAdded ? page.replace('</ol>', `${supplement}</ol>`) : page);
}

FIXTURE_SITES['birmingham.cmis.uk.com'] = [
  {
    path: '/birmingham/meetings/tabid/70/ctl/viewmeetingpublic/mid/397/meeting/15042/committee/4/default.aspx',
    bytes: cmisMeetingPage,
    contentType: 'text/html; charset=utf-8',
  },
  // CMIS's documents (`Document.ashx?<opaque>`): the Agenda and the report are served as a planning report excerpt, so the CMIS
  // meeting's on-device summary reads a real document (the demo's CMIS screen).
  { path: '/birmingham/document.ashx', bytes: excerptPdf('bristol-report-recommendations-2024-09-12.txt'), contentType: PDF },
  {
    path: '/birmingham/committees/tabid/62/ctl/viewcmis_committeedetails/mid/383/id/4/default.aspx',
    bytes: cmisCommitteePage,
    contentType: 'text/html; charset=utf-8',
  },
];

export const FIXTURE_HOSTS = Object.keys(FIXTURE_SITES);

export const MEETING_URLS = {
  kingston: 'http://kingston.moderngov.co.uk/ieListDocuments.aspx?CId=711&MId=10221&Ver=4',
  miltonKeynes: 'http://milton-keynes.moderngov.co.uk/ieListDocuments.aspx?CId=1234&MId=5678',
  cancelled: 'http://example.moderngov.co.uk/ieListDocuments.aspx?CId=452&MId=3001',
} as const;

export const PAGE_URLS = {
  kingstonCommittee: 'http://kingston.moderngov.co.uk/mgCommitteeDetails.aspx?ID=711',
  kingstonMeetingsList: 'http://kingston.moderngov.co.uk/ieListMeetings.aspx?CommitteeId=711',
  kingstonNotRead: 'http://kingston.moderngov.co.uk/mgListCommittees.aspx?bcr=1',
  kingstonOwnDomainMeeting: 'http://moderngov.kingston.gov.uk/ieListDocuments.aspx?CId=711&MId=10221&Ver=4',
  decision1613: 'http://milton-keynes.moderngov.co.uk/ieDecisionDetails.aspx?ID=1613',
  decisionCallIn: 'http://milton-keynes.moderngov.co.uk/ieDecisionDetails.aspx?ID=8100',
  mkDelegatedDecisions: 'http://milton-keynes.moderngov.co.uk/ieListDocuments.aspx?CId=155&MId=9310',
  bristolTransport: 'http://bristol.moderngov.co.uk/ieListDocuments.aspx?CId=1301&MId=11272',
  mkCorporateParenting: 'http://milton-keynes.moderngov.co.uk/ieListDocuments.aspx?CId=139&MId=9288',
  mkCabinetRestricted: 'http://milton-keynes.moderngov.co.uk/ieListDocuments.aspx?CId=140&MId=9320',
  mkCabinetRestrictedItem: 'http://milton-keynes.moderngov.co.uk/mgAi.aspx?ID=502',
  hostileMeeting: 'http://hostile-council.moderngov.co.uk/ieListDocuments.aspx?CId=140&MId=9401',
  redirectingMeeting: 'http://redirecting.moderngov.co.uk/ieListDocuments.aspx?CId=155&MId=9310',
  cmisMeeting: 'http://birmingham.cmis.uk.com/birmingham/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/15042/Committee/4/Default.aspx',
} as const;
