import type { PdfProgress, PdfSummaryAnswer } from '../lib/pdf/messages';
import { ExternalLink } from './common';
import { SummaryView } from './SummaryView';

export type LocalSummaryState = { status: 'idle' } | { status: 'running'; jobId: string; progress?: PdfProgress } | PdfSummaryAnswer;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function progressText(progress: PdfProgress | undefined): string {
  const prefix = progress?.document && progress.documents && progress.documents > 1 ? `Document ${progress.document} of ${progress.documents}: ` : '';
  if (!progress) return 'Starting…';
  switch (progress.stage) {
    case 'download':
      return `${prefix}downloading ${megabytes(progress.received ?? 0)}${progress.total ? ` of ${megabytes(progress.total)}` : ''}…`;
    case 'pages':
      return `${prefix}reading page ${progress.page ?? 0} of ${progress.of ?? 0}…`;
    case 'summarising':
      return `${prefix}summarising…`;
  }
}

/** Council Lens's own estimate, kept apart from (and labelled unlike) the service's analysis. */
function ContentiousnessEstimate({ answer }: { answer: Extract<PdfSummaryAnswer, { status: 'ok' }> }) {
  const { score, signals } = answer.contentiousness;
  return (
    <div class="estimate">
      <h4 class="summary-heading">How contentious? Estimated by Council Lens: {score}/10</h4>
      <p class="muted small">A count of signals in the documents, not a judgement: each is quoted with its page.</p>
      {signals.length === 0 ? (
        <p>No signals of controversy found (call-in, petitions, objections, cuts, large sums, recorded votes…).</p>
      ) : (
        <ul aria-label="Contentiousness signals">
          {signals.map((signal) => (
            <li key={signal.name}>
              <strong>{signal.name}</strong>: “{signal.evidence.text.length > 220 ? `${signal.evidence.text.slice(0, 220)}…` : signal.evidence.text}”{' '}
              {answer.documentType === 'meeting' ? `(page ${signal.evidence.page})` : <ExternalLink href={`${answer.url.replace(/#.*$/, '')}#page=${signal.evidence.page}`}>page {signal.evidence.page}</ExternalLink>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export interface LocalSummaryProps {
  state: LocalSummaryState;
  /** What the button says, e.g. "Summarise this meeting". */
  startLabel: string;
  idPrefix: string;
  onStart(): void;
  onCancel(): void;
}

export function LocalSummary({ state, startLabel, idPrefix, onStart, onCancel }: LocalSummaryProps) {
  if (state.status === 'idle') {
    return (
      <button type="button" class="secondary" onClick={onStart}>
        {startLabel}
      </button>
    );
  }
  if (state.status === 'running') {
    return (
      <div class="progress-row">
        <p role="status">{progressText(state.progress)}</p>
        <button type="button" class="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    );
  }
  if (state.status === 'failed') {
    return (
      <div class="progress-row">
        <p role="status" class="notice-line">
          {state.message}
        </p>
        {state.error !== 'not_allowed' ? (
          <button type="button" class="secondary" onClick={onStart}>
            Try again
          </button>
        ) : null}
      </div>
    );
  }
  return (
    <div class="local-summary">
      <p class="muted small">
        {state.display.producedBy === 'llm-endpoint'
          ? 'Summary written by your own AI endpoint from Council Lens’s digest of the council’s documents.'
          : state.display.producedBy === 'chrome-ai'
            ? 'Summary written on this device by Chrome’s built-in AI from Council Lens’s digest of the council’s documents.'
            : 'Summary made on this device from the council’s documents.'}
        {state.fromCache ? ' (Saved copy.)' : ''} Every line cites the page it comes from.
      </p>
      {state.note ? (
        <p role="status" class="notice-line">
          {state.note}
        </p>
      ) : null}
      <SummaryView summary={state.display} idPrefix={idPrefix} />
      <ContentiousnessEstimate answer={state} />
    </div>
  );
}
