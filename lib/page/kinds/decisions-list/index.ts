import { cmisDetector } from '../../platforms/cmis/detect';
import { modernGovDetector } from '../../platforms/moderngov/detect';
import type { KindReading } from '../../platforms/types';
import { extractCmisDecisions } from './cmis';
import { extractModernGovDecisions } from './moderngov';

/**
 * The register of decisions, and the forward plan of decisions to come: one model, two kinds.
 * Its model is ./model.ts, its view ./view.tsx; it is registered in ../index.ts (model and reading) and ../views.ts (view).
 */

export const decisionsList: KindReading<'decisionsList'> = {
  moderngov: {
    detector: modernGovDetector(
      'decisionsList',
      ['mgdelegateddecisions.aspx', 'mglistofficerdecisions.aspx'],
      [],
      [
        'https://moderngov.kingston.gov.uk/mgDelegatedDecisions.aspx?bcr=1&DM=0&DS=2&K=0&DR=&V=0',
        'https://democracy.kirklees.gov.uk/mgDelegatedDecisions.aspx?XXR=0&DR=01%2f04%2f2025-30%2f04%2f2025&ACT=Find',
        'https://democracy.leeds.gov.uk/mgListOfficerDecisions.aspx?bcr=1',
      ],
    ),
    extract: extractModernGovDecisions('decisionsList'),
  },
  cmis: {
    detector: cmisDetector('decisionsList', /\/(Decisions|DecisionRecords)\.aspx$|\/Decisions\/tabid\/\d+\//i, [
      'https://birmingham.cmis.uk.com/birmingham/Decisions.aspx',
      'https://cmis.derby.gov.uk/cmis5/Decisions/tabid/67/Default.aspx',
      'https://democracy.lambeth.gov.uk/cmis5/DecisionRecords.aspx',
    ]),
    extract: extractCmisDecisions,
  },
};

export const forwardPlan: KindReading<'forwardPlan'> = {
  moderngov: {
    detector: modernGovDetector(
      'forwardPlan',
      ['mgplanshome.aspx', 'mglistplanitems.aspx'],
      [],
      ['https://democracy.manchester.gov.uk/mgPlansHome.aspx?bcr=1', 'https://milton-keynes.moderngov.co.uk/mgListPlanItems.aspx?PlanId=272&RP=117'],
    ),
    extract: extractModernGovDecisions('forwardPlan'),
  },
};
