import { useState } from 'preact/hooks';
import { type CouncilLinks } from '../lib/council-search';
import type { PageStatus } from '../lib/messaging';
import type { CouncilEntry } from '../lib/registry';

export type PopupState =
  | { kind: 'loading' }
  | { kind: 'detected'; status: PageStatus }
  | { kind: 'portal'; host: string; platform: 'moderngov' | 'cmis'; enabling?: boolean; error?: string }
  | { kind: 'elsewhere' };

export interface PopupProps {
  state: PopupState;
  onToggleSidebar(open: boolean): void;
  onEnable(host: string): void;
  search(query: string): CouncilEntry[];
  linksFor(entry: CouncilEntry): CouncilLinks;
}

function FindYourCouncil({ search, linksFor }: Pick<PopupProps, 'search' | 'linksFor'>) {
  const [query, setQuery] = useState('');
  const results = search(query);
  return (
    <section aria-labelledby="find-heading" class="stack">
      <h1 id="find-heading">Find your council</h1>
      <p class="muted">Council Lens works on council meeting and decision pages. Find your council’s portal to start.</p>
      <label for="council-query">Council name</label>
      <input
        id="council-query"
        type="search"
        autocomplete="off"
        placeholder="e.g. Milton Keynes, Caerdydd"
        value={query}
        onInput={(event) => setQuery((event.target as HTMLInputElement).value)}
      />
      {query.trim().length >= 2 ? (
        results.length === 0 ? (
          <p role="status">No council matches “{query.trim()}”.</p>
        ) : (
          <ul class="results" aria-label="Councils">
            {results.map((entry) => {
              const links = linksFor(entry);
              return (
                <li key={entry.host}>
                  <span class="council">{entry.name}</span>
                  <span class="links">
                    <a href={links.meetings} target="_blank" rel="noopener noreferrer" aria-label={`Meetings — ${entry.name}`}>
                      Meetings
                    </a>
                    {links.decisions ? (
                      <a href={links.decisions} target="_blank" rel="noopener noreferrer" aria-label={`Decisions — ${entry.name}`}>
                        Decisions
                      </a>
                    ) : null}
                    <a href={links.councillors} target="_blank" rel="noopener noreferrer" aria-label={`Councillors — ${entry.name}`}>
                      Councillors
                    </a>
                  </span>
                </li>
              );
            })}
          </ul>
        )
      ) : null}
    </section>
  );
}

export function Popup({ state, onToggleSidebar, onEnable, search, linksFor }: PopupProps) {
  switch (state.kind) {
    case 'loading':
      return <p role="status">Looking at this page…</p>;
    case 'detected': {
      const { status } = state;
      return (
        <section aria-labelledby="page-heading" class="stack">
          <p class="eyebrow">
            {status.kindLabel}
            {status.councilName ? ` — ${status.councilName}` : ''}
          </p>
          <h1 id="page-heading">{status.title}</h1>
          <p class="muted" role="status">
            {status.readable ? (status.sidebarOpen ? 'The sidebar is open on this page.' : 'The sidebar is hidden on this page.') : 'Council Lens could not read this page.'}
          </p>
          {status.summary ? <p>{status.summary}</p> : null}
          <button type="button" class="primary" onClick={() => onToggleSidebar(!status.sidebarOpen)}>
            {status.sidebarOpen ? 'Close sidebar' : 'Open sidebar'}
          </button>
        </section>
      );
    }
    case 'portal':
      return (
        <section aria-labelledby="enable-heading" class="stack">
          <h1 id="enable-heading">This looks like a {state.platform === 'cmis' ? 'CMIS' : 'ModernGov'} council portal</h1>
          <p class="muted">Council Lens only runs where you allow it. It will read this site’s meeting and decision pages and nothing else.</p>
          <button type="button" class="primary" disabled={state.enabling} onClick={() => onEnable(state.host)}>
            Enable Council Lens on {state.host}
          </button>
          {state.error ? <p role="alert">{state.error}</p> : null}
        </section>
      );
    case 'elsewhere':
      return <FindYourCouncil search={search} linksFor={linksFor} />;
  }
}
