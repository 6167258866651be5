import { describe, expect, it } from 'vitest';
import { detectPage, extractPage } from '../../../lib/page/platforms';
import { fixtureDocument, golden } from '../../support/fixtures';

function extract(url: string, fixture: string) {
  const document = fixtureDocument(fixture);
  const detection = detectPage(new URL(url), document);
  expect(detection, `${fixture} should be detected as a ModernGov meeting`).toEqual({ platform: 'moderngov', kind: 'meeting' });
  return extractPage(detection!, new URL(url), document);
}

describe('ModernGov meeting extraction', () => {
  it('reads the real Kingston meeting page exactly as the golden JSON says', () => {
    const result = extract('https://moderngov.kingston.gov.uk/ieListDocuments.aspx?CId=711&MId=10221&Ver=4', 'moderngov-kingston-meeting-CId711-MId10221.html');
    expect(result.ok).toBe(true);
    expect(result).toEqual(golden('moderngov-kingston-meeting-CId711-MId10221.json', result));
  });

  it('reads the Kingston page facts a councillor checks first', () => {
    const result = extract('https://moderngov.kingston.gov.uk/ieListDocuments.aspx?CId=711&MId=10221&Ver=4', 'moderngov-kingston-meeting-CId711-MId10221.html');
    if (!result.ok || result.data.kind !== 'meeting') throw new Error('expected a meeting');
    const meeting = result.data;
    expect(meeting.committee.name).toBe('Kingston and North Kingston Neighbourhood Committee');
    expect(meeting.startsAt).toBe('2026-01-15T19:30:00+00:00');
    expect(meeting.status).toBe('scheduled');
    expect(meeting.venue).toBe('Guildhall, Kingston upon Thames');
    expect(meeting.agendaItems.map((item) => item.number)).toEqual(['54', '55', '56', '57', '58', '59', '60', '61', '62', '63', '64', '65']);
    expect(meeting.attendanceUrl).toBe('https://moderngov.kingston.gov.uk/mgMeetingAttendance.aspx?ID=10221');
    const kinds = meeting.documents
      .filter((document) => document.kind !== 'itemReport' && document.kind !== 'other')
      .map((document) => [document.kind, document.title]);
    expect(kinds).toEqual([
      ['agendaFrontsheet', 'Agenda frontsheet'],
      ['reportsPack', 'Agenda reports pack'],
      ['supplementaryPack', 'Supplement: Agenda Item 7 - Community Safety Update'],
      ['supplementaryPack', 'Late Material'],
      ['decisions', 'Printed decisions'],
      ['minutes', 'Printed minutes'],
    ]);
    // The ?T= parameter selects the printed variant and must survive.
    expect(meeting.documents[0]?.url).toMatch(/\.pdf\?T=0$/);
    const item59 = meeting.agendaItems.find((item) => item.number === '59');
    expect(item59?.documents.map((document) => document.title)).toEqual([
      'Petition Regarding the Introduction of Traffic Management Measures On Manorgate Road',
      'Annex 1 - Wolverton Avenue',
      'Annex 2 - Manorgate Road',
      'Annex 3 - Overview plan',
      'Annex 4 - Survey summary',
    ]);
    expect(item59?.documents[0]).toMatchObject({ kind: 'itemReport', size: 'PDF 161 KB' });
  });

  it('reads "Wednesday, 2nd October, 2019 10.10 am" under a sub-path (hand-made)', () => {
    const result = extract(
      'https://www.example-district.gov.uk/democracy/ieListDocuments.aspx?CId=130&MID=2210',
      'handmade-moderngov-meeting-ordinal-date.html',
    );
    expect(result).toEqual(golden('handmade-moderngov-meeting-ordinal-date.json', result));
    if (!result.ok || result.data.kind !== 'meeting') throw new Error('expected a meeting');
    expect(result.data.startsAt).toBe('2019-10-02T10:10:00+01:00');
    expect(result.data.attendanceUrl).toBe('https://www.example-district.gov.uk/democracy/mgMeetingAttendance.aspx?ID=2210');
  });

  it('reads a cancelled meeting (hand-made)', () => {
    const result = extract('https://example.moderngov.co.uk/ieListDocuments.aspx?CId=452&MId=3001', 'handmade-moderngov-meeting-cancelled.html');
    expect(result).toEqual(golden('handmade-moderngov-meeting-cancelled.json', result));
    if (!result.ok || result.data.kind !== 'meeting') throw new Error('expected a meeting');
    expect(result.data.status).toBe('cancelled');
    expect(result.data.startsAt).toBe('2025-09-30T18:00:00+01:00');
    expect(result.data.committee.name).toBe('Licensing Sub-Committee');
    expect(result.data.venue).toBe('Committee Room 2, Town Hall');
  });

  it('reads "Thursday 4 December 2025 7:30 pm" (hand-made)', () => {
    const result = extract('https://milton-keynes.moderngov.co.uk/ieListDocuments.aspx?CId=1234&MId=5678', 'handmade-moderngov-meeting-mk.html');
    expect(result).toEqual(golden('handmade-moderngov-meeting-mk.json', result));
  });

  it('returns "unreadable", not an exception, for a meeting URL whose page lacks the heading', () => {
    const document = new DOMParser().parseFromString('<div id="modgov"><p>Sorry, this meeting could not be found.</p></div>', 'text/html');
    const url = new URL('https://example.moderngov.co.uk/ieListDocuments.aspx?CId=1&MId=2');
    const result = extractPage({ platform: 'moderngov', kind: 'meeting' }, url, document);
    expect(result).toEqual({ ok: false, code: 'page_markup_missing', detail: 'ModernGov meeting heading' });
  });
});
