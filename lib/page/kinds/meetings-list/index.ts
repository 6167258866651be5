import { cmisDetector } from '../../platforms/cmis/detect';
import { modernGovDetector } from '../../platforms/moderngov/detect';
import type { KindReading } from '../../platforms/types';
import { queryParam } from '../../text';
import { extractCmisCalendar } from './cmis';
import { extractModernGovMeetings } from './moderngov';

/**
 * A committee's list of meetings, and the calendar of all meetings: one model, two kinds.
 * Its model is ./model.ts, its view ./view.tsx; it is registered in ../index.ts (model and reading) and ../views.ts (view).
 */

/** `ieListMeetings.aspx?...&info=1` is how ModernGov shows the constitution and other static pages. */
export const meetingsList: KindReading<'meetingsList'> = {
  moderngov: {
    detector: modernGovDetector(
      'meetingsList',
      ['ielistmeetings.aspx'],
      ['CommitteeId', 'CId'],
      ['https://moderngov.kingston.gov.uk/ieListMeetings.aspx?CommitteeId=711', 'https://democracy.manchester.gov.uk/ieListMeetings.aspx?CId=147&Year=2025'],
      (url) => queryParam(url, 'info') !== '1',
    ),
    extract: extractModernGovMeetings('meetingsList'),
  },
};

export const calendar: KindReading<'calendar'> = {
  moderngov: {
    detector: modernGovDetector(
      'calendar',
      ['mgcalendarmonthview.aspx', 'mgcalendarweekview.aspx'],
      [],
      [
        'https://moderngov.kingston.gov.uk/mgCalendarMonthView.aspx?GL=1&bcr=1',
        'https://aberdeenshire.moderngov.co.uk/mgCalendarMonthView.aspx',
        'https://democracy.manchester.gov.uk/mgCalendarWeekView.aspx?XXR=0&DR=12%2f01%2f2026-18%2f01%2f2026',
      ],
    ),
    extract: extractModernGovMeetings('calendar'),
  },
  cmis: {
    detector: cmisDetector(
      'calendar',
      /\/ctl\/(MeetingCalendarPublicNoJava|MeetingCalendarListView|MeetingCalendarPublic)\b|\/Meetings\/tabid\/\d+\/Default\.aspx$/i,
      [
        'https://birmingham.cmis.uk.com/birmingham/Meetings/tabid/70/ctl/MeetingCalendarPublicNoJava/mid/397/Date/2026-06-01/Default.aspx',
        'https://birmingham.cmis.uk.com/birmingham/Meetings/tabid/70/ctl/MeetingCalendarListView/mid/397/Default.aspx',
        'https://cmis.derby.gov.uk/cmis5/Meetings/tabid/70/Default.aspx',
      ],
    ),
    extract: extractCmisCalendar,
  },
};
