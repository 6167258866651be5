import type { Analysis } from '../lib/background/service/contract';
import type { ServiceDecisionView, ServiceMeetingView } from '../lib/background/service/view';
import { formatDay } from './format';
import { Section } from './common';
import { SummaryView } from './SummaryView';
import { analysisToMarkdown } from '../lib/display/citation';
import { CopyButton, useActions } from './actions';
import { useI18n } from './i18n';
import { failureText, type MessageKey } from '../lib/shared/i18n';
import { groupOf } from '../lib/protocol/failure';

export type { ServiceState } from '../lib/sidebar/store';
import type { ServiceState } from '../lib/sidebar/store';

/** A line under the summary: whether it is a cached copy, and from when; and, once, whether anything the service sent was left out. */
function Freshness({ state }: { state: Extract<ServiceState, { status: 'ready' }> }) {
  const { t, locale } = useI18n();
  return (
    <>
      {state.offline ? <p class="muted note">{t('offlineCopy', { date: formatDay(new Date(state.fetchedAt).toISOString(), locale) })}</p> : null}
      {state.omitted ? <p class="muted note">{t('serviceOmitted')}</p> : null}
    </>
  );
}

/**
 * Asked once, before Council Lens tells the summary service about any page: who it is, and
 * exactly what would be sent. Until the person answers, nothing is sent.
 */
function ServiceConsentPrompt({ serviceOrigin, sends }: { serviceOrigin: string; sends: string }) {
  const { t } = useI18n();
  const actions = useActions();
  return (
    <div class="consent" role="group" aria-labelledby="council-lens-consent-heading">
      <h3 id="council-lens-consent-heading">{t('consentHeading')}</h3>
      <p>{t('consentIntro', { service: serviceOrigin })}</p>
      <p>
        {t('consentSends')} <code class="sends">{sends}</code>
      </p>
      <p class="muted small">{t('consentPrivacy')}</p>
      {actions?.serviceConsent ? (
        <p class="consent-actions">
          <button type="button" onClick={() => actions.serviceConsent?.(true)}>
            {t('consentAllow')}
          </button>{' '}
          <button type="button" class="secondary" onClick={() => actions.serviceConsent?.(false)}>
            {t('consentDecline')}
          </button>
        </p>
      ) : null}
    </div>
  );
}

/** Why the service has nothing to show, said plainly; silent when the person has no service set up. */
export function ServiceStatus({ state, what }: { state: ServiceState; what: 'meeting' | 'decision' }) {
  const { t } = useI18n();
  if (state.ok) {
    if (state.status === 'loading')
      return (
        <p class="muted" role="status">
          {t('askingService')}
        </p>
      );
    if (state.status === 'needsConsent') return <ServiceConsentPrompt serviceOrigin={state.serviceOrigin} sends={state.sends} />;
    return null;
  }
  switch (state.code) {
    case 'service_off':
    case 'service_declined':
      return null;
    case 'not_covered':
      return (
        <p class="muted" role="status">
          {what === 'meeting' ? t('serviceNoMeeting') : t('serviceNoDecision')}
        </p>
      );
    default:
      return (
        <p class={`notice-line notice-${groupOf(state.code)}`} role="status">
          {failureText(t, state)}
        </p>
      );
  }
}

