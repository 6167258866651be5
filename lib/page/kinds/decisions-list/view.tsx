import { londonToday } from '../../dates';
import type { KindView } from '../views';
import type { DecisionsList } from './model';
import { PageHeader, Section } from '../../../../components/common';
import { formatDay } from '../../../../components/format';
import { useI18n } from '../../../../components/i18n';
import { byCodeUnit } from '../../../shared/order';

const SHOWN = 5;

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

/** The decisions list and the forward plan share a model, and so a view. */
export const DecisionsListKindView: KindView<'decisionsList' | 'forwardPlan'> = ({ page, now }) => (
  <DecisionsListView list={page} today={londonToday(new Date(now))} />
);
