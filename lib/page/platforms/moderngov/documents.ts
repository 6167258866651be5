import type { CouncilDocument, DocumentKind } from '../../model';
import { absoluteHttpUrl, cleanText, visibleText } from '../../text';

/** Links that lead to a document rather than to another page of the portal. */
const DOCUMENT_HREF = /\/documents\/|mgConvert2PDF\.aspx|mgChooseDocPack\.aspx|\.(pdf|docx?|xlsx?|pptx?|odt|rtf)(\?|#|$)/i;

export function isDocumentHref(href: string): boolean {
  return DOCUMENT_HREF.test(href);
}

/**
 * Classifies a meeting-level pack by its title and link, the only signals ModernGov gives, in
 * English and in Welsh (the Welsh interface's "Pecyn dogfennau cyhoeddus", "Cofnodion printiedig").
 */
export function classifyPack(title: string, href: string): DocumentKind {
  const text = title.toLowerCase();
  if (/supplement|late material|additional|addendum|update sheet|atodol|ychwanegol|atodiad i'?r rhaglen/.test(text) || /[?&]SID=/i.test(href))
    return 'supplementaryPack';
  if (/front ?sheet|taflen flaen/.test(text)) return 'agendaFrontsheet';
  if (
    /reports? pack|document pack|agenda pack|public pack|pecyn (?:dogfen|dogfennau|adroddiadau|cyhoeddus|y rhaglen)/.test(text) ||
    /mgChooseDocPack\.aspx/i.test(href)
  )
    return 'reportsPack';
  if (/decision|penderfyniad/.test(text)) return 'decisions';
  if (/minutes|cofnodion/.test(text)) return 'minutes';
  if (/agenda|rhaglen/.test(text)) return 'agendaFrontsheet';
  return 'other';
}

/** Reads one document link, stripping the file-size badge and screen-reader-only suffixes from its title. */
export function readDocumentLink(link: Element, base: string, kind: DocumentKind): CouncilDocument | undefined {
  const url = absoluteHttpUrl(link.getAttribute('href'), base);
  const title = visibleText(link);
  if (!url || !title) return undefined;
  const size = cleanText(link.querySelector('.mgFileSize')?.textContent);
  return size ? { title, url, kind, size } : { title, url, kind };
}

export function uniqueByUrl<T extends { url: string }>(documents: readonly T[]): T[] {
  const seen = new Set<string>();
  return documents.filter((document) => (seen.has(document.url) ? false : (seen.add(document.url), true)));
}

/** Every document linked within `root` (an agenda item's or an issue's page), each once; an item's own report is marked so. */
export function documentsIn(root: ParentNode, base: string): CouncilDocument[] {
  const documents: CouncilDocument[] = [];
  for (const link of Array.from(root.querySelectorAll('a[href]'))) {
    if (!isDocumentHref(link.getAttribute('href') ?? '')) continue;
    const document = readDocumentLink(link, base, link.classList.contains('mgAiTitleLnk') ? 'itemReport' : 'other');
    if (document) documents.push(document);
  }
  return uniqueByUrl(documents);
}
