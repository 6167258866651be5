import { modernGovDetector } from '../../platforms/moderngov/detect';
import type { KindReading } from '../../platforms/types';
import { extractModernGovIssueHistory } from './moderngov';

/**
 * An issue's page: its path through meetings and the documents along it.
 * Its model is ./model.ts, its view ./view.tsx; it is registered in ../index.ts (model and reading) and ../views.ts (view).
 */

export const issueHistory: KindReading<'issueHistory'> = {
  moderngov: {
    detector: modernGovDetector(
      'issueHistory',
      ['mgissuehistoryhome.aspx', 'ieissuedetails.aspx'],
      ['IId'],
      ['https://democracy.kirklees.gov.uk/mgIssueHistoryHome.aspx?IId=6535&Opt=0', 'https://democracy.leeds.gov.uk/ieIssueDetails.aspx?IId=98765&PlanId=1234'],
    ),
    extract: extractModernGovIssueHistory,
  },
};
