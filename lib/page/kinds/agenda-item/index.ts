import { modernGovDetector } from '../../platforms/moderngov/detect';
import type { KindReading } from '../../platforms/types';
import { extractModernGovAgendaItem } from './moderngov';

/**
 * One agenda item's page, with its text, minutes, decision and documents.
 * Its model is ./model.ts, its view ./view.tsx; it is registered in ../index.ts (model and reading) and ../views.ts (view).
 */

export const agendaItem: KindReading<'agendaItem'> = {
  moderngov: {
    detector: modernGovDetector(
      'agendaItem',
      ['mgai.aspx'],
      ['ID'],
      ['https://moderngov.kingston.gov.uk/mgAi.aspx?ID=51902', 'https://democracy.leeds.gov.uk/mgAi.aspx?ID=112233'],
    ),
    extract: extractModernGovAgendaItem,
  },
};
