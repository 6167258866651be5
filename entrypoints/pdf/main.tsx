import { render } from 'preact';
import type { LocalSummaryState } from '../../components/LocalSummary';
import { ActionsContext } from '../../components/actions';
import { PdfPage } from '../../components/PdfPage';
import { backgroundChannel, tabChannel } from '../../lib/protocol';
import { pdfJobs } from '../../lib/sidebar/pdf-jobs';
import { failure } from '../../lib/protocol/failure';
import { I18nContext } from '../../components/i18n';
import { browserI18n } from '../../lib/shared/i18n-browser';
import { meetingRecordOf, type PortalReader, restrictedDocumentCheck } from '../../lib/sidebar/attendees';
import { meetingOfDocumentUrl, meetingOfUrl, meetingPageUrl, sameOrigin } from '../../lib/page/platforms/moderngov/meeting-reference';
import { sendsToRemoteEndpoint } from '../../lib/background/settings';
import '../options/style.css';
import '../../components/sidebar.css';

const app = document.getElementById('app')!;
const i18n = browserI18n();
document.documentElement.lang = i18n.locale;
document.title = i18n.t('pdfPageHeading');
const params = new URLSearchParams(location.search);
const initialUrl = params.get('url') ?? '';
/** The meeting page the right-clicked link was on, when Council Lens knows it. */
const meeting = meetingOfUrl(params.get('meeting') ?? '');
let state: LocalSummaryState = { status: 'idle' };
const jobs = pdfJobs({ send: backgroundChannel.send, onProgress: (handler) => tabChannel.handle('pdfProgress', handler) }, 'page');

function show(): void {
  render(
    <div class="root">
      <I18nContext.Provider value={i18n}>
        <ActionsContext.Provider
          value={{
            copy: (text) =>
              navigator.clipboard.writeText(text).then(
                () => true,
                () => false,
              ),
            ...(state.status === 'ok'
              ? {
                  source: {
                    title: decodeURIComponent(state.url.split('/').pop()?.replace(/\?.*$/, '') ?? 'Council document'),
                    url: state.url,
                    retrievedAt: new Date().toISOString(),
                  },
                }
              : {}),
          }}
        >
          <PdfPage url={initialUrl} state={state} onSummarise={summarise} onCancel={cancel} />
        </ActionsContext.Provider>
      </I18nContext.Provider>
    </div>,
    app,
  );
}

function summarise(url: string): void {
  if (!/^https?:\/\//i.test(url)) {
    state = { status: 'failed', failure: failure('not_http_address') };
    return show();
  }
  if (state.status === 'running') jobs.cancel(state.jobId);
  jobs.document(url, isMarkedRestricted(url), (next) => {
    state = next;
    show();
  });
}

// One check per meeting, so each meeting's web-service answer is asked for at most once.
const restrictionChecks = new Map<string, (documentUrl: string) => Promise<boolean>>();
function isMarkedRestricted(url: string): Promise<boolean> {
  // The page the link was right-clicked on names the meeting; a pasted address may name its own.
  const target = (meeting && sameOrigin(meeting.url, url) ? meeting : undefined) ?? meetingOfDocumentUrl(url);
  if (!target) return Promise.resolve(false);
  const key = meetingPageUrl(target);
  let check = restrictionChecks.get(key);
  if (!check) {
    const portal: PortalReader = {
      fetchPortalText: (request) => backgroundChannel.send('fetchPortalText', request),
      parse: (text, type) => new DOMParser().parseFromString(text, type),
    };
    check = restrictedDocumentCheck(target, meetingRecordOf(target, portal), sendsToRemoteEndpoint);
    restrictionChecks.set(key, check);
  }
  return check(url);
}

function cancel(): void {
  if (state.status === 'running') jobs.cancel(state.jobId);
}

show();
if (initialUrl) summarise(initialUrl);
