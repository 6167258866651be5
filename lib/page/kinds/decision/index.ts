import { modernGovDetector } from '../../platforms/moderngov/detect';
import type { KindReading } from '../../platforms/types';
import { extractModernGovDecision } from './moderngov';

/**
 * A decision's page: who decided what, when, why, and whether it can be called in.
 * Its model is ./model.ts, its view ./view.tsx; it is registered in ../index.ts (model and reading) and ../views.ts (view).
 */

export const decision: KindReading<'decision'> = {
  moderngov: {
    detector: modernGovDetector(
      'decision',
      ['iedecisiondetails.aspx'],
      ['ID', 'AIId'],
      [
        'https://milton-keynes.moderngov.co.uk/ieDecisionDetails.aspx?ID=1613',
        'https://democracy.kirklees.gov.uk/ieDecisionDetails.aspx?ID=13567',
        'https://moderngov.kingston.gov.uk/ieDecisionDetails.aspx?AIId=51902',
      ],
    ),
    extract: extractModernGovDecision,
  },
};
