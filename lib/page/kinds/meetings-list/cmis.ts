import { cmisMeetingLinks, unreadable } from '../../platforms/cmis/markup';
import { validated } from '../../platforms/shared';
import type { ExtractResult } from '../../platforms/types';
import { cleanText } from '../../text';
import { MeetingsList } from './model';

export function extractCmisCalendar(url: URL, document: Document): ExtractResult<MeetingsList> {
  const meetings = cmisMeetingLinks(url, document);
  const wrapper = document.querySelector('.CMIS_ModuleWrapper, [class*="ModCMIS"]');
  if (meetings.length === 0 && !wrapper) return unreadable('calendar');
  return validated(
    MeetingsList,
    { kind: 'calendar', platform: 'cmis', url: url.href, title: cleanText(document.querySelector('h1')?.textContent) || 'Meetings', meetings },
    'calendar',
  );
}
