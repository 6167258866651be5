/**
 * What counts as new for a followed committee, on real web-service answers: Gloucester's
 * `GetMeetings` for its Cabinet and a real `GetMeeting` record (tests/fixtures/SOURCES.md).
 */
import { describe, expect, it } from 'vitest';
import { committeeNews, type CommitteeCheck, inWindow, meetingsToRead, mentions, personKey } from '../../../lib/background/follow/changes';
import { followId, type Follow } from '../../../lib/background/follow/model';
import {
  meetingSnapshot,
  parseCouncillorsByWardXml,
  parseGetMeetings,
  ukPostcode,
  type MeetingSnapshot,
  type WebServiceMeeting,
} from '../../../lib/page/platforms/moderngov/web-service';
import { fixtureDocument } from '../../support/fixtures';
import { GLOUCESTER, gloucesterCabinet } from '../../support/follow';

const SITE = GLOUCESTER;
const cabinet = gloucesterCabinet;
const words: Follow = { id: followId('words', SITE, 'council tax'), kind: 'words', site: SITE, label: 'council tax', createdAt: '2026-01-01T00:00:00Z' };

const listed = () => {
  const parsed = parseGetMeetings(fixtureDocument('gloucester-webservice-GetMeetings-cabinet.xml', 'text/xml'));
  if (!parsed.ok) throw new Error(parsed.code);
  return parsed;
};
const record = (): MeetingSnapshot => {
  const parsed = meetingSnapshot(
    fixtureDocument('moderngov-webservice-GetMeeting-with-minutes.xml', 'text/xml'),
    'https://democracy.gloucester.gov.uk/mgWebService.asmx/GetMeeting?lMeetingId=4967',
  );
  if (!parsed.ok) throw new Error(parsed.code);
  return parsed.snapshot;
};
const check = (meetings: readonly WebServiceMeeting[], snapshots: readonly MeetingSnapshot[] = [], extra: Partial<CommitteeCheck> = {}): CommitteeCheck => ({
  follow: cabinet,
  meetings,
  snapshots,
  councillors: [],
  words: [],
  meetingUrl: (id) => `${SITE}/ieListDocuments.aspx?CId=129&MId=${id}`,
  today: '2025-11-01',
  ...extra,
});

describe('reading the web service', () => {
  it('lists a committee’s meetings with ISO dates and their status', () => {
    const { committeeTitle, meetings, omitted } = listed();
    expect(committeeTitle).toBe('Cabinet');
    expect(omitted).toBe(0);
    expect(meetings).toHaveLength(20);
    expect(meetings[0]).toEqual({ id: '7217', date: '2024-01-10', time: '6.00 pm', status: 'Confirmed' });
    expect(meetings.find((meeting) => meeting.id === '7506')).toMatchObject({ status: 'Cancelled' });
  });

  it('an HTML error page where XML was expected is a failure, not an empty list', () => {
    expect(parseGetMeetings(new DOMParser().parseFromString('<html><body>Service unavailable</body></html>', 'text/html'))).toMatchObject({ ok: false });
  });

  it('a meeting’s record: agenda items, documents, published decisions and attendees', () => {
    const snapshot = record();
    expect(snapshot.id).toBe('4967');
    expect(snapshot.items.length).toBeGreaterThan(0);
    expect(snapshot.attendees.length).toBeGreaterThan(0);
  });
});

