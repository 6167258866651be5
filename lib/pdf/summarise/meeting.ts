import type { Block, DisplaySummary } from '../../display/model';
import { type Cited, type DocumentSummary, PageCitations, publicForumBlocks } from './index';

/**
 * A whole meeting from its documents, per agenda item: the reports pack is split by its
 * frontsheet's "(Pages x to y)", each item report is placed under its item, and every line
 * cites its document and page.
 */

export interface MeetingDocumentResult {
  title: string;
  url: string;
  summary: DocumentSummary;
  /** The agenda item the document belongs to, when the page says so. */
  itemNumber?: string;
}

export function combineMeeting(
  documents: readonly MeetingDocumentResult[],
  pageItems: readonly { number?: string; title: string }[],
  generatedAt?: string,
): DisplaySummary {
  const citations = new PageCitations();
  const blocks: Block[] = [];
  const pack = documents.find((document) => document.summary.items.some((item) => item.pageStart !== undefined));
  const items: { number: string; title: string; pageStart?: number; pageEnd?: number }[] = pack?.summary.items.length
    ? pack.summary.items
    : pageItems.map((item, index) => ({ number: item.number ?? String(index + 1), title: item.title }));
  const used = new Set<string>();

  const section = (
    heading: string,
    recommendations: { item: Cited; document: MeetingDocumentResult }[],
    points: { item: Cited; document: MeetingDocumentResult }[],
  ) => {
    if (recommendations.length === 0 && points.length === 0) return;
    blocks.push({ t: 'heading', level: 3, c: [{ t: 'text', v: heading }] });
    if (recommendations.length > 0) {
      blocks.push({ t: 'p', c: [{ t: 'strong', c: [{ t: 'text', v: 'Recommended or resolved (verbatim):' }] }] });
      blocks.push({
        t: 'list',
        ordered: false,
        items: recommendations.map(({ item, document }) => [{ t: 'p', c: citations.cite(item, document.url, document.title) }]),
      });
    }
    for (const { item, document } of points.slice(0, 4)) blocks.push({ t: 'p', c: citations.cite(item, document.url, document.title) });
  };

  for (const item of items) {
    const inRange = (page: number) => item.pageStart !== undefined && page >= item.pageStart && page <= (item.pageEnd ?? item.pageStart);
    const recommendations: { item: Cited; document: MeetingDocumentResult }[] = [];
    const points: { item: Cited; document: MeetingDocumentResult }[] = [];
    if (pack) {
      for (const block of pack.summary.recommendations) if (inRange(block.page)) recommendations.push({ item: block, document: pack });
      for (const sentence of pack.summary.summary) if (inRange(sentence.page)) points.push({ item: sentence, document: pack });
    }
    for (const document of documents.filter((candidate) => candidate !== pack && candidate.itemNumber === item.number)) {
      used.add(document.url);
      for (const block of document.summary.recommendations) recommendations.push({ item: block, document });
      for (const sentence of document.summary.summary) points.push({ item: sentence, document });
    }
    section(`Item ${item.number}: ${item.title}`, recommendations, points);
  }
  // Documents not tied to an item (a frontsheet, minutes, a supplement) still count.
  for (const document of documents.filter((candidate) => candidate !== pack && !used.has(candidate.url))) {
    if (document.summary.documentType === 'agenda' && pack) continue;
    section(
      document.title,
      document.summary.recommendations.map((block) => ({ item: block, document })),
      document.summary.summary.map((sentence) => ({ item: sentence, document })),
    );
  }
  // The public's statements and questions, from the minutes that list them: attributed, never among the council's points.
  const withForum = documents.find((document) => document.summary.publicForum);
  if (withForum?.summary.publicForum)
    blocks.push(...publicForumBlocks(withForum.summary.publicForum, (item) => citations.cite(item, withForum.url, withForum.title)));
  if (blocks.length === 0)
    blocks.push({ t: 'p', c: [{ t: 'text', v: 'The documents had no recommendations or summary points Council Lens could pick out.' }] });
  return {
    producedBy: 'extractive',
    generatedBy: 'Council Lens (on this device)',
    ...(generatedAt ? { generatedAt } : {}),
    blocks,
    footnotes: citations.footnotes,
  };
}
