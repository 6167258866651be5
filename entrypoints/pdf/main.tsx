import { render } from 'preact';
import type { LocalSummaryState } from '../../components/LocalSummary';
import { ActionsContext } from '../../components/actions';
import { PdfPage } from '../../components/PdfPage';
import { messaging, tabMessaging } from '../../lib/messaging';
import { PdfProgress, PdfSummaryAnswer } from '../../lib/pdf/messages';
import { I18nContext } from '../../components/i18n';
import { browserI18n } from '../../lib/i18n-browser';
import { restrictedDocumentCheck } from '../../lib/load-attendees';
import { meetingOfDocumentUrl, meetingOfUrl, meetingPageUrl, sameOrigin } from '../../lib/platforms/moderngov/attendance';
import { sendsToRemoteEndpoint } from '../../lib/settings';
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
let jobs = 0;

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
          <PdfPage url={initialUrl} state={state} onSummarise={(url) => void summarise(url)} onCancel={cancel} />
        </ActionsContext.Provider>
      </I18nContext.Provider>
    </div>,
    app,
  );
}

async function summarise(url: string): Promise<void> {
  if (!/^https?:\/\//i.test(url)) {
    state = { status: 'failed', error: 'not_pdf', message: i18n.t('notAWebAddress') };
    return show();
  }
  const jobId = `page-${(jobs += 1)}`;
  state = { status: 'running', jobId };
  show();
  const restricted = await isMarkedRestricted(url).catch(() => false);
  const raw = await messaging.sendMessage('summarisePdf', { url, jobId, ...(restricted ? { restricted } : {}) }).catch(() => undefined);
  const parsed = PdfSummaryAnswer.safeParse(raw);
  if (state.status === 'running' && state.jobId === jobId) {
    state = parsed.success ? parsed.data : { status: 'failed', error: 'unexpected_data', message: 'Council Lens could not read that document.' };
    show();
  }
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
    check = restrictedDocumentCheck(
      target,
      { fetchPortalText: (request) => messaging.sendMessage('fetchPortalText', request), parse: (text, type) => new DOMParser().parseFromString(text, type) },
      sendsToRemoteEndpoint,
    );
    restrictionChecks.set(key, check);
  }
  return check(url);
}

function cancel(): void {
  if (state.status !== 'running') return;
  void messaging.sendMessage('cancelPdf', { jobId: state.jobId }).catch(() => undefined);
  state = { status: 'failed', error: 'cancelled', message: 'Cancelled.' };
  show();
}

tabMessaging.onMessage('pdfProgress', ({ data }) => {
  const progress = PdfProgress.safeParse(data);
  if (progress.success && state.status === 'running' && state.jobId === progress.data.jobId) {
    state = { status: 'running', jobId: state.jobId, progress: progress.data };
    show();
  }
});

show();
if (initialUrl) void summarise(initialUrl);
