import { z } from 'zod/mini';
import type { KindReading } from '../platforms/types';
import { agendaItem } from './agenda-item';
import { AgendaItemPage } from './agenda-item/model';
import { attendance } from './attendance';
import { AttendancePage } from './attendance/model';
import { committee } from './committee';
import { Committee } from './committee/model';
import { councillor } from './councillor';
import { Councillor } from './councillor/model';
import { councillorList } from './councillor-list';
import { CouncillorList } from './councillor-list/model';
import { decision } from './decision';
import { Decision } from './decision/model';
import { decisionsList, forwardPlan } from './decisions-list';
import { DecisionsList } from './decisions-list/model';
import { issueHistory } from './issue-history';
import { IssueHistory } from './issue-history/model';
import { meeting } from './meeting';
import { Meeting } from './meeting/model';
import { calendar, meetingsList } from './meetings-list';
import { MeetingsList } from './meetings-list/model';

/**
 * The page kinds Council Lens reads, each in its own folder here: its model (`model.ts`), its
 * detector and extractor on each platform that has it (`index.ts`, with `moderngov.ts` and
 * `cmis.ts`), and its view (`view.tsx`). This file registers each once, in the page model's
 * union and in `KIND_READINGS`, and ./views.ts registers the views: all three tables are typed
 * over every kind, so a kind without its model, reading or view does not build.
 */

/** The page model: one of the kinds' models, told apart by `kind`. Everything read from a page is validated by it. */
export const PageData = z.lazy(() =>
  z.discriminatedUnion('kind', [
    Meeting,
    AttendancePage,
    AgendaItemPage,
    Decision,
    IssueHistory,
    Committee,
    MeetingsList,
    Councillor,
    CouncillorList,
    DecisionsList,
  ]),
);
export type PageData = z.infer<typeof PageData>;

/** The page kinds: the page model's union decides them, so there is no list of kinds to keep in step. */
export type PageKind = PageData['kind'];

/** The page model of one kind (distributive, so a schema shared by two kinds, like the meetings list and the calendar, counts for both). */
export type PageOf<K extends PageKind> = PageData extends infer Page ? (Page extends { kind: infer Kinds } ? (K extends Kinds ? Page : never) : never) : never;

/** How each kind is read: every kind has a ModernGov detector and extractor; CMIS has fewer pages. */
export const KIND_READINGS: { readonly [K in PageKind]: KindReading<K> } = {
  meeting,
  attendance,
  agendaItem,
  decision,
  issueHistory,
  committee,
  meetingsList,
  calendar,
  councillor,
  councillorList,
  decisionsList,
  forwardPlan,
};

export { AgendaItemPage } from './agenda-item/model';
export { AttendancePage } from './attendance/model';
export { Committee, CommitteeMember } from './committee/model';
export { Appointment, Contact, Councillor } from './councillor/model';
export { CouncillorList, ListedCouncillor } from './councillor-list/model';
export { Decision } from './decision/model';
export { DecisionsList, ListedDecision } from './decisions-list/model';
export { IssueEvent, IssueHistory } from './issue-history/model';
export { Meeting } from './meeting/model';
export { MeetingsList } from './meetings-list/model';
