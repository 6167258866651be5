import type { PageData } from './kinds';
import type { Translate } from '../shared/i18n';

/** The one line that names a page, for the popup and citations. */
export function pageTitleOf(page: PageData, t: Translate): string {
  switch (page.kind) {
    case 'meeting':
      return page.committee.name;
    case 'committee':
    case 'councillor':
      return page.name;
    case 'attendance':
      return page.title ?? t('attendanceTitle');
    default:
      return page.title;
  }
}
