import { failure } from '../../../protocol/failure';
import { parseUkDateTime } from '../../dates';
import type { AgendaItem, CouncilDocument, RecordedVoteRow } from '../../model';
import { classifyPack, isDocumentHref, readDocumentLink, uniqueByUrl } from '../../platforms/moderngov/documents';
import { labelledValue, subItemBlocks } from '../../platforms/moderngov/markup';
import { meetingStatusIn, validated } from '../../platforms/shared';
import type { ExtractResult } from '../../platforms/types';
import { absoluteHttpUrl, cleanText, queryParam, visibleText } from '../../text';
import { Meeting } from './model';

/**
 * Splits "Committee name - Thursday 15 January 2026 7:30 pm, CANCELLED" into its committee
 * and date, at the last " - " whose right-hand side reads as a date (committee names
 * contain dashes too).
 */
function splitSubtitle(subtitle: string): { committee: string; dateText?: string } {
  const parts = subtitle.split(/\s+[-\u2013\u2014]\s+/);
  for (let index = parts.length - 1; index > 0; index -= 1) {
    const right = parts.slice(index).join(' - ');
    if (parseUkDateTime(right)) return { committee: parts.slice(0, index).join(' - '), dateText: right };
  }
  return { committee: subtitle };
}

/**
 * ModernGov's "Recorded Vote" table under an item (caption "Recorded Vote"; columns Title, Type,
 * Recorded Vote text, Result): one row per motion. Themes leave the table's opening tag out, so
 * rows are read from the caption's own container.
 */
function recordedVotesIn(cell: Element): RecordedVoteRow[] {
  const caption = Array.from(cell.querySelectorAll('caption')).find((element) => /recorded\s+vote|pleidlais/i.test(cleanText(element.textContent)));
  if (!caption) return [];
  const container = caption.closest('table') ?? caption.parentElement ?? cell;
  const rows: RecordedVoteRow[] = [];
  for (const row of Array.from(container.querySelectorAll('tr'))) {
    const cells = Array.from(row.querySelectorAll('td')).map((td) => cleanText(td.textContent));
    const [title, type, , result] = cells;
    if (!title || cells.length < 2) continue;
    rows.push({ title: title.slice(0, 300), ...(type ? { type: type.slice(0, 60) } : {}), ...(result ? { result: result.slice(0, 60) } : {}) });
  }
  return rows.slice(0, 50);
}

function readAgendaItems(root: ParentNode, base: string): { items: AgendaItem[]; documents: CouncilDocument[] } {
  const table = root.querySelector('table.mgItemTable, table#mgItemTable');
  const items: AgendaItem[] = [];
  const documents: CouncilDocument[] = [];
  if (!table) return { items, documents };
  // Items sit in the table's own rows; minutes may nest whole tables (recorded votes) inside a cell.
  const rows = Array.from(table.querySelectorAll('tr')).filter((row) => row.closest('table') === table);
  for (const row of rows) {
    const numberCell = row.querySelector(':scope > td.mgItemNumberCell');
    const cells = Array.from(row.children).filter((cell) => cell.tagName === 'TD');
    const bodyCell = cells.find((cell) => cell !== numberCell);
    if (!bodyCell) continue;
    const titleParagraph = bodyCell.querySelector('p.mgAiTitleTxt');
    const title = visibleText(titleParagraph);
    if (!title) continue;
    const number = cleanText(numberCell?.textContent).replace(/\.$/, '') || undefined;
    const anchor = numberCell?.querySelector('a[name]')?.getAttribute('name') ?? undefined;

    const itemDocuments: CouncilDocument[] = [];
    const reportLink = titleParagraph?.querySelector('a.mgAiTitleLnk, a[href]');
    const report = reportLink && isDocumentHref(reportLink.getAttribute('href') ?? '') ? readDocumentLink(reportLink, base, 'itemReport') : undefined;
    if (report) itemDocuments.push(report);
    for (const link of Array.from(bodyCell.querySelectorAll('ul.mgBulletList a[href]'))) {
      if (link.closest('table') !== table) continue;
      if (!isDocumentHref(link.getAttribute('href') ?? '')) continue;
      const document = readDocumentLink(link, base, 'other');
      if (document) itemDocuments.push(document);
    }
    const unique = uniqueByUrl(itemDocuments);
    documents.push(...unique);
    const { summary: text, minutes, decision } = subItemBlocks(bodyCell);
    const votes = recordedVotesIn(bodyCell);
    const votesLink = bodyCell.querySelector('a[href*="mgListRecordedVotes" i]');
    const votesUrl = absoluteHttpUrl(votesLink?.getAttribute('href'), base);
    items.push({
      ...(number ? { number } : {}),
      title,
      ...(report ? { reportUrl: report.url } : {}),
      documents: unique,
      ...(anchor ? { anchor } : {}),
      ...(text ? { text: text.slice(0, 5_000) } : {}),
      ...(minutes ? { minutes: minutes.slice(0, 20_000) } : {}),
      ...(decision ? { decision: decision.slice(0, 20_000) } : {}),
      ...(votes.length ? { recordedVotes: votes } : {}),
      ...(votesUrl ? { recordedVotesUrl: votesUrl } : {}),
    });
  }
  return { items, documents };
}

