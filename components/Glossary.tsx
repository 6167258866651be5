import { type ComponentChildren, createContext } from 'preact';
import { useContext, useId, useState } from 'preact/hooks';
import type { Glossary } from '../lib/shared/glossary';
import { markInlines } from '../lib/display/glossary';
import { useI18n } from './i18n';

/**
 * A local-government term the reader can ask about: a button that opens its explanation just
 * after it, in a live region so screen readers read it out, and closes again on a second press
 * or Escape. Nothing moves focus.
 */
/** The glossary, once the entrypoint has it (the sidebar asks the background; extension pages import it): until then no term is marked. */
export const GlossaryContext = createContext<Glossary | undefined>(undefined);

export function GlossaryTerm({ id, children }: { id: string; children: ComponentChildren }) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(false);
  const popoverId = useId();
  const entry = useContext(GlossaryContext)?.entry(id);
  if (!entry) return <>{children}</>;
  const words = locale === 'cy' ? entry.cy : entry.en;
  return (
    <span class="glossary-term">
      <button
        type="button"
        class="glossary-button"
        aria-expanded={open}
        aria-controls={popoverId}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open) {
            event.stopPropagation();
            setOpen(false);
          }
        }}
      >
        {children}
        <span class="visually-hidden"> ({t('glossary_whatIsThis')})</span>
      </button>
      <span id={popoverId} class="glossary-popover" aria-live="polite" hidden={!open}>
        {open ? (
          <>
            <strong>{words.term}</strong>: {words.definition}
          </>
        ) : null}
      </span>
    </span>
  );
}

/** Plain text with its glossary terms marked, each once for the `seen` set the view shares. */
export function GlossaryText({ text, seen }: { text: string; seen: Set<string> }) {
  const glossary = useContext(GlossaryContext);
  if (!glossary) return <>{text}</>;
  return (
    <>
      {markInlines([{ t: 'text', v: text }], glossary, seen).map((inline, index) =>
        inline.t === 'term' ? (
          <GlossaryTerm key={index} id={inline.id}>
            {inline.c.map((part) => (part.t === 'text' ? part.v : ''))}
          </GlossaryTerm>
        ) : inline.t === 'text' ? (
          inline.v
        ) : null,
      )}
    </>
  );
}
