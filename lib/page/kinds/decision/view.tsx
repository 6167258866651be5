import type { KindViewProps } from '../views';
import { type CallInClock, callInClock, DEFAULT_CALL_IN_WORKING_DAYS } from '../../callin';
import { londonToday } from '../../dates';
import type { Decision } from './model';
import { useI18n } from '../../../../components/i18n';
import { ExternalLink, Facts, PageHeader, Prose, Section } from '../../../../components/common';
import { type DocumentSummaries, SimpleDocumentList } from '../../../../components/DocumentList';
import { formatDay } from '../../../../components/format';
import { ServiceDecisionSection, type ServiceState } from '../../../../components/ServiceViews';
import { readyView } from '../../../background/service/view';

/** The call-in badge: open with the working days left, ended, or not subject to call-in. Text first, colour second. */
function CallInBadge({ state }: { state: CallInClock }) {
  const { t, locale } = useI18n();
  switch (state.kind) {
    case 'notSubject':
      return <span class="badge">{t('callInNotSubject')}</span>;
    case 'unknown':
      return <span class="badge badge-postponed">{t('callInUnknown')}</span>;
    case 'open': {
      const date = formatDay(state.until, locale);
      return (
        <span class="badge badge-apologies">
          {state.workingDaysLeft === 1 ? t('callInOpenOne', { date }) : t('callInOpen', { days: state.workingDaysLeft, date })}
          {state.computed ? t('computedSuffix') : ''}
        </span>
      );
    }
    case 'closed':
      return (
        <span class="badge">
          {t('callInEnded', { date: formatDay(state.ended, locale) })}
          {state.computed ? t('computedParen') : ''}
        </span>
      );
  }
}

export function DecisionView({
  decision,
  callIn,
  service,
  summaries,
}: {
  decision: Decision;
  callIn: CallInClock;
  service: ServiceState;
  summaries?: DocumentSummaries;
}) {
  const { t, locale } = useI18n();
  const yesNo = (value: boolean | undefined) => (value === undefined ? undefined : value ? t('yes') : t('no'));
  const day = (value: string | undefined) => (value ? formatDay(value, locale) : undefined);
  const serviceView = readyView(service);
  // The decision's own words explain each local-government term once, wherever it first appears.
  const seen = new Set<string>();
  return (
    <>
      <PageHeader eyebrow={t('decisionEyebrow')} title={decision.title}>
        <p class="when">
          {decision.status ? <span>{decision.status}</span> : null}
          <CallInBadge state={callIn} />
        </p>
      </PageHeader>
      <ServiceDecisionSection state={service} view={serviceView?.kind === 'decision' ? serviceView : undefined} />
      <Section id="facts" title={t('factsHeading')}>
        <Facts
          items={[
            [t('factDecisionMaker'), decision.decisionMaker],
            [t('factKeyDecision'), yesNo(decision.isKeyDecision)],
            [t('factSubjectToCallIn'), yesNo(decision.isSubjectToCallIn)],
            [t('factCallInDeadline'), day(decision.callInDeadline)],
            [t('factDecided'), day(decision.decidedOn)],
            [t('factPublished'), day(decision.publishedOn)],
            [t('factDecidedAt'), decision.decidedAt ? <ExternalLink href={decision.decidedAt.url}>{decision.decidedAt.title}</ExternalLink> : undefined],
            [t('factWards'), decision.wardsAffected?.join('; ')],
          ]}
        />
      </Section>
      {decision.purpose ? (
        <Section id="purpose" title={t('sectionPurpose')}>
          <Prose text={decision.purpose} seen={seen} />
        </Section>
      ) : null}
      {decision.decision ? (
        <Section id="decision" title={t('sectionDecision')}>
          <Prose text={decision.decision} seen={seen} />
        </Section>
      ) : null}
      {decision.reasons ? (
        <Section id="reasons" title={t('sectionReasons')}>
          <Prose text={decision.reasons} seen={seen} />
        </Section>
      ) : null}
      {decision.alternatives ? (
        <Section id="alternatives" title={t('sectionAlternatives')}>
          <Prose text={decision.alternatives} seen={seen} />
        </Section>
      ) : null}
      <Section id="documents" title={t('documentsHeading')}>
        <SimpleDocumentList documents={decision.documents} summaries={summaries} />
      </Section>
      {decision.issueHistoryUrl ? (
        <p class="facts">
          <ExternalLink href={decision.issueHistoryUrl}>{t('issueHistoryLink')}</ExternalLink>
        </p>
      ) : null}
    </>
  );
}

export function DecisionKindView({ page, callInWorkingDays, now, service, documentSummaries }: KindViewProps<'decision'>) {
  const callIn = callInClock(page, londonToday(new Date(now)), callInWorkingDays ?? DEFAULT_CALL_IN_WORKING_DAYS);
  return <DecisionView decision={page} callIn={callIn} service={service} summaries={documentSummaries} />;
}
