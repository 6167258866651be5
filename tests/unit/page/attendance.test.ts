import { describe, expect, it } from 'vitest';
import { parseAttendancePage } from '../../../lib/page/platforms/moderngov/attendance';
import { meetingForDocumentLink, meetingOfDocumentUrl, meetingOfPage } from '../../../lib/page/platforms/moderngov/meeting-reference';
import { isRestrictedDocument, modernGovAttachmentId, parseGetMeeting } from '../../../lib/page/platforms/moderngov/web-service';
import { groupAttendees, lacksDetails, mergeAttendees } from '../../../lib/page/people';
import { partyStyle } from '../../../lib/page/party';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PageData } from '../../../lib/page/kinds';
import { FIXTURES, fixtureDocument, fixtureText, golden } from '../../support/fixtures';
import { meetingRecordOf, restrictedDocumentCheck } from '../../../lib/sidebar/attendees';

describe('attendance page', () => {
  it('reads the attendance table (hand-made)', () => {
    const result = parseAttendancePage(
      fixtureDocument('handmade-moderngov-attendance-table-10221.html'),
      'https://moderngov.kingston.gov.uk/mgMeetingAttendance.aspx?ID=10221',
    );
    expect(result).toEqual(golden('handmade-moderngov-attendance-table-10221.json', result));
    if (!result.ok) throw new Error('expected attendees');
    expect(result.attendees.map((attendee) => [attendee.role, attendee.attendance])).toEqual([
      ['chair', 'present'],
      ['viceChair', 'present'],
      ['member', 'present'],
      ['member', 'apologies'],
      ['member', 'apologies'],
      ['member', 'apologies'],
      ['member', 'present'],
      ['substitute', 'present'],
      ['officer', 'inAttendance'],
    ]);
    expect(result.attendees[0]?.profileUrl).toBe('https://moderngov.kingston.gov.uk/mgUserInfo.aspx?UID=2795');
    expect(lacksDetails(result.attendees)).toBe(true);
  });

  it('reads headed lists (hand-made)', () => {
    const result = parseAttendancePage(
      fixtureDocument('handmade-moderngov-attendance-lists.html'),
      'https://example.moderngov.co.uk/mgMeetingAttendance.aspx?ID=1',
    );
    if (!result.ok) throw new Error('expected attendees');
    expect(result.attendees.map((attendee) => [attendee.name, attendee.role, attendee.attendance])).toEqual([
      ['Councillor Ann Example', 'chair', 'present'],
      ['Councillor Bob Sample', 'member', 'present'],
      ['Councillor Cara Test', 'viceChair', 'apologies'],
      ['Dee Officer', 'officer', 'inAttendance'],
    ]);
  });

  it('reports an empty or foreign page as unexpected data', () => {
    expect(parseAttendancePage(fixtureDocument('handmade-html-error-instead-of-xml.html'), 'https://example.moderngov.co.uk/x')).toEqual({
      ok: false,
      code: 'attendance_empty',
    });
  });
});