/** Extracts a ModernGov meeting page (`ieListDocuments.aspx`). Pure: it reads the document and never changes it. */
export function extractModernGovMeeting(url: URL, document: Document): ExtractResult<Meeting> {
  const root: ParentNode = document.getElementById('modgov') ?? document;
  const base = url.href;
  const meetingId = queryParam(url, 'MId');
  const subtitleElement = root.querySelector('h2.mgSubTitleTxt');
  const subtitle = visibleText(subtitleElement);
  const heading = visibleText(root.querySelector('h1.mgMainTitleTxt')) || undefined;
  if (!meetingId || !subtitle) {
    return failure('page_markup_missing', 'ModernGov meeting heading');
  }

  const { committee: committeeText, dateText } = splitSubtitle(subtitle);
  const parsedDate = dateText ? parseUkDateTime(dateText) : undefined;
  const committeeLink = subtitleElement?.querySelector('a[href*="mgCommitteeDetails" i]') ?? document.querySelector('a[href*="mgCommitteeDetails.aspx" i]');
  const committeeUrl = absoluteHttpUrl(committeeLink?.getAttribute('href'), base);
  const committeeId = queryParam(url, 'CId') ?? (committeeUrl ? queryParam(new URL(committeeUrl), 'ID') : undefined);

  const packs: CouncilDocument[] = [];
  let attendanceUrl: string | undefined;
  for (const link of Array.from(root.querySelectorAll('.mgLinks a[href], ul.mgActionList a[href]'))) {
    const href = link.getAttribute('href') ?? '';
    if (/mgMeetingAttendance\.aspx/i.test(href)) {
      attendanceUrl ??= absoluteHttpUrl(href, base);
      continue;
    }
    if (!isDocumentHref(href)) continue;
    const pack = readDocumentLink(link, base, classifyPack(visibleText(link), href));
    if (pack) packs.push(pack);
  }

  const { items, documents: itemDocuments } = readAgendaItems(root, base);
  const venue = labelledValue(root, /^venue$/i);
  const candidate = {
    kind: 'meeting' as const,
    platform: 'moderngov' as const,
    url: url.href,
    meetingId,
    committee: {
      name: committeeText.replace(/[,\s]+$/, ''),
      ...(committeeUrl ? { url: committeeUrl } : {}),
      ...(committeeId ? { id: committeeId } : {}),
    },
    ...(heading ? { heading } : {}),
    ...(parsedDate ? { startsAt: parsedDate.iso } : {}),
    ...(dateText ? { dateText: dateText.replace(/,?\s*(cancell?ed|postponed|moved|rescheduled)\b.*$/i, '').trim() } : {}),
    status: meetingStatusIn(`${subtitle} ${heading ?? ''}`) ?? 'scheduled',
    ...(venue ? { venue } : {}),
    agendaItems: items,
    documents: uniqueByUrl([...packs, ...itemDocuments]),
    ...(attendanceUrl ? { attendanceUrl } : {}),
  };
  return validated(Meeting, candidate, 'meeting');
}
