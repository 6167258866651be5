import type { AgendaItemPage, DecisionsList, IssueHistory, ListedMeeting, MeetingsList } from '../../lib/page/model';
import { ExternalLink, PageHeader, Prose, Section } from '../common';
import { type DocumentSummaries, SimpleDocumentList } from '../DocumentList';
import { formatDay, formatMeetingTime } from '../format';
import { useI18n } from '../i18n';
import { byCodeUnit } from '../../lib/shared/order';

const SHOWN = 5;

function MeetingLinks({ meetings, label }: { meetings: readonly ListedMeeting[]; label: string }) {
  const { t, locale } = useI18n();
  return (
    <ul class="plain-list" aria-label={label}>
      {meetings.map((meeting) => (
        <li key={meeting.url}>
          <a href={meeting.url}>{meeting.title}</a>
          <span class="document-meta">
            {meeting.startsAt ? <time dateTime={meeting.startsAt}>{formatMeetingTime(meeting.startsAt, locale)}</time> : null}
            {meeting.status ? (
              <span class={`badge badge-${meeting.status}`}>
                {t(meeting.status === 'cancelled' ? 'statusCancelled' : meeting.status === 'postponed' ? 'statusPostponed' : 'statusMoved')}
              </span>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** A meetings list or calendar page: its meetings, split by `MeetingsSections`. */
export function MeetingsListView({ list, now }: { list: MeetingsList; now: string }) {
  const { t } = useI18n();
  return (
    <>
      <PageHeader eyebrow={list.kind === 'calendar' ? t('eyebrowCalendar') : t('eyebrowMeetings')} title={list.title}>
        <p class="facts">{t('meetingsOnPage', { count: list.meetings.length })}</p>
      </PageHeader>
      <MeetingsSections meetings={list.meetings} now={now} />
    </>
  );
}

/**
 * A page's meetings: the next few (soonest first), the latest few (most recent first), relative to
 * `now`, and any undated. A meetings list's, or a committee page's own.
 */
export function MeetingsSections({ meetings, now }: { meetings: readonly ListedMeeting[]; now: string }) {
  const { t } = useI18n();
  const dated = meetings.filter((meeting) => meeting.startsAt);
  const next = dated
    .filter((meeting) => (meeting.startsAt ?? '') >= now)
    .sort((a, b) => byCodeUnit(a.startsAt ?? '', b.startsAt ?? ''))
    .slice(0, SHOWN);
  const latest = dated
    .filter((meeting) => (meeting.startsAt ?? '') < now)
    .sort((a, b) => byCodeUnit(b.startsAt ?? '', a.startsAt ?? ''))
    .slice(0, SHOWN);
  const undated = meetings.filter((meeting) => !meeting.startsAt).slice(0, SHOWN);
  return (
    <>
      <Section id="next" title={t('nextMeetings')}>
        {next.length > 0 ? <MeetingLinks meetings={next} label={t('nextMeetings')} /> : <p class="muted">{t('noneScheduled')}</p>}
      </Section>
      <Section id="latest" title={t('latestMeetings')}>
        {latest.length > 0 ? <MeetingLinks meetings={latest} label={t('latestMeetings')} /> : <p class="muted">{t('noneOnPage')}</p>}
      </Section>
      {undated.length > 0 ? (
        <Section id="other" title={t('otherMeetings')}>
          <MeetingLinks meetings={undated} label={t('otherMeetings')} />
        </Section>
      ) : null}
    </>
  );
}

export function DecisionsListView({ list, today }: { list: DecisionsList; today: string }) {
  const { t, locale } = useI18n();
  const byDate = [...list.decisions].sort((a, b) => byCodeUnit(b.date ?? '', a.date ?? ''));
  const upcoming = list.kind === 'forwardPlan' ? byDate.filter((decision) => (decision.date ?? '') >= today).reverse() : [];
  const latest = list.kind === 'forwardPlan' ? byDate.filter((decision) => (decision.date ?? '') < today) : byDate;
  const render = (decisions: typeof byDate, label: string) => (
    <ul class="plain-list" aria-label={label}>
      {decisions.slice(0, SHOWN * 2).map((decision) => (
        <li key={decision.url}>
          <a href={decision.url}>{decision.title}</a>
          <span class="document-meta">
            {decision.date ? <span>{formatDay(decision.date, locale)}</span> : null}
            {decision.note ? <span>{decision.note}</span> : null}
          </span>
        </li>
      ))}
    </ul>
  );
  return (
    <>
      <PageHeader eyebrow={list.kind === 'forwardPlan' ? t('eyebrowForwardPlan') : t('eyebrowDecisions')} title={list.title}>
        <p class="facts">{t('countOnPage', { count: list.decisions.length })}</p>
      </PageHeader>
      {list.kind === 'forwardPlan' ? (
        <Section id="upcoming" title={t('comingUp')}>
          {upcoming.length > 0 ? render(upcoming, t('comingUp')) : <p class="muted">{t('nothingDue')}</p>}
        </Section>
      ) : null}
      <Section id="latest" title={list.kind === 'forwardPlan' ? t('earlier') : t('latestDecisions')}>
        {latest.length > 0 ? render(latest, list.kind === 'forwardPlan' ? t('earlier') : t('latestDecisions')) : <p class="muted">{t('noneOnPage')}</p>}
      </Section>
    </>
  );
}

export function AgendaItemView({ item, summaries }: { item: AgendaItemPage; summaries?: DocumentSummaries }) {
  const { t } = useI18n();
  return (
    <>
      <PageHeader eyebrow={item.number ? t('agendaItemNumbered', { number: item.number }) : t('agendaItemEyebrow')} title={item.title}>
        {item.meeting ? (
          <p class="facts">
            <a href={item.meeting.url}>{item.meeting.title}</a>
          </p>
        ) : null}
      </PageHeader>
      {item.summary ? (
        <Section id="summary" title={t('aboutItem')}>
          <Prose text={item.summary} />
        </Section>
      ) : null}
      {item.decision ? (
        <Section id="decision" title={t('sectionDecision')}>
          <Prose text={item.decision} />
        </Section>
      ) : null}
      {item.minutes ? (
        <Section id="minutes" title={t('minutesHeading')}>
          <Prose text={item.minutes} />
        </Section>
      ) : null}
      <Section id="documents" title={t('documentsHeading')}>
        <SimpleDocumentList documents={item.documents} summaries={summaries} />
      </Section>
    </>
  );
}

export function IssueHistoryView({ issue, summaries }: { issue: IssueHistory; summaries?: DocumentSummaries }) {
  const { t } = useI18n();
  return (
    <>
      <PageHeader eyebrow={t('issueEyebrow')} title={issue.title} />
      {issue.summary ? (
        <Section id="summary" title={t('aboutIssue')}>
          <Prose text={issue.summary} />
        </Section>
      ) : null}
      <Section id="history" title={t('historyHeading')}>
        {issue.events.length === 0 ? (
          <p class="muted">{t('noHistory')}</p>
        ) : (
          <ol class="plain-list" aria-label={t('historyHeading')}>
            {issue.events.map((event) => (
              <li key={`${event.title}${event.url ?? ''}`}>{event.url ? <ExternalLink href={event.url}>{event.title}</ExternalLink> : event.title}</li>
            ))}
          </ol>
        )}
      </Section>
      {issue.documents.length > 0 ? (
        <Section id="documents" title={t('documentsHeading')}>
          <SimpleDocumentList documents={issue.documents} summaries={summaries} />
        </Section>
      ) : null}
    </>
  );
}