describe('GetMeeting web service', () => {
  it('reads the real (trimmed) Manchester response: its attendees, and nothing restricted where every flag is False', () => {
    const result = parseGetMeeting(
      fixtureDocument('moderngov-webservice-GetMeeting-with-minutes.xml', 'text/xml'),
      'https://democracy.manchester.gov.uk/mgWebService.asmx/GetMeeting?lMeetingId=4967',
    );
    expect(result).toEqual({
      ok: true,
      record: {
        restricted: { attachmentIds: [], urls: [] },
        attendees: [
          {
            name: 'Councillor Basil Curley',
            role: 'member',
            roleText: 'Committee Member',
            attendance: 'expected',
            attendanceText: 'Expected',
            party: 'LAB',
            ward: 'Charlestown',
            profileUrl: 'https://democracy.manchester.gov.uk/mgUserInfo.aspx?UID=192',
          },
        ],
      },
    });
  });

  it('reads officers, apologies and photos, decodes twice-encoded text and drops non-http links (hand-made)', () => {
    const parsed = parseGetMeeting(
      fixtureDocument('handmade-moderngov-webservice-GetMeeting-5678.xml', 'text/xml'),
      'https://milton-keynes.moderngov.co.uk/mgWebService.asmx/GetMeeting?lMeetingId=5678',
    );
    if (!parsed.ok) throw new Error('expected attendees');
    const result = { ok: true, attendees: parsed.record.attendees };
    expect(result).toEqual(golden('handmade-moderngov-webservice-GetMeeting-5678.json', result));
    expect(result.attendees[1]?.ward).toBe('Newport Pagnell North & Hanslope');
    expect(result.attendees[3]).toMatchObject({ name: 'Michael Bracey', role: 'officer', attendance: 'inAttendance' });
    expect(result.attendees[3]?.profileUrl).toBeUndefined();
  });

  it('keeps every attendee it can read when one row is broken, and counts what it left out', () => {
    const xml = new DOMParser().parseFromString(
      `<meeting><attendees>
        <attendee name="Councillor Ada Good" roledescription="Chair" attendance="Present" politicalparty="Labour" ward="Central" />
        <attendee name="" roledescription="Member" attendance="Apologies" />
        <attendee name="Councillor Bea Kept" roledescription="Member" attendance="Present" />
      </attendees></meeting>`,
      'text/xml',
    );
    const parsed = parseGetMeeting(xml, 'https://example.moderngov.co.uk/mgWebService.asmx/GetMeeting?lMeetingId=1');
    expect(parsed).toMatchObject({ ok: true, record: { omitted: 1 } });
    expect(parsed.ok && parsed.record.attendees.map((attendee) => attendee.name)).toEqual(['Councillor Ada Good', 'Councillor Bea Kept']);
  });

  it('reports an HTML error page served in place of XML, without throwing', () => {
    const xml = new DOMParser().parseFromString(fixtureDocument('handmade-html-error-instead-of-xml.html').documentElement.outerHTML, 'text/xml');
    expect(parseGetMeeting(xml, 'https://example.moderngov.co.uk/mgWebService.asmx/GetMeeting?lMeetingId=1')).toEqual({
      ok: false,
      code: 'web_service_not_meeting',
    });
    const broken = new DOMParser().parseFromString('<html><body><p>Runtime Error<br></body>', 'text/xml');
    expect(parseGetMeeting(broken, 'https://example.moderngov.co.uk/x')).toEqual({ ok: false, code: 'web_service_not_meeting' });
  });
});

describe('restricted documents from the web service', () => {
  const serviceUrl = 'https://milton-keynes.moderngov.co.uk/mgWebService.asmx/GetMeeting?lMeetingId=9320';

  it('marks documents restricted by their own flag or their item’s (hand-made)', () => {
    const parsed = parseGetMeeting(fixtureDocument('handmade-moderngov-webservice-GetMeeting-restricted.xml', 'text/xml'), serviceUrl);
    if (!parsed.ok) throw new Error('expected restrictions');
    const result = parsed.record;
    expect(result.restricted).toEqual({
      attachmentIds: ['70002', '70003'],
      urls: ['https://milton-keynes.moderngov.co.uk/mgConvert2PDF.aspx?ID=70003', 'https://milton-keynes.moderngov.co.uk/mgConvert2PDF.aspx?id=70002'],
    });
    // The meeting page links the same attachments as documents/s{ID}/…
    expect(isRestrictedDocument('https://milton-keynes.moderngov.co.uk/documents/s70002/Appendix%20C.pdf', result.restricted)).toBe(true);
    expect(isRestrictedDocument('https://milton-keynes.moderngov.co.uk/documents/s70003/Depot.pdf', result.restricted)).toBe(true);
    expect(isRestrictedDocument('https://milton-keynes.moderngov.co.uk/documents/s70001/Budget.pdf', result.restricted)).toBe(false);
    expect(isRestrictedDocument('https://milton-keynes.moderngov.co.uk/documents/b9310/Pack.pdf', result.restricted)).toBe(false);
  });

  it('reports an answer that is not meeting data', () => {
    const broken = new DOMParser().parseFromString('<html><body><p>Runtime Error<br></body>', 'text/xml');
    expect(parseGetMeeting(broken, serviceUrl)).toEqual({ ok: false, code: 'web_service_not_meeting' });
  });

  it('reads attachment numbers from both address forms only', () => {
    expect(modernGovAttachmentId('https://x.moderngov.co.uk/documents/s123/Report.pdf')).toBe('123');
    expect(modernGovAttachmentId('https://x.moderngov.co.uk/mgConvert2PDF.aspx?ID=456')).toBe('456');
    expect(modernGovAttachmentId('https://x.moderngov.co.uk/documents/g9/Frontsheet.pdf')).toBeUndefined();
    expect(modernGovAttachmentId('not a url')).toBeUndefined();
  });
});

