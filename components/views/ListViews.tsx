import type { AgendaItemPage, DecisionsList, IssueHistory, ListedMeeting, MeetingsList } from '../../lib/model';
import { ExternalLink, PageHeader, Prose, Section, SimpleDocumentList } from '../common';
import { formatDay, formatMeetingTime } from '../format';

const SHOWN = 5;

function MeetingLinks({ meetings, label }: { meetings: ListedMeeting[]; label: string }) {
  return (
    <ul class="plain-list" aria-label={label}>
      {meetings.map((meeting) => (
        <li key={meeting.url}>
          <a href={meeting.url}>{meeting.title}</a>
          <span class="document-meta">
            {meeting.startsAt ? <time dateTime={meeting.startsAt}>{formatMeetingTime(meeting.startsAt)}</time> : null}
            {meeting.status ? <span class={`badge badge-${meeting.status}`}>{meeting.status === 'cancelled' ? 'Cancelled' : meeting.status === 'postponed' ? 'Postponed' : 'Moved'}</span> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The next meetings (soonest first) and the latest ones (most recent first), relative to `now`. */
export function MeetingsListView({ list, now }: { list: MeetingsList; now: string }) {
  const dated = list.meetings.filter((meeting) => meeting.startsAt);
  const next = dated.filter((meeting) => (meeting.startsAt ?? '') >= now).sort((a, b) => (a.startsAt ?? '').localeCompare(b.startsAt ?? '')).slice(0, SHOWN);
  const latest = dated.filter((meeting) => (meeting.startsAt ?? '') < now).sort((a, b) => (b.startsAt ?? '').localeCompare(a.startsAt ?? '')).slice(0, SHOWN);
  const undated = list.meetings.filter((meeting) => !meeting.startsAt).slice(0, SHOWN);
  return (
    <>
      <PageHeader eyebrow={list.kind === 'calendar' ? 'Calendar' : 'Meetings'} title={list.title}>
        <p class="facts">{list.meetings.length} meetings on this page</p>
      </PageHeader>
      <Section id="next" title="Next meetings">
        {next.length > 0 ? <MeetingLinks meetings={next} label="Next meetings" /> : <p class="muted">None scheduled on this page.</p>}
      </Section>
      <Section id="latest" title="Latest meetings">
        {latest.length > 0 ? <MeetingLinks meetings={latest} label="Latest meetings" /> : <p class="muted">None on this page.</p>}
      </Section>
      {undated.length > 0 ? (
        <Section id="other" title="Other meetings">
          <MeetingLinks meetings={undated} label="Other meetings" />
        </Section>
      ) : null}
    </>
  );
}

export function DecisionsListView({ list, today }: { list: DecisionsList; today: string }) {
  const byDate = [...list.decisions].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  const upcoming = list.kind === 'forwardPlan' ? byDate.filter((decision) => (decision.date ?? '') >= today).reverse() : [];
  const latest = list.kind === 'forwardPlan' ? byDate.filter((decision) => (decision.date ?? '') < today) : byDate;
  const render = (decisions: typeof byDate, label: string) => (
    <ul class="plain-list" aria-label={label}>
      {decisions.slice(0, SHOWN * 2).map((decision) => (
        <li key={decision.url}>
          <a href={decision.url}>{decision.title}</a>
          <span class="document-meta">
            {decision.date ? <span>{formatDay(decision.date)}</span> : null}
            {decision.note ? <span>{decision.note}</span> : null}
          </span>
        </li>
      ))}
    </ul>
  );
  return (
    <>
      <PageHeader eyebrow={list.kind === 'forwardPlan' ? 'Forward plan' : 'Decisions'} title={list.title}>
        <p class="facts">{list.decisions.length} on this page</p>
      </PageHeader>
      {list.kind === 'forwardPlan' ? (
        <Section id="upcoming" title="Coming up">
          {upcoming.length > 0 ? render(upcoming, 'Coming up') : <p class="muted">Nothing due after today on this page.</p>}
        </Section>
      ) : null}
      <Section id="latest" title={list.kind === 'forwardPlan' ? 'Earlier' : 'Latest decisions'}>
        {latest.length > 0 ? render(latest, list.kind === 'forwardPlan' ? 'Earlier' : 'Latest decisions') : <p class="muted">None on this page.</p>}
      </Section>
    </>
  );
}

export function AgendaItemView({ item }: { item: AgendaItemPage }) {
  return (
    <>
      <PageHeader eyebrow={item.number ? `Agenda item ${item.number}` : 'Agenda item'} title={item.title}>
        {item.meeting ? (
          <p class="facts">
            <a href={item.meeting.url}>{item.meeting.title}</a>
          </p>
        ) : null}
      </PageHeader>
      {item.summary ? (
        <Section id="summary" title="About this item">
          <Prose text={item.summary} />
        </Section>
      ) : null}
      {item.decision ? (
        <Section id="decision" title="Decision">
          <Prose text={item.decision} />
        </Section>
      ) : null}
      {item.minutes ? (
        <Section id="minutes" title="Minutes">
          <Prose text={item.minutes} />
        </Section>
      ) : null}
      <Section id="documents" title="Documents">
        <SimpleDocumentList documents={item.documents} />
      </Section>
    </>
  );
}

export function IssueHistoryView({ issue }: { issue: IssueHistory }) {
  return (
    <>
      <PageHeader eyebrow="Issue" title={issue.title} />
      {issue.summary ? (
        <Section id="summary" title="About this issue">
          <Prose text={issue.summary} />
        </Section>
      ) : null}
      <Section id="history" title="History">
        {issue.events.length === 0 ? (
          <p class="muted">No history listed.</p>
        ) : (
          <ol class="plain-list" aria-label="History">
            {issue.events.map((event) => (
              <li key={`${event.title}${event.url ?? ''}`}>{event.url ? <ExternalLink href={event.url}>{event.title}</ExternalLink> : event.title}</li>
            ))}
          </ol>
        )}
      </Section>
      {issue.documents.length > 0 ? (
        <Section id="documents" title="Documents">
          <SimpleDocumentList documents={issue.documents} />
        </Section>
      ) : null}
    </>
  );
}
