import type { Extractors } from '../types';
import type { CmisKind } from './detect';
import { extractCmisCalendar, extractCmisCommittee, extractCmisCouncillor, extractCmisDecisions, extractCmisMeeting } from './extract';

/** Extractors for the kinds CMIS detects: the type refuses a detected kind without one. */
export const cmis: Extractors<CmisKind> = {
  meeting: extractCmisMeeting,
  committee: extractCmisCommittee,
  councillor: extractCmisCouncillor,
  calendar: extractCmisCalendar,
  decisionsList: extractCmisDecisions,
};