export function ServiceMeetingSection({ state, view }: { state: ServiceState; view?: ServiceMeetingView }) {
  const { t } = useI18n();
  const actions = useActions();
  if (!state.ok || state.status !== 'ready' || !view) return <ServiceStatus state={state} what="meeting" />;
  return (
    <>
      {view.summary ? (
        <Section id="summary" title={t('summaryHeading')}>
          <SummaryView summary={view.summary} />
          <Freshness state={state} />
        </Section>
      ) : (
        <Section id="summary" title={t('summaryHeading')}>
          <p role="status">{t('limitedSupport', { council: view.council.name })}</p>
          {view.limitedNotice ? (
            <details class="limited-notice">
              <summary>{t('whatServiceSays')}</summary>
              {view.limitedNotice.split(/\n{2,}/).map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
            </details>
          ) : null}
        </Section>
      )}
      {view.topics.length > 0 ? (
        <Section id="topics" title={t('topicsHeading')}>
          <ul class="chips" aria-label={t('topicsHeading')}>
            {view.topics.map((topic) => (
              <li key={topic}>{topic}</li>
            ))}
          </ul>
        </Section>
      ) : null}
      {view.suggestedQuestions.length > 0 ? (
        <Section id="questions" title={t('questionsHeading')}>
          <ul class="plain-list" aria-label={t('questionsHeading')}>
            {view.suggestedQuestions.map((question) => (
              <li key={question}>
                {actions?.ask ? (
                  <button type="button" class="link-button" onClick={() => actions.ask?.(question)}>
                    “{question}”
                  </button>
                ) : (
                  <>“{question}”</>
                )}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  );
}

/** 0–3 unlikely, 4–6 possibly, 7–10 likely contentious: the colour repeats the words, never replaces them. */
export function contentiousnessLabel(score: number): { label: MessageKey; tone: 'low' | 'medium' | 'high' } {
  if (score <= 3) return { label: 'contentiousLow', tone: 'low' };
  if (score <= 6) return { label: 'contentiousMedium', tone: 'medium' };
  return { label: 'contentiousHigh', tone: 'high' };
}

function ContentiousnessMeter({ score }: { score: number }) {
  const { t } = useI18n();
  const { label, tone } = contentiousnessLabel(score);
  return (
    <div class="meter-row">
      <meter class={`meter meter-${tone}`} min={0} max={10} low={3.5} high={6.5} optimum={0} value={score} aria-label={t('meterLabel', { score })} />
      <span class="meter-label">{t('meterText', { score, label: t(label) })}</span>
    </div>
  );
}

function AnalysisBody({ analysis }: { analysis: Analysis }) {
  const { t } = useI18n();
  const source = useActions()?.source;
  return (
    <div class="analysis">
      {source ? (
        <CopyButton label={t('copyMarkdown')} text={() => analysisToMarkdown(analysis, { ...source, retrievedAt: new Date().toISOString() }, t)} />
      ) : null}
      <p class="topline">{analysis.topline}</p>
      <ContentiousnessMeter score={analysis.contentiousness_score} />
      <dl class="facts-list">
        <div class="fact">
          <dt>{t('outcome')}</dt>
          <dd>{analysis.outcome}</dd>
        </div>
      </dl>
      <p>{analysis.summary}</p>
      <h4 class="summary-heading">{t('whyContentious')}</h4>
      <p>{analysis.reason_contentious}</p>
      {analysis.affected_stakeholders.length > 0 ? (
        <>
          <h4 class="summary-heading">{t('whoAffected')}</h4>
          <ul aria-label={t('affectedStakeholders')}>
            {analysis.affected_stakeholders.map((stakeholder) => (
              <li key={stakeholder}>{stakeholder}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h4 class="summary-heading">{t('partyPolitics')}</h4>
      <p>{analysis.political_party_relevance}</p>
    </div>
  );
}

export function ServiceDecisionSection({ state, view }: { state: ServiceState; view?: ServiceDecisionView }) {
  const { t } = useI18n();
  if (!state.ok || state.status !== 'ready' || !view) return <ServiceStatus state={state} what="decision" />;
  return (
    <Section id="analysis" title={t('analysisHeading')}>
      {view.analysis ? (
        <>
          <p class="provenance">
            <span class="badge badge-ai">{t('aiGenerated')}</span> {t('producerService')}
          </p>
          <AnalysisBody analysis={view.analysis} />
        </>
      ) : (
        <p role="status">{t('notAnalysed')}</p>
      )}
      <Freshness state={state} />
    </Section>
  );
}