describe('what is new for a followed committee', () => {
  it('filters by date itself (installs ignore the range asked for) and reads only a few meeting records', () => {
    const { meetings } = listed();
    const watched = inWindow(meetings, '2025-11-01');
    expect(watched.every((meeting) => meeting.date >= '2025-09-02')).toBe(true);
    expect(meetingsToRead(undefined, meetings, '2025-11-01').length).toBeLessThanOrEqual(3);
  });

  it('learns what is there on the first check and announces nothing', () => {
    const first = committeeNews(undefined, check(listed().meetings, [record()]));
    expect(first.news).toEqual([]);
    expect(Object.keys(first.state.meetings).length).toBeGreaterThan(0);
  });

  it('a meeting added, one moved and one cancelled each say so, once, linking to the meeting', () => {
    const { meetings } = listed();
    const { state } = committeeNews(undefined, check(meetings));
    const changed: WebServiceMeeting[] = [
      ...meetings.map((meeting) =>
        meeting.id === '7610' ? { ...meeting, date: '2025-12-17' } : meeting.id === '7609' ? { ...meeting, status: 'Cancelled' } : meeting,
      ),
      { id: '8000', date: '2026-01-14', status: 'Confirmed' },
    ];
    const { news } = committeeNews(state, check(changed));
    const kinds = news.map((item) => [item.kind, item.url.replace(/.*MId=/, '')]);
    expect(kinds).toEqual([
      ['meetingCancelled', '7609'],
      ['meetingMoved', '7610'],
      ['meetingAdded', '8000'],
    ]);
    expect(news.find((item) => item.kind === 'meetingMoved')!.detail).toBe('2025-12-10 → 2025-12-17');
    expect(news.every((item) => item.url.startsWith(`${SITE}/ieListDocuments.aspx?CId=129&MId=`))).toBe(true);
    expect(new Set(news.map((item) => item.id)).size).toBe(news.length);
  });

  it('a new meeting’s agenda, later its papers and decisions, and a followed word in an item’s title', () => {
    const snapshot = record();
    const meeting: WebServiceMeeting = { id: snapshot.id, date: '2025-11-20', status: 'Confirmed' };
    const before = committeeNews(undefined, check([]));
    const empty = { ...snapshot, items: [], documents: [] };
    const announced = committeeNews(before.state, check([meeting], [empty]));
    expect(announced.news.map((item) => item.kind)).toEqual(['meetingAdded']);
    const firstWord = snapshot.items[0]!.title.split(/\s+/).find((word) => word.length > 4)!;
    const published = committeeNews(
      announced.state,
      check([meeting], [{ ...snapshot, items: snapshot.items.map((item) => ({ ...item, decisionPublished: false })) }], {
        words: [{ ...words, label: firstWord }],
      }),
    );
    expect(published.news.map((item) => item.kind)).toEqual(expect.arrayContaining(['agendaPublished', 'wordsFound']));
    const decided = committeeNews(
      published.state,
      check(
        [meeting],
        [
          {
            ...snapshot,
            items: snapshot.items.map((item, index) => ({ ...item, decisionPublished: index === 0 })),
            documents: [...snapshot.documents, { id: '999999', title: 'Printed decisions' }],
          },
        ],
      ),
    );
    expect(decided.news.map((item) => item.kind).sort()).toEqual(['decisionPublished', 'documentsAdded']);
    expect(decided.news.find((item) => item.kind === 'documentsAdded')!.detail).toContain('Printed decisions');
    // Seen once, the same state announces nothing again.
    expect(
      committeeNews(
        decided.state,
        check(
          [meeting],
          [
            decided.state.details[snapshot.id]
              ? {
                  ...snapshot,
                  items: snapshot.items.map((item, index) => ({ ...item, decisionPublished: index === 0 })),
                  documents: [...snapshot.documents, { id: '999999', title: 'Printed decisions' }],
                }
              : snapshot,
          ],
        ),
      ).news,
    ).toEqual([]);
  });

  it('matches names without titles, and words as whole words', () => {
    expect(personKey('Councillor Sophie Bell')).toBe(personKey('Cllr Sophie Bell'));
    expect(mentions('Section 106 agreement: S106 contributions', 'S106')).toBe(true);
    expect(mentions('Ref S1066', 'S106')).toBe(false);
    expect(mentions('The zebra  crossing on Fenny Road', 'zebra crossing')).toBe(true);
  });

  it('reads a postcode as people type it, and the postcode lookup in the directory’s shape', () => {
    expect(ukPostcode('mk93ej')).toBe('MK9 3EJ');
    expect(ukPostcode(' SW1A 1aa ')).toBe('SW1A 1AA');
    expect(ukPostcode('zz')).toBeUndefined();
    const xml = new DOMParser().parseFromString(
      '<councillorsbypostcode><wards><ward><wardtitle>Kingsholm</wardtitle><councillors><councillor><councillorid>7</councillorid><fullusername>Cllr A</fullusername></councillor></councillors></ward></wards></councillorsbypostcode>',
      'text/xml',
    );
    expect(parseCouncillorsByWardXml(xml, `${SITE}/mgWebService.asmx/GetCouncillorsByPostcode?sPostcode=GL1`)).toMatchObject({
      ok: true,
      councillors: [{ name: 'Cllr A', ward: 'Kingsholm', profileUrl: `${SITE}/mgUserInfo.aspx?UID=7` }],
    });
  });
});
