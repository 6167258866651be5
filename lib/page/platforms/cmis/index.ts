import type { ExtractResult, PageKind } from '../types';
import { extractCmisCalendar, extractCmisCommittee, extractCmisCouncillor, extractCmisDecisions, extractCmisMeeting } from './extract';

/** Extractors by page kind. */
export const cmis: Partial<Record<PageKind, (url: URL, document: Document) => ExtractResult>> = {
  meeting: extractCmisMeeting,
  committee: extractCmisCommittee,
  councillor: extractCmisCouncillor,
  calendar: extractCmisCalendar,
  decisionsList: extractCmisDecisions,
};
