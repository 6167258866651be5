import type { Committee, Meeting } from '../lib/page/kinds';
import { committeeSayDeadlines, meetingSayDeadlines, type SayDeadline, type SayKind, type SayRule } from '../lib/page/have-your-say';
import { ukNow } from '../lib/page/dates';
import { formatDay, writeDay } from './format';
import type { MessageKey, Translate } from '../lib/shared/i18n';
import { ExternalLink, Section } from './common';
import { pdfPageLink } from '../lib/display/from-document';

/** A rule a meeting's document states, with the document it came from. */
export type DocumentSayRule = SayRule & { url: string };
import { useI18n } from './i18n';

const KIND_KEY = { question: 'say_question', statement: 'say_statement', petition: 'say_petition', speak: 'say_speak' } as const satisfies Record<
  SayKind,
  MessageKey
>;

/** "Tue 24 March, 5 pm" (Welsh writes the day out: "dydd Mawrth" and "Mawrth" the month would otherwise read alike). */
export function sayWhen(deadline: SayDeadline['deadline'], t: Translate, locale: string): string {
  const [year, month, day] = deadline.date.split('-').map(Number) as [number, number, number];
  const welsh = locale === 'cy';
  // Mid-sentence Welsh writes "erbyn dydd Mawrth", not "Dydd".
  const written = writeDay({ year, month, day }, locale, { weekday: welsh ? 'long' : 'short', month: 'long', year: false }).replace(/^Dydd\b/, 'dydd');
  const { hour, minute } = deadline;
  const clock = `${hour % 12 || 12}${minute ? `:${String(minute).padStart(2, '0')}` : ''}`;
  const time = hour === 12 && minute === 0 ? t('say_noon') : t(hour < 12 ? 'say_am' : 'say_pm', { time: clock });
  return t('say_when', { day: written, time });
}

/** The public's deadlines for this meeting, as the council's own page states them, with the rule quoted and the way there. */
export function HaveYourSay({ meeting, now, fromDocuments }: { meeting: Meeting; now: string; fromDocuments?: readonly DocumentSayRule[] | undefined }) {
  const { t } = useI18n();
  const deadlines = meetingSayDeadlines(meeting, ukNow(new Date(now)), fromDocuments);
  if (deadlines.length === 0) return null;
  return (
    <Section id="have-your-say" title={t('say_heading')}>
      <SayDeadlines entries={deadlines} pageUrl={meeting.url} />
    </Section>
  );
}

/** The deadlines, each with the council's rule behind a disclosure and the way to where it is stated. */
function SayDeadlines({ entries, pageUrl }: { entries: readonly SayDeadline[]; pageUrl: string }) {
  const { t, locale } = useI18n();
  return (
    <ul class="say-deadlines">
      {entries.map((entry, index) => (
        <li key={index} class={entry.passed ? 'say-passed' : undefined}>
          {entry.kinds.map((kind) => (
            <strong key={kind} class="say-line">
              {t(KIND_KEY[kind], { when: sayWhen(entry.deadline, t, locale) })}
            </strong>
          ))}
          {entry.passed ? <span class="badge badge-closed">{t('say_passed')}</span> : null}
          <details class="say-rule">
            <summary>{t('say_rule')}</summary>
            <q>{entry.text}</q>
          </details>
          {entry.anchor ? <ExternalLink href={`${pageUrl.replace(/#.*$/, '')}#${entry.anchor}`}>{t('say_howTo')}</ExternalLink> : null}
          {entry.source ? (
            <ExternalLink href={pdfPageLink(entry.source.url, entry.source.page)}>{t('say_inDocument', { page: entry.source.page })}</ExternalLink>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** A committee page's rules for the public, applied to its next meetings (from the council's web service). */
export function CommitteeHaveYourSay({ committee, meetingDates, now }: { committee: Committee; meetingDates: readonly string[]; now: string }) {
  const { t, locale } = useI18n();
  const meetings = committeeSayDeadlines([committee.purpose, committee.participation].filter(Boolean).join('\n\n'), meetingDates, ukNow(new Date(now)));
  if (meetings.length === 0) return null;
  return (
    <Section id="have-your-say" title={t('say_heading')}>
      {meetings.map((meeting) => (
        <div key={meeting.meetingDate} class="say-meeting">
          <h4 class="decided-title">{t('say_forMeeting', { date: formatDay(meeting.meetingDate, locale) })}</h4>
          <SayDeadlines entries={meeting.deadlines} pageUrl={committee.url} />
        </div>
      ))}
    </Section>
  );
}
