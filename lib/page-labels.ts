import type { PageData } from './model';
import type { PageKind } from './platforms/types';

export const KIND_LABELS: Record<PageKind, string> = {
  meeting: 'Meeting',
  attendance: 'Meeting attendance',
  agendaItem: 'Agenda item',
  decision: 'Decision',
  issueHistory: 'Issue',
  committee: 'Committee',
  meetingsList: 'Meetings',
  calendar: 'Calendar',
  councillor: 'Councillor',
  councillorList: 'Councillors',
  decisionsList: 'Decisions',
  forwardPlan: 'Forward plan',
};

/** The one line that names a page, for the popup and citations. */
export function pageTitleOf(page: PageData): string {
  switch (page.kind) {
    case 'meeting':
      return page.committee.name;
    case 'committee':
    case 'councillor':
      return page.name;
    case 'attendance':
      return page.title ?? 'Meeting attendance';
    default:
      return page.title;
  }
}
