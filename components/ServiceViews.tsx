import type { Analysis } from '../lib/service/contract';
import type { ServiceAnswer, ServiceDecisionView, ServiceMeetingView } from '../lib/service/view';
import { formatDay } from './format';
import { Section } from './common';
import { SummaryView } from './SummaryView';
import { analysisToMarkdown } from '../lib/citation';
import { CopyButton, useActions } from './actions';

export type ServiceState = { status: 'loading' } | ServiceAnswer;

/** A line under the summary: whether it is a cached copy, and from when. */
function Freshness({ state }: { state: Extract<ServiceState, { status: 'ready' }> }) {
  if (!state.offline) return null;
  return <p class="muted note">Offline — showing the copy saved {formatDay(new Date(state.fetchedAt).toISOString())}.</p>;
}

/** Why the service has nothing to show, said plainly; silent when the person has no service set up. */
export function ServiceStatus({ state, what }: { state: ServiceState; what: 'meeting' | 'decision' }) {
  switch (state.status) {
    case 'off':
    case 'ready':
      return null;
    case 'loading':
      return (
        <p class="muted" role="status">
          Asking the summary service…
        </p>
      );
    case 'not_covered':
      return (
        <p class="muted" role="status">
          The summary service has no {what === 'meeting' ? 'summary of this meeting' : 'analysis of this decision'} yet.
        </p>
      );
    default:
      return (
        <p class={`notice-line notice-${state.status}`} role="status">
          {state.message}
        </p>
      );
  }
}

export function ServiceMeetingSection({ state, view }: { state: ServiceState; view?: ServiceMeetingView }) {
  if (state.status !== 'ready' || !view) return <ServiceStatus state={state} what="meeting" />;
  return (
    <>
      {view.summary ? (
        <Section id="summary" title="Summary">
          <SummaryView summary={view.summary} />
          <Freshness state={state} />
        </Section>
      ) : (
        <Section id="summary" title="Summary">
          <p role="status">
            The summary service gives {view.council.name} limited support, so it has no summary of this meeting. The council’s documents are listed below.
          </p>
          {view.limitedNotice ? (
            <details class="limited-notice">
              <summary>What the service says</summary>
              {view.limitedNotice.split(/\n{2,}/).map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
            </details>
          ) : null}
        </Section>
      )}
      {view.topics.length > 0 ? (
        <Section id="topics" title="Topics">
          <ul class="chips" aria-label="Topics">
            {view.topics.map((topic) => (
              <li key={topic}>{topic}</li>
            ))}
          </ul>
        </Section>
      ) : null}
      {view.suggestedQuestions.length > 0 ? (
        <Section id="questions" title="Questions to ask">
          <ul class="plain-list" aria-label="Questions to ask">
            {view.suggestedQuestions.map((question) => (
              <li key={question}>“{question}”</li>
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  );
}

/** 0–3 unlikely, 4–6 possibly, 7–10 likely contentious: the colour repeats the words, never replaces them. */
export function contentiousnessLabel(score: number): { label: string; tone: 'low' | 'medium' | 'high' } {
  if (score <= 3) return { label: 'unlikely to be contentious', tone: 'low' };
  if (score <= 6) return { label: 'possibly contentious', tone: 'medium' };
  return { label: 'likely contentious', tone: 'high' };
}

function ContentiousnessMeter({ score }: { score: number }) {
  const { label, tone } = contentiousnessLabel(score);
  return (
    <div class="meter-row">
      <meter class={`meter meter-${tone}`} min={0} max={10} low={3.5} high={6.5} optimum={0} value={score} aria-label={`Contentiousness ${score} out of 10`} />
      <span class="meter-label">
        {score}/10 — {label}
      </span>
    </div>
  );
}

function AnalysisBody({ analysis }: { analysis: Analysis }) {
  const source = useActions()?.source;
  return (
    <div class="analysis">
      {source ? <CopyButton label="Copy as Markdown" text={() => analysisToMarkdown(analysis, { ...source, retrievedAt: new Date().toISOString() })} /> : null}
      <p class="topline">{analysis.topline}</p>
      <ContentiousnessMeter score={analysis.contentiousness_score} />
      <dl class="facts-list">
        <div class="fact">
          <dt>Outcome</dt>
          <dd>{analysis.outcome}</dd>
        </div>
      </dl>
      <p>{analysis.summary}</p>
      <h4 class="summary-heading">Why it may be contentious</h4>
      <p>{analysis.reason_contentious}</p>
      {analysis.affected_stakeholders.length > 0 ? (
        <>
          <h4 class="summary-heading">Who is affected</h4>
          <ul aria-label="Affected stakeholders">
            {analysis.affected_stakeholders.map((stakeholder) => (
              <li key={stakeholder}>{stakeholder}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h4 class="summary-heading">Party politics</h4>
      <p>{analysis.political_party_relevance}</p>
    </div>
  );
}

export function ServiceDecisionSection({ state, view }: { state: ServiceState; view?: ServiceDecisionView }) {
  if (state.status !== 'ready' || !view) return <ServiceStatus state={state} what="decision" />;
  return (
    <Section id="analysis" title="Analysis">
      {view.analysis ? (
        <>
          <p class="provenance">
            <span class="badge badge-ai">AI generated</span> summary service
          </p>
          <AnalysisBody analysis={view.analysis} />
        </>
      ) : (
        <p role="status">The summary service has not analysed this decision yet.</p>
      )}
      <Freshness state={state} />
    </Section>
  );
}
