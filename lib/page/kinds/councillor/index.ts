import { cmisDetector } from '../../platforms/cmis/detect';
import { modernGovDetector } from '../../platforms/moderngov/detect';
import type { KindReading } from '../../platforms/types';
import { extractCmisCouncillor } from './cmis';
import { extractModernGovCouncillor } from './moderngov';

/**
 * A councillor's page: party, ward, roles, appointments and how to reach them.
 * Its model is ./model.ts, its view ./view.tsx; it is registered in ../index.ts (model and reading) and ../views.ts (view).
 */

export const councillor: KindReading<'councillor'> = {
  moderngov: {
    detector: modernGovDetector(
      'councillor',
      ['mguserinfo.aspx'],
      ['UID'],
      ['https://moderngov.kingston.gov.uk/mgUserInfo.aspx?UID=2795', 'https://democracy.manchester.gov.uk/mgUserInfo.aspx?UID=192'],
    ),
    extract: extractModernGovCouncillor,
  },
  cmis: {
    detector: cmisDetector('councillor', /\/ctl\/ViewCMIS_Person\//i, [
      'https://birmingham.cmis.uk.com/birmingham/Councillors/tabid/63/ctl/ViewCMIS_Person/mid/384/id/1234/ScreenMode/Ward/Default.aspx',
      'https://cmis.derby.gov.uk/cmis5/People/tabid/62/ctl/ViewCMIS_Person/mid/383/id/2100/Default.aspx',
    ]),
    extract: extractCmisCouncillor,
  },
};
