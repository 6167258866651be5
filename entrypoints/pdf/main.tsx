import { render } from 'preact';
import { GlossaryContext } from '../../components/Glossary';
import { GLOSSARY } from '../../lib/shared/glossary-data';
import { ActionsContext } from '../../components/actions';
import { PdfPage } from '../../components/PdfPage';
import { backgroundChannel, tabChannel } from '../../lib/protocol';
import { I18nContext } from '../../components/i18n';
import { browserI18n } from '../../lib/shared/i18n-browser';
import { meetingOfUrl } from '../../lib/page/platforms/moderngov/meeting-reference';
import { sendsToRemoteEndpoint } from '../../lib/background/settings';
import { pdfPageStore, titleFromUrl } from '../../lib/sidebar/pdf-page';
import '../options/style.css';
import '../../components/sidebar.css';

/** "Summarise this PDF": wiring only. The page's state and actions are lib/sidebar/pdf-page.ts. */
const app = document.getElementById('app')!;
const i18n = browserI18n();
document.documentElement.lang = i18n.locale;
document.title = i18n.t('pdfPageHeading');
const params = new URLSearchParams(location.search);
const initialUrl = params.get('url') ?? '';
const meeting = meetingOfUrl(params.get('meeting') ?? '');
const store = pdfPageStore({
  send: backgroundChannel.send,
  onProgress: (handler) => tabChannel.handle('pdfProgress', handler),
  onAskStream: (handler) => tabChannel.handle('askStream', handler),
  parse: (text, type) => new DOMParser().parseFromString(text, type),
  sendsToRemoteEndpoint,
  ...(meeting ? { meeting } : {}),
});

function show(): void {
  const state = store.getState();
  const { summary } = state;
  render(
    <div class="root">
      <I18nContext.Provider value={i18n}>
        <GlossaryContext.Provider value={GLOSSARY}>
          <ActionsContext.Provider
            value={{
              copy: (text) =>
                navigator.clipboard.writeText(text).then(
                  () => true,
                  () => false,
                ),
              ...(summary.status === 'ok' ? { source: { title: titleFromUrl(summary.url), url: summary.url, retrievedAt: new Date().toISOString() } } : {}),
            }}
          >
            <PdfPage
              url={initialUrl}
              state={summary}
              onSummarise={store.summarise}
              onCancel={store.cancel}
              ask={{ state: state.ask, suggestions: state.askSuggestions, onAsk: store.ask, onStop: store.stopAsk, idPrefix: 'cl-pdf-ask' }}
            />
          </ActionsContext.Provider>
        </GlossaryContext.Provider>
      </I18nContext.Provider>
    </div>,
    app,
  );
}

store.subscribe(show);
show();
if (initialUrl) store.summarise(initialUrl);
