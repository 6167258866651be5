import { useState } from 'preact/hooks';
import { useI18n } from './i18n';
import { type CouncilLinks } from '../lib/shared/council-search';
import type { PageStatus } from '../lib/protocol/messages';
import type { CouncilEntry } from '../lib/shared/registry';
import { WhatsNew, type WhatsNewProps } from './Follow';
import { YourCouncillors, type YourCouncillorsProps } from './YourCouncillors';

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
  /** What is new for what the person follows. */
  news?: WhatsNewProps;
  /** On a ModernGov council's page: its councillors for a postcode. */
  councillors?: YourCouncillorsProps;
}

function FindYourCouncil({ search, linksFor }: Pick<PopupProps, 'search' | 'linksFor'>) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const results = search(query);
  return (
    <section aria-labelledby="find-heading" class="stack">
      <h1 id="find-heading">{t('findHeading')}</h1>
      <p class="muted">{t('findHelp')}</p>
      <label for="council-query">{t('councilNameLabel')}</label>
      <input
        id="council-query"
        type="search"
        autocomplete="off"
        placeholder={t('councilNamePlaceholder')}
        value={query}
        onInput={(event) => setQuery((event.target as HTMLInputElement).value)}
      />
      {query.trim().length >= 2 ? (
        results.length === 0 ? (
          <p role="status">{t('noCouncilMatches', { query: query.trim() })}</p>
        ) : (
          <ul class="results" aria-label={t('councilsLabel')}>
            {results.map((entry) => {
              const links = linksFor(entry);
              return (
                <li key={entry.host}>
                  <span class="council">{entry.name}</span>
                  <span class="links">
                    <a href={links.meetings} target="_blank" rel="noopener noreferrer" aria-label={t('linkMeetingsFor', { council: entry.name })}>
                      {t('linkMeetings')}
                    </a>
                    {links.decisions ? (
                      <a href={links.decisions} target="_blank" rel="noopener noreferrer" aria-label={t('linkDecisionsFor', { council: entry.name })}>
                        {t('linkDecisions')}
                      </a>
                    ) : null}
                    <a href={links.councillors} target="_blank" rel="noopener noreferrer" aria-label={t('linkCouncillorsFor', { council: entry.name })}>
                      {t('linkCouncillors')}
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

export function Popup(props: PopupProps) {
  return (
    <>
      <PopupPage {...props} />
      {props.councillors ? <YourCouncillors {...props.councillors} /> : null}
      {props.news ? <WhatsNew {...props.news} /> : null}
    </>
  );
}

function PopupPage({ state, onToggleSidebar, onEnable, search, linksFor }: PopupProps) {
  const { t } = useI18n();
  switch (state.kind) {
    case 'loading':
      return <p role="status">{t('lookingAtPage')}</p>;
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
            {status.readable ? (status.sidebarOpen ? t('sidebarIsOpen') : t('sidebarIsHidden')) : t('couldNotReadPage')}
          </p>
          {status.summary ? <p>{status.summary}</p> : null}
          <button type="button" class="primary" onClick={() => onToggleSidebar(!status.sidebarOpen)}>
            {status.sidebarOpen ? t('closeSidebar') : t('openSidebar')}
          </button>
        </section>
      );
    }
    case 'portal':
      return (
        <section aria-labelledby="enable-heading" class="stack">
          <h1 id="enable-heading">{t('portalLooksLike', { platform: state.platform === 'cmis' ? 'CMIS' : 'ModernGov' })}</h1>
          <p class="muted">{t('portalHelp')}</p>
          <button type="button" class="primary" disabled={state.enabling} onClick={() => onEnable(state.host)}>
            {t('enableOn', { host: state.host })}
          </button>
          {state.error ? <p role="alert">{state.error}</p> : null}
        </section>
      );
    case 'elsewhere':
      return <FindYourCouncil search={search} linksFor={linksFor} />;
  }
}
