/**
 * Declarations of interest linked to attendees: read from the web service's minutes for the
 * declarations item (in the shape of Gloucester's real GetMeeting, `minutesnonemptyhtmlbody`
 * holding an escaped HTML fragment) and from minutes read on the device, then matched to the
 * meeting's attendees by name.
 */
import { describe, expect, it } from 'vitest';
import { parseGetMeeting } from '../../../lib/page/platforms/moderngov/web-service';
import { withDeclarations, type AttendeesState } from '../../../lib/sidebar/attendees';
import { findDeclarations } from '../../../lib/pdf/summarise/declarations';

const getMeeting = (minutes: string) =>
  new DOMParser().parseFromString(
    `<meeting><attendees>
      <attendee name="Councillor Sarah Hayward" roledescription="Chair" attendance="Present" />
      <attendee name="Councillor Tom Hillard" roledescription="Committee Member" attendance="Present" />
      <attendee name="Jane Officer" roledescription="Democratic Services Officer" attendance="In attendance" membertype="Officer" />
    </attendees><agendaitems>
      <agendaitem><agendaitemid>1</agendaitemid><agendaitemtitle>Apologies</agendaitemtitle></agendaitem>
      <agendaitem>
        <agendaitemid>44461</agendaitemid>
        <agendaitemtitle>Declarations of Interest</agendaitemtitle>
        <agendatext>&lt;p class="MsoNormal"&gt;To receive from Members, declarations of the existence of any disclosable pecuniary, or non-pecuniary, interests.&lt;/p&gt;</agendatext>
        <minutesnonemptyhtmlbody>${minutes}</minutesnonemptyhtmlbody>
      </agendaitem>
    </agendaitems></meeting>`,
    'text/xml',
  );

describe('declarations from the web service', () => {
  it('Gloucester’s "There were no declarations of interest." is no declaration', () => {
    const parsed = parseGetMeeting(
      getMeeting('&lt;div class="WordSection1"&gt;&lt;p class="MsoNormal"&gt;There were no declarations of interest.&lt;/p&gt;&lt;/div&gt;'),
      'https://democracy.gloucester.gov.uk/mgWebService.asmx/GetMeeting?lMeetingId=7837',
    );
    expect(parsed.ok && parsed.record.declarations).toBeUndefined();
  });

  it('reads who declared what, on which item, from the escaped minutes, as text only', () => {
    const parsed = parseGetMeeting(
      getMeeting(
        '&lt;p&gt;Councillor Hayward declared a personal interest in item 7 as a trustee of the Guildhall Trust.&lt;/p&gt;&lt;p&gt;Cllr Hillard declared a prejudicial interest in agenda item 9 &lt;script&gt;x&lt;/script&gt;and left the room.&lt;/p&gt;',
      ),
      'https://democracy.gloucester.gov.uk/mgWebService.asmx/GetMeeting?lMeetingId=7837',
    );
    if (!parsed.ok) throw new Error('expected a record');
    expect(parsed.record.declarations?.map(({ who, item, kind }) => ({ who, item, kind }))).toEqual([
      { who: ['Hayward'], item: '7', kind: 'personal' },
      { who: ['Hillard'], item: '9', kind: 'prejudicial' },
    ]);
    expect(parsed.record.declarations?.[1]?.text).not.toContain('<');
  });
});

describe('attendees marked with their declarations', () => {
  const ready: AttendeesState = {
    status: 'ready',
    sources: ['attendancePage'],
    attendees: [
      { name: 'Councillor Sarah Hayward', role: 'chair', attendance: 'present' },
      { name: 'Councillor Tom Hillard', role: 'member', attendance: 'present' },
      { name: 'Councillor Anne Evans', role: 'member', attendance: 'present' },
      { name: 'Jane Hayward', role: 'officer', attendance: 'inAttendance' },
    ],
  };

  it('Tintern’s "Cllrs Hayward & Hillard re 2718" marks both councillors with the minute, and no one else', () => {
    const declarations = findDeclarations([
      { text: '2712. Declarations of interest: Cllrs Hayward & Hillard re 2718 (LWVBPT).', page: 1 },
      { text: '2713. Minutes of the last meeting', page: 1 },
    ])!.entries;
    const marked = withDeclarations(ready, declarations);
    if (marked.status !== 'ready') throw new Error('expected attendees');
    expect(marked.attendees.map((attendee) => attendee.interests)).toEqual([
      [{ item: '2718', text: 'Cllrs Hayward & Hillard re 2718 (LWVBPT).' }],
      [{ item: '2718', text: 'Cllrs Hayward & Hillard re 2718 (LWVBPT).' }],
      undefined,
      // An officer who shares a surname is not a councillor who declared.
      undefined,
    ]);
  });

  it('leaves attendees as they are with no declarations, or while loading', () => {
    expect(withDeclarations(ready, [])).toBe(ready);
    expect(withDeclarations({ status: 'loading' }, [{ who: ['Hayward'], text: 'x', page: 1 }])).toEqual({ status: 'loading' });
  });
});
