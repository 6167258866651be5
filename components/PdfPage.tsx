import { useState } from 'preact/hooks';
import { useI18n } from './i18n';
import { LocalSummary, type LocalSummaryState } from './LocalSummary';
import { AskView, type AskProps } from './AskView';

export interface PdfPageProps {
  url: string;
  state: LocalSummaryState;
  onSummarise(url: string): void;
  onCancel(): void;
  /** Questions asked of the document, once it is read. */
  ask?: AskProps;
}

/** "Summarise this PDF": from the context menu, or a PDF address pasted in. */
export function PdfPage({ url, state, onSummarise, onCancel, ask }: PdfPageProps) {
  const [address, setAddress] = useState(url);
  const { t } = useI18n();
  return (
    <>
      <h1>{t('pdfPageHeading')}</h1>
      <form
        class="stack card"
        onSubmit={(event) => {
          event.preventDefault();
          onSummarise(address.trim());
        }}
      >
        <label for="pdf-url">{t('pdfAddress')}</label>
        <input
          id="pdf-url"
          type="url"
          inputMode="url"
          required
          placeholder="https://…/documents/s1234/Report.pdf"
          value={address}
          onInput={(event) => setAddress((event.target as HTMLInputElement).value)}
        />
        <p class="muted small">{t('pdfPageHelp')}</p>
        <div class="row">
          <button type="submit" class="primary" disabled={state.status === 'running'}>
            {t('summarise')}
          </button>
        </div>
      </form>
      {state.status !== 'idle' ? (
        <section aria-labelledby="result-heading" class="card result">
          <h2 id="result-heading">{state.status === 'ok' ? t('summaryHeading') : t('progressHeading')}</h2>
          <LocalSummary state={state} startLabel={t('summarise')} idPrefix="cl-pdf" onStart={() => onSummarise(address.trim())} onCancel={onCancel} />
        </section>
      ) : null}
      {state.status === 'ok' && ask ? (
        <div class="card result">
          <AskView {...ask} />
        </div>
      ) : null}
    </>
  );
}
