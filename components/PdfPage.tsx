import { useState } from 'preact/hooks';
import { LocalSummary, type LocalSummaryState } from './LocalSummary';

export interface PdfPageProps {
  url: string;
  state: LocalSummaryState;
  onSummarise(url: string): void;
  onCancel(): void;
}

/** "Summarise this PDF": from the context menu, or a PDF address pasted in. */
export function PdfPage({ url, state, onSummarise, onCancel }: PdfPageProps) {
  const [address, setAddress] = useState(url);
  return (
    <>
      <h1>Summarise a council PDF</h1>
      <form
        class="stack card"
        onSubmit={(event) => {
          event.preventDefault();
          onSummarise(address.trim());
        }}
      >
        <label for="pdf-url">PDF address</label>
        <input id="pdf-url" type="url" inputMode="url" required placeholder="https://…/documents/s1234/Report.pdf" value={address} onInput={(event) => setAddress((event.target as HTMLInputElement).value)} />
        <p class="muted small">The document is read on this device. Council Lens can read documents from council sites it is enabled on.</p>
        <div class="row">
          <button type="submit" class="primary" disabled={state.status === 'running'}>
            Summarise
          </button>
        </div>
      </form>
      {state.status !== 'idle' ? (
        <section aria-labelledby="result-heading" class="card result">
          <h2 id="result-heading">{state.status === 'ok' ? 'Summary' : 'Progress'}</h2>
          <LocalSummary state={state} startLabel="Summarise" idPrefix="cl-pdf" onStart={() => onSummarise(address.trim())} onCancel={onCancel} />
        </section>
      ) : null}
    </>
  );
}
