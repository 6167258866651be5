import type { Meeting } from '../lib/page/model';
import { meetingSayDeadlines, type SayDeadline, type SayKind, type SayRule, ukNow } from '../lib/page/have-your-say';
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
  const date = new Date(`${deadline.date}T12:00:00Z`);
  const day = new Intl.DateTimeFormat(locale === 'cy' ? 'cy' : 'en-GB', {
    weekday: locale === 'cy' ? 'long' : 'short',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  })
    .format(date)
    .replace(/,/g, '')
    // Mid-sentence Welsh writes "erbyn dydd Mawrth", not "Dydd".
    .replace(/^Dydd\b/, 'dydd');
  const { hour, minute } = deadline;
  const clock = `${hour % 12 || 12}${minute ? `:${String(minute).padStart(2, '0')}` : ''}`;
  const time = hour === 12 && minute === 0 ? t('say_noon') : t(hour < 12 ? 'say_am' : 'say_pm', { time: clock });
  return t('say_when', { day, time });
}

/** The public's deadlines for this meeting, as the council's own page states them, with the rule quoted and the way there. */
export function HaveYourSay({ meeting, now, fromDocuments }: { meeting: Meeting; now: string; fromDocuments?: readonly DocumentSayRule[] | undefined }) {
  const { t, locale } = useI18n();
  const deadlines = meetingSayDeadlines(meeting, ukNow(new Date(now)), fromDocuments);
  if (deadlines.length === 0) return null;
  return (
    <Section id="have-your-say" title={t('say_heading')}>
      <ul class="say-deadlines">
        {deadlines.map((entry, index) => (
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
            {entry.anchor ? <ExternalLink href={`${meeting.url.replace(/#.*$/, '')}#${entry.anchor}`}>{t('say_howTo')}</ExternalLink> : null}
            {entry.source ? (
              <ExternalLink href={pdfPageLink(entry.source.url, entry.source.page)}>{t('say_inDocument', { page: entry.source.page })}</ExternalLink>
            ) : null}
          </li>
        ))}
      </ul>
    </Section>
  );
}
