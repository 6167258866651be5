import { type DocumentLanguage, inReaderLanguage } from '../page/document-language';
import type { FetchPortalTextRequest, FetchPortalTextResponse } from '../protocol/messages';
import type { Meeting, PageData } from '../page/model';
import { lacksDetails, fillPersonDetails, roleFromText, type PersonDetails } from '../page/people';
import type { ServiceAttendee } from '../background/service/contract';
import { type AttendeesState, loadModernGovAttendees } from './load-attendees';
import { councillorsByWardUrl, parseCouncillorsByWardXml } from '../page/platforms/moderngov/attendance';

export interface EnrichDeps {
  fetchPortalText(request: FetchPortalTextRequest): Promise<FetchPortalTextResponse>;
  parse(text: string, type: DOMParserSupportedType): Document;
}

/**
 * The council's councillor directory (ModernGov's GetCouncillorsByWard). The background
 * caches it for a day per site, so every page of a site shares one request a day.
 */
export async function loadDirectory(page: PageData, deps: EnrichDeps): Promise<PersonDetails[]> {
  if (page.platform !== 'moderngov') return [];
  const url = councillorsByWardUrl(page.url);
  const answer = await deps.fetchPortalText({ url, purpose: 'webService' });
  if (!answer.ok) return [];
  const parsed = parseCouncillorsByWardXml(deps.parse(answer.text, 'text/xml'), url);
  return parsed.ok ? parsed.councillors : [];
}

/** Who attends, for the pages that have attendees. */
export async function loadAttendees(page: PageData, deps: EnrichDeps): Promise<AttendeesState> {
  let state: AttendeesState;
  if (page.kind === 'meeting' && page.platform === 'moderngov') state = await loadModernGovAttendees(page, deps);
  else if (page.kind === 'meeting')
    state = page.pageAttendees?.length ? { status: 'ready', attendees: page.pageAttendees, sources: ['attendancePage'] } : { status: 'notPublished' };
  else if (page.kind === 'attendance')
    state = page.attendees.length ? { status: 'ready', attendees: page.attendees, sources: ['attendancePage'] } : { status: 'notPublished' };
  else return { status: 'notPublished' };
  if (state.status !== 'ready' || !lacksDetails(state.attendees)) return state;
  const directory = await loadDirectory(page, deps);
  return directory.length ? { ...state, attendees: fillPersonDetails(state.attendees, directory) } : state;
}

/** Fills committee members and councillor lists with party, ward and photo from the directory. */
export async function enrichPeople(page: PageData, deps: EnrichDeps): Promise<PageData> {
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

/**
 * The page's own attendance wins on who came; the service fills party, ward and photo. When the
 * page has published nobody yet, the service's list stands in, with attendance unknown.
 */
export function withServiceAttendees(state: AttendeesState, serviceAttendees: readonly ServiceAttendee[]): AttendeesState {
  if (serviceAttendees.length === 0 || state.status === 'loading') return state;
  if (state.status === 'ready') return { ...state, attendees: fillPersonDetails(state.attendees, serviceAttendees) };
  const attendees = serviceAttendees.map((person) => ({
    name: person.name,
    role: roleFromText(person.role),
    ...(person.role ? { roleText: person.role } : {}),
    attendance: 'unknown' as const,
    ...(person.party ? { party: person.party } : {}),
    ...(person.ward ? { ward: person.ward } : {}),
    ...(person.photoUrl ? { photoUrl: person.photoUrl } : {}),
    ...(person.profileUrl ? { profileUrl: person.profileUrl } : {}),
  }));
  return { status: 'ready', attendees, sources: ['summaryService'] };
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
  const chosen: DocumentToSummarise[] = [];
  if (agenda) chosen.push({ url: agenda.url, title: agenda.title });
  if (pack) return [...chosen, { url: pack.url, title: pack.title }];
  for (const item of meeting.agendaItems) {
    const report = inReaderLanguage(item.documents, reader).find((document) => document.kind === 'itemReport');
    if (report && chosen.length < 7) chosen.push({ url: report.url, title: report.title, ...(item.number ? { itemNumber: item.number } : {}) });
  }
  return chosen;
}
