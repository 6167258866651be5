import { createContext } from 'preact';
import { useContext, useState } from 'preact/hooks';
import type { CitationSource } from '../lib/display/citation';
import { useI18n } from './i18n';

/**
 * What the UI can ask its host to do, injected by the entrypoint: components stay free of
 * browser APIs, and tests can supply their own.
 */
export interface UiActions {
  copy(text: string): Promise<boolean>;
  /** Where the page's content comes from, for citations. */
  source?: CitationSource;
  /** The person's answer to "may Council Lens ask the summary service about the pages you open?". */
  serviceConsent?(allow: boolean): void;
  /** Asks the page's documents a question (the service's suggested questions are one click). */
  ask?(question: string): void;
  /** Following attendees: whether each is followed, and the one-click toggle. */
  followPeople?: { followed: readonly string[]; toggle(name: string): void };
}

export const ActionsContext = createContext<UiActions | undefined>(undefined);

export function useActions(): UiActions | undefined {
  return useContext(ActionsContext);
}

/** A button that copies text and says so (or says it could not). */
export function CopyButton({ label, text }: { label: string; text: () => string }) {
  const actions = useActions();
  const { t } = useI18n();
  const [done, setDone] = useState<'copied' | 'failed' | undefined>();
  if (!actions) return null;
  return (
    <span class="copy">
      <button
        type="button"
        class="secondary"
        onClick={async () => {
          setDone((await actions.copy(text())) ? 'copied' : 'failed');
        }}
      >
        {label}
      </button>
      {done ? (
        <span role="status" class="muted small">
          {done === 'copied' ? t('copied') : t('copyFailed')}
        </span>
      ) : null}
    </span>
  );
}