describe('people', () => {
  const base = { attendance: 'present', role: 'member' } as const;

  it('groups the chair first, members next, officers last, apologies after attendees in a group', () => {
    const groups = groupAttendees([
      { ...base, name: 'Officer O', role: 'officer' },
      { ...base, name: 'Zed Member', attendance: 'apologies' },
      { ...base, name: 'Amy Member' },
      { ...base, name: 'Vic Vice', role: 'viceChair' },
      { ...base, name: 'Chris Chair', role: 'chair' },
      { ...base, name: 'Sam Sub', role: 'substitute' },
    ]);
    expect(groups.map((group) => [group.id, group.attendees.map((attendee) => attendee.name)])).toEqual([
      ['chairs', ['Chris Chair', 'Vic Vice']],
      ['members', ['Amy Member', 'Zed Member']],
      ['substitutes', ['Sam Sub']],
      ['officers', ['Officer O']],
    ]);
  });

  it('merges: the attendance page wins on attendance, the web service fills party, ward and photo', () => {
    const merged = mergeAttendees(
      [{ ...base, name: 'Councillor Zoe Nolan', attendance: 'apologies' }],
      [{ ...base, name: 'Cllr Zoe Nolan', party: 'Labour', ward: 'Central Milton Keynes', photoUrl: 'https://x.moderngov.co.uk/p.jpg' }],
    );
    expect(merged).toEqual([
      {
        ...base,
        name: 'Councillor Zoe Nolan',
        attendance: 'apologies',
        party: 'Labour',
        ward: 'Central Milton Keynes',
        photoUrl: 'https://x.moderngov.co.uk/p.jpg',
      },
    ]);
  });

  it('labels parties in words, whatever abbreviation the council uses', () => {
    expect(partyStyle('LAB').label).toBe('Labour');
    expect(partyStyle('Liberal Democrats').label).toBe('Liberal Democrats');
    expect(partyStyle('Con').label).toBe('Conservative');
    expect(partyStyle('Kingston Residents Group')).toMatchObject({ label: 'Kingston Residents Group' });
    expect(partyStyle('Yorkshire Party')).toEqual({ label: 'Yorkshire Party', colour: '#5f6b7a' });
  });
});

describe('the meeting a page belongs to (for the web service’s restricted flags)', () => {
  const page = (expected: string): PageData => {
    const result = JSON.parse(readFileSync(join(FIXTURES, 'expected', expected), 'utf8')) as { ok: boolean; data: unknown };
    return PageData.parse(result.data);
  };

  it('is the meeting itself on a meeting page (real Kingston page)', () => {
    expect(meetingOfPage(page('moderngov-kingston-meeting-CId711-MId10221.json'))).toEqual({
      url: 'https://moderngov.kingston.gov.uk/ieListDocuments.aspx?CId=711&MId=10221&Ver=4',
      meetingId: '10221',
    });
  });

  it('is the meeting an agenda item links to, and the meeting a decision was taken at (MID in capitals too)', () => {
    expect(meetingOfPage(page('kind-handmade-moderngov-agenda-item.json'))?.meetingId).toBe('10221');
    expect(meetingOfPage(page('kind-handmade-moderngov-decision-callin.json'))?.meetingId).toBe('5600');
    expect(meetingOfPage(page('kind-handmade-moderngov-attendance-table-10221.json'))?.meetingId).toBe('10221');
  });

  it('is nothing for pages without a meeting, or whose meeting link is not a meeting page', () => {
    expect(meetingOfPage(page('kind-handmade-moderngov-decision-1613.json'))).toBeUndefined();
    expect(meetingOfPage(page('kind-handmade-moderngov-councillor.json'))).toBeUndefined();
    expect(meetingOfPage(page('kind-handmade-cmis-meeting-attendance.json'))).toBeUndefined();
    const decision = page('kind-handmade-moderngov-decision-callin.json');
    if (decision.kind !== 'decision') throw new Error('expected a decision');
    expect(
      meetingOfPage({ ...decision, decidedAt: { title: 'Cabinet', url: 'https://milton-keynes.moderngov.co.uk/mgCommitteeDetails.aspx?ID=117' } }),
    ).toBeUndefined();
    expect(
      meetingOfPage({ ...decision, decidedAt: { title: 'Cabinet', url: 'https://milton-keynes.moderngov.co.uk/ieListDocuments.aspx?MId=12a' } }),
    ).toBeUndefined();
  });
});

