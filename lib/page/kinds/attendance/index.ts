import { modernGovDetector } from '../../platforms/moderngov/detect';
import type { KindReading } from '../../platforms/types';
import { extractModernGovAttendance } from './moderngov';

/**
 * ModernGov's attendance page of a meeting: who came, sent apologies or was absent.
 * Its model is ./model.ts, its view ./view.tsx; it is registered in ../index.ts (model and reading) and ../views.ts (view).
 */

export const attendance: KindReading<'attendance'> = {
  moderngov: {
    detector: modernGovDetector(
      'attendance',
      ['mgmeetingattendance.aspx'],
      ['ID'],
      ['https://moderngov.kingston.gov.uk/mgMeetingAttendance.aspx?ID=10221', 'https://democracy.manchester.gov.uk/mgMeetingAttendance.aspx?ID=4967'],
    ),
    extract: extractModernGovAttendance,
  },
};
