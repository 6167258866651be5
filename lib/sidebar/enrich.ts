import { type DocumentLanguage, inReaderLanguage } from '../page/document-language';
import type { PortalReader } from './attendees';
import type { Meeting, PageData } from '../page/kinds';
import { fillPersonDetails, type PersonDetails } from '../page/people';
import { councillorsByWardUrl, parseCouncillorsByWardXml } from '../page/platforms/moderngov/web-service';

/**
 * The council's councillor directory (ModernGov's GetCouncillorsByWard). The background
 * caches it for a day per site, so every page of a site shares one request a day.
 */
export async function loadDirectory(page: PageData, deps: PortalReader): Promise<PersonDetails[]> {
  if (page.platform !== 'moderngov') return [];
  const url = councillorsByWardUrl(page.url);
  const answer = await deps.fetchPortalText({ url, purpose: 'webService' });
  if (!answer.ok) return [];
  const parsed = parseCouncillorsByWardXml(deps.parse(answer.text, 'text/xml'), url);
  return parsed.ok ? parsed.councillors : [];
}

/** Fills committee members and councillor lists with party, ward and photo from the directory. */
export async function enrichPeople(page: PageData, deps: PortalReader): Promise<PageData> {
  if (page.kind === 'committee' && page.members.some((member) => !member.party)) {
    const directory = await loadDirectory(page, deps);
    return directory.length ? { ...page, members: fillPersonDetails(page.members, directory) } : page;
  }
  if (page.kind === 'councillorList' && page.councillors.some((councillor) => !councillor.party || !councillor.ward)) {
    const directory = await loadDirectory(page, deps);
    if (!directory.length) return page;
    const filled = fillPersonDetails(
      page.councillors.map(({ url, ...rest }) => ({ ...rest, ...(url ? { profileUrl: url } : {}) })),
      directory,
    );
    return { ...page, councillors: filled.map(({ profileUrl, ...rest }) => ({ ...rest, ...(profileUrl ? { url: profileUrl } : {}) })) };
  }
  return page;
}

export interface DocumentToSummarise {
  url: string;
  title: string;
  itemNumber?: string;
}

/**
 * What "summarise this meeting" reads: the agenda and the reports pack, which between them
 * hold every report; without a pack, the agenda and up to six item reports. Where the council
 * publishes a document in Welsh and in English, only the reader's language's copy is read.
 */
export function meetingDocumentsToSummarise(meeting: Meeting, reader: DocumentLanguage = 'en'): DocumentToSummarise[] {
  const packs = inReaderLanguage(meeting.documents, reader);
  const agenda = packs.find((document) => document.kind === 'agendaFrontsheet');
  const pack = packs.find((document) => document.kind === 'reportsPack' && /\.pdf(\?|$)/i.test(document.url));
  // What the meeting resolved, where published: the minutes (votes, declarations) and the printed decisions, to set beside what was recommended.
  const records = packs
    .filter((document) => (document.kind === 'minutes' || document.kind === 'decisions') && /\.pdf(\?|$)/i.test(document.url))
    .slice(0, 2)
    .map((document) => ({ url: document.url, title: document.title }));
  const chosen: DocumentToSummarise[] = [];
  if (agenda) chosen.push({ url: agenda.url, title: agenda.title });
  if (pack) return [...chosen, { url: pack.url, title: pack.title }, ...records];
  for (const item of meeting.agendaItems) {
    const report = inReaderLanguage(item.documents, reader).find((document) => document.kind === 'itemReport');
    if (report && chosen.length < 7) chosen.push({ url: report.url, title: report.title, ...(item.number ? { itemNumber: item.number } : {}) });
  }
  return [...chosen, ...records];
}