describe('which meeting to ask about a right-clicked document link', () => {
  const link = 'https://milton-keynes.moderngov.co.uk/documents/s70003/Depot%20disposal%20report.pdf';
  const meeting = 'https://milton-keynes.moderngov.co.uk/ieListDocuments.aspx?MId=9320';

  it('takes the meeting the sidebar names, else the page itself when it is a meeting page', () => {
    expect(meetingForDocumentLink(link, meeting, 'https://milton-keynes.moderngov.co.uk/mgAi.aspx?ID=502')).toBe(meeting);
    expect(meetingForDocumentLink(link, undefined, 'https://milton-keynes.moderngov.co.uk/ieListDocuments.aspx?CId=140&MId=9320&Ver=4')).toBe(meeting);
    expect(meetingForDocumentLink(link, undefined, 'https://milton-keynes.moderngov.co.uk/mgAi.aspx?ID=502')).toBeUndefined();
  });

  it('falls back to the meeting a pack’s own address names (documents/g{meeting id}/), under any install prefix', () => {
    expect(meetingForDocumentLink('https://milton-keynes.moderngov.co.uk/documents/g9288/Public%20reports%20pack.pdf?T=10', undefined, undefined)).toBe(
      'https://milton-keynes.moderngov.co.uk/ieListDocuments.aspx?MId=9288',
    );
    expect(meetingOfDocumentUrl('https://democracy.example.gov.uk/mgov/documents/g123/Agenda%20frontsheet.pdf')).toEqual({
      url: 'https://democracy.example.gov.uk/mgov/ieListDocuments.aspx?MId=123',
      meetingId: '123',
    });
    expect(meetingOfDocumentUrl(link)).toBeUndefined();
    expect(meetingOfDocumentUrl('ftp://milton-keynes.moderngov.co.uk/documents/g1/x.pdf')).toBeUndefined();
  });

  it('ignores a meeting on another site, or an address that is not a meeting page', () => {
    expect(meetingForDocumentLink(link, 'https://elsewhere.moderngov.co.uk/ieListDocuments.aspx?MId=9320', undefined)).toBeUndefined();
    expect(meetingForDocumentLink(link, 'https://milton-keynes.moderngov.co.uk/mgCommitteeDetails.aspx?ID=140', undefined)).toBeUndefined();
    expect(meetingForDocumentLink(link, 'not a url', 'also not')).toBeUndefined();
  });
});

describe('restricted-document check (web service, asked once, only for a remote endpoint)', () => {
  const meeting = { url: 'https://milton-keynes.moderngov.co.uk/mgAi.aspx?ID=502', meetingId: '9320' };
  const restrictedReport = 'https://milton-keynes.moderngov.co.uk/documents/s70003/Depot%20disposal%20report.pdf';
  const openReport = 'https://milton-keynes.moderngov.co.uk/documents/s70001/Budget%20monitoring%20report.pdf';
  const makeDeps = () => {
    const requested: string[] = [];
    return {
      requested,
      deps: {
        fetchPortalText: async (request: { url: string }) => {
          requested.push(request.url);
          return {
            ok: true as const,
            text: fixtureText('handmade-moderngov-webservice-GetMeeting-restricted.xml'),
            contentType: 'text/xml',
            fetchedAt: 0,
            fromCache: false,
          };
        },
        parse: (text: string, type: DOMParserSupportedType) => new DOMParser().parseFromString(text, type),
      },
    };
  };

  it('marks the flagged report, not the open one, from one web-service request', async () => {
    const { deps, requested } = makeDeps();
    const check = restrictedDocumentCheck(meeting, meetingRecordOf(meeting, deps), async () => true);
    expect(await check(restrictedReport)).toBe(true);
    expect(await check(openReport)).toBe(false);
    expect(requested).toEqual(['https://milton-keynes.moderngov.co.uk/mgWebService.asmx/GetMeeting?lMeetingId=9320']);
  });

  it('asks nothing when no remote endpoint is in use, when there is no meeting, or for another site’s document', async () => {
    const { deps, requested } = makeDeps();
    expect(await restrictedDocumentCheck(meeting, meetingRecordOf(meeting, deps), async () => false)(restrictedReport)).toBe(false);
    expect(await restrictedDocumentCheck(undefined, meetingRecordOf(undefined, deps), async () => true)(restrictedReport)).toBe(false);
    expect(
      await restrictedDocumentCheck(meeting, meetingRecordOf(meeting, deps), async () => true)('https://elsewhere.moderngov.co.uk/documents/s70003/x.pdf'),
    ).toBe(false);
    expect(requested).toEqual([]);
  });
});
