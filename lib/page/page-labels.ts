import type { PageData } from './model';

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
