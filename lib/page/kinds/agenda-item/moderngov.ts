import { documentsIn } from '../../platforms/moderngov/documents';
import { modgovRoot, subItemBlocks, unreadable } from '../../platforms/moderngov/markup';
import { compact, validated } from '../../platforms/shared';
import type { ExtractResult } from '../../platforms/types';
import { absoluteHttpUrl, queryParam, visibleText } from '../../text';
import { AgendaItemPage } from './model';

/** Extracts `mgAi.aspx?ID=`: one agenda item with its text, minutes, decision and documents. */
export function extractModernGovAgendaItem(url: URL, document: Document): ExtractResult<AgendaItemPage> {
  const root = modgovRoot(document);
  const itemId = queryParam(url, 'ID');
  const titleElement = root.querySelector('p.mgAiTitleTxt, .mgAiTitleTxt') ?? root.querySelector('h2.mgSubTitleTxt');
  const rawTitle = visibleText(titleElement);
  if (!itemId || !rawTitle) return unreadable('agenda item');
  const numbered = /^(\d+[a-z]?(?:\.\d+)?)\.?\s+(.+)$/i.exec(rawTitle);
  const blocks = subItemBlocks(root);
  const meetingLink = root.querySelector('a[href*="ieListDocuments.aspx" i]');
  const meetingUrl = absoluteHttpUrl(meetingLink?.getAttribute('href'), url.href);
  return validated(
    AgendaItemPage,
    compact({
      kind: 'agendaItem' as const,
      platform: 'moderngov' as const,
      url: url.href,
      itemId,
      title: numbered?.[2] ?? rawTitle,
      number: numbered?.[1],
      meeting: meetingUrl ? { title: visibleText(meetingLink) || 'Meeting', url: meetingUrl } : undefined,
      ...blocks,
      documents: documentsIn(root, url.href),
    }),
    'agenda item',
  );
}
