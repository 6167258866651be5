import { cmisDetector } from '../../platforms/cmis/detect';
import { modernGovDetector } from '../../platforms/moderngov/detect';
import type { KindReading } from '../../platforms/types';
import { extractCmisMeeting } from './cmis';
import { extractModernGovMeeting } from './moderngov';

/**
 * A meeting's page: its agenda, documents, attendance and, once held, its decisions.
 * Its model is ./model.ts, its view ./view.tsx; it is registered in ../index.ts (model and reading) and ../views.ts (view).
 */

export const meeting: KindReading<'meeting'> = {
  moderngov: {
    detector: modernGovDetector(
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
    ),
    extract: extractModernGovMeeting,
  },
  cmis: {
    detector: cmisDetector('meeting', /\/ctl\/ViewMeetingPublic\/(?:.*\/)?Meeting\/\d+/i, [
      'https://birmingham.cmis.uk.com/birmingham/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/15028/Committee/6/SelectedTab/Documents/Default.aspx',
      'https://cmis.derby.gov.uk/cmis5/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/10587/Committee/1620/Default.aspx',
    ]),
    extract: extractCmisMeeting,
  },
};
