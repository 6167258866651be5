import { cmisDetector } from '../../platforms/cmis/detect';
import { modernGovDetector } from '../../platforms/moderngov/detect';
import type { KindReading } from '../../platforms/types';
import { extractCmisCommittee } from './cmis';
import { extractModernGovCommittee } from './moderngov';

/**
 * A committee's page: its purpose, its members and (on CMIS) its meetings.
 * Its model is ./model.ts, its view ./view.tsx; it is registered in ../index.ts (model and reading) and ../views.ts (view).
 */

export const committee: KindReading<'committee'> = {
  moderngov: {
    detector: modernGovDetector(
      'committee',
      ['mgcommitteedetails.aspx'],
      ['ID'],
      ['https://moderngov.kingston.gov.uk/mgCommitteeDetails.aspx?ID=711', 'https://democracy.manchester.gov.uk/mgCommitteeDetails.aspx?ID=147'],
    ),
    extract: extractModernGovCommittee,
  },
  cmis: {
    detector: cmisDetector('committee', /\/ctl\/ViewCMIS_CommitteeDetails\//i, [
      'https://birmingham.cmis.uk.com/birmingham/Committees/tabid/62/ctl/ViewCMIS_CommitteeDetails/mid/383/id/4/Default.aspx',
      'https://cmis.derby.gov.uk/cmis5/Committees/tabid/62/ctl/ViewCMIS_CommitteeDetails/mid/383/id/1620/Default.aspx',
    ]),
    extract: extractCmisCommittee,
  },
};
