import type { Decision } from '../../lib/model';
import { ExternalLink, Facts, PageHeader, Prose, Section, SimpleDocumentList } from '../common';
import type { CallInClock } from '../../lib/callin';
import { formatDay } from '../format';
import { ServiceDecisionSection, type ServiceState } from '../ServiceViews';

export type CallInState = CallInClock;

/** The call-in badge: open with the working days left, ended, or not subject to call-in. Text first, colour second. */
export function CallInBadge({ state }: { state: CallInState }) {
  switch (state.kind) {
    case 'notSubject':
      return <span class="badge">Not subject to call-in</span>;
    case 'unknown':
      return <span class="badge badge-postponed">Subject to call-in (deadline not stated)</span>;
    case 'open':
      return (
        <span class="badge badge-apologies">
          Call-in open — {state.workingDaysLeft} working {state.workingDaysLeft === 1 ? 'day' : 'days'} left (until {formatDay(state.until)}){state.computed ? ', computed' : ''}
        </span>
      );
    case 'closed':
      return (
        <span class="badge">
          Call-in period ended {formatDay(state.ended)}
          {state.computed ? ' (computed)' : ''}
        </span>
      );
  }
}

const yesNo = (value: boolean | undefined) => (value === undefined ? undefined : value ? 'Yes' : 'No');

export function DecisionView({ decision, callIn, service }: { decision: Decision; callIn: CallInState; service: ServiceState }) {
  return (
    <>
      <PageHeader eyebrow="Decision" title={decision.title}>
        <p class="when">
          {decision.status ? <span>{decision.status}</span> : null}
          <CallInBadge state={callIn} />
        </p>
      </PageHeader>
      <ServiceDecisionSection state={service} view={service.status === 'ready' && service.view.kind === 'decision' ? service.view : undefined} />
      <Section id="facts" title="Facts">
        <Facts
          items={[
            ['Decision maker', decision.decisionMaker],
            ['Key decision', yesNo(decision.isKeyDecision)],
            ['Subject to call-in', yesNo(decision.isSubjectToCallIn)],
            ['Call-in deadline', decision.callInDeadline ? formatDay(decision.callInDeadline) : undefined],
            ['Decided', decision.decidedOn ? formatDay(decision.decidedOn) : undefined],
            ['Published', decision.publishedOn ? formatDay(decision.publishedOn) : undefined],
            ['Decided at', decision.decidedAt ? <ExternalLink href={decision.decidedAt.url}>{decision.decidedAt.title}</ExternalLink> : undefined],
            ['Wards affected', decision.wardsAffected?.join('; ')],
          ]}
        />
      </Section>
      {decision.purpose ? (
        <Section id="purpose" title="Purpose">
          <Prose text={decision.purpose} />
        </Section>
      ) : null}
      {decision.decision ? (
        <Section id="decision" title="Decision">
          <Prose text={decision.decision} />
        </Section>
      ) : null}
      {decision.reasons ? (
        <Section id="reasons" title="Reasons">
          <Prose text={decision.reasons} />
        </Section>
      ) : null}
      {decision.alternatives ? (
        <Section id="alternatives" title="Alternatives considered">
          <Prose text={decision.alternatives} />
        </Section>
      ) : null}
      <Section id="documents" title="Documents">
        <SimpleDocumentList documents={decision.documents} />
      </Section>
      {decision.issueHistoryUrl ? (
        <p class="facts">
          <ExternalLink href={decision.issueHistoryUrl}>Issue history</ExternalLink>
        </p>
      ) : null}
    </>
  );
}
