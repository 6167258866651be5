import type { ListedMeeting } from '../lib/page/model';
import { Section } from './common';
import { formatMeetingTime } from './format';
import { useI18n } from './i18n';
import { byCodeUnit } from '../lib/shared/order';

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
