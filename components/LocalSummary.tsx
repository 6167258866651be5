import type { PdfProgress } from '../lib/pdf/messages';
import { failureText, type I18n } from '../lib/shared/i18n';
import type { LocalSummaryState, PdfSummary } from '../lib/sidebar/pdf-jobs';
import { ExternalLink } from './common';
import { pdfPageLink } from '../lib/display/from-document';
import { groupOf } from '../lib/protocol/failure';
import { useI18n } from './i18n';
import { SummaryView } from './SummaryView';

export type { LocalSummaryState };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function progressText({ t }: I18n, progress: PdfProgress | undefined): string {
  if (!progress) return t('starting');
  const prefix = progress.document && progress.documents && progress.documents > 1 ? t('documentOf', { n: progress.document, of: progress.documents }) : '';
  switch (progress.stage) {
    case 'download':
      return progress.total
        ? t('downloadingOf', { prefix, received: megabytes(progress.received ?? 0), total: megabytes(progress.total) })
        : t('downloading', { prefix, received: megabytes(progress.received ?? 0) });
    case 'pages':
      return t('readingPage', { prefix, page: progress.page ?? 0, of: progress.of ?? 0 });
    case 'summarising':
      return t('summarising', { prefix });
  }
}

/** Council Lens's own estimate, kept apart from (and labelled unlike) the service's analysis. */
function ContentiousnessEstimate({ answer }: { answer: PdfSummary }) {
  const { t } = useI18n();
  const { score, signals } = answer.contentiousness;
  return (
    <div class="estimate">
      <h4 class="summary-heading">{t('estimateHeading', { score })}</h4>
      <p class="muted small">{t('estimateHelp')}</p>
      {signals.length === 0 ? (
        <p>{t('noSignals')}</p>
      ) : (
        <ul aria-label={t('signalsLabel')}>
          {signals.map((signal) => (
            <li key={signal.name}>
              <strong>{t(`signal_${signal.name}`)}</strong>: “
              {signal.evidence.text.length > 220 ? `${signal.evidence.text.slice(0, 220)}…` : signal.evidence.text}”{' '}
              {answer.documentType === 'meeting' ? (
                t('pageParen', { page: signal.evidence.page })
              ) : (
                <ExternalLink href={pdfPageLink(answer.url, signal.evidence.page)}>{t('pageN', { page: signal.evidence.page })}</ExternalLink>
              )}
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
  const i18n = useI18n();
  const { t } = i18n;
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
        <p role="status">{progressText(i18n, state.progress)}</p>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    );
  }
  if (state.status === 'failed') {
    return (
      <div class="progress-row">
        <p role="status" class="notice-line">
          {failureText(t, state.failure)}
        </p>
        {groupOf(state.failure.code) !== 'refused' ? (
          <button type="button" class="secondary" onClick={onStart}>
            {t('tryAgain')}
          </button>
        ) : null}
      </div>
    );
  }
  return (
    <div class="local-summary">
      <p class="muted small">
        {state.display.producedBy === 'llm-endpoint'
          ? t('localByEndpoint')
          : state.display.producedBy === 'chrome-ai'
            ? t('localByChromeAi')
            : t('localExtractive')}
        {state.fromCache ? t('savedCopy') : ''}
        {t('citesPages')}
      </p>
      {state.note ? (
        <p role="status" class="notice-line">
          {failureText(t, state.note)} {t('aiFellBackSuffix')}
        </p>
      ) : null}
      <SummaryView summary={state.display} idPrefix={idPrefix} />
      <ContentiousnessEstimate answer={state} />
    </div>
  );
}
