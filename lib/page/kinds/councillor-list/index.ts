import { modernGovDetector } from '../../platforms/moderngov/detect';
import type { KindReading } from '../../platforms/types';
import { extractModernGovCouncillorList } from './moderngov';

/**
 * The councillors' index, in its list, table, picture and grouped views.
 * Its model is ./model.ts, its view ./view.tsx; it is registered in ../index.ts (model and reading) and ../views.ts (view).
 */

export const councillorList: KindReading<'councillorList'> = {
  moderngov: {
    detector: modernGovDetector(
      'councillorList',
      ['mgmemberindex.aspx', 'mgfindmember.aspx'],
      [],
      [
        'https://moderngov.kingston.gov.uk/mgMemberIndex.aspx?bcr=1',
        'https://democracy.manchester.gov.uk/mgMemberIndex.aspx?FN=WARD&VW=LIST&PIC=0',
        'https://cardiff.moderngov.co.uk/mgFindMember.aspx',
      ],
    ),
    extract: extractModernGovCouncillorList,
  },
};
