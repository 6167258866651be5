import { render } from 'preact';
import { EnabledSites } from '../../components/EnabledSites';
import {
  CacheSettings,
  CallInSettings,
  type ConnectionState,
  PrivacySection,
  ServiceSettings,
  SummarySettings,
  type TierState,
} from '../../components/SettingsForm';
import { builtInModel } from '../../lib/background/ai/chrome-ai';
import { askEndpoint } from '../../lib/background/ai/endpoint';
import { Cache } from '../../lib/background/cache';
import { backgroundChannel } from '../../lib/protocol';
import { getSettings, saveSettings, setServiceConsent, type Settings } from '../../lib/background/settings';
import { grantForSetting, grantPatterns, recordedGrants } from '../../lib/background/settings-grants';
import { councilSiteHosts, nonSiteOrigins, originPattern, sitePattern } from '../../lib/shared/sites';

const manifestPatterns = () => browser.runtime.getManifest().host_permissions ?? [];
import { I18nContext } from '../../components/i18n';
import { browserI18n } from '../../lib/shared/i18n-browser';
import './style.css';

const app = document.getElementById('app')!;
const i18n = browserI18n();
document.documentElement.lang = i18n.locale;
document.title = i18n.t('settingsHeading');
const cache = new Cache();
let connection: ConnectionState = { status: 'idle' };
let saveMessage: string | undefined;
let cleared = false;
let tierState: TierState = { status: 'idle' };

/** The permission an AI endpoint needs, for testing it before it is saved. */
async function permitEndpoint(endpoint: string): Promise<boolean> {
  const pattern = originPattern(endpoint);
  if (!pattern) return false;
  return (await browser.permissions.contains({ origins: [pattern] })) || browser.permissions.request({ origins: [pattern] }).catch(() => false);
}

async function enabledHosts(): Promise<string[]> {
  const origins = (await browser.permissions.getAll()).origins ?? [];
  return councilSiteHosts(origins, nonSiteOrigins(manifestPatterns(), grantPatterns(await recordedGrants())));
}

/**
 * Saving a new service address asks for permission to reach it (the click is the user gesture
 * the browser needs), records that grant as the service's, and removes the old address's grant.
 * Saving it here, beside the privacy text, is the person's consent to use that service.
 */
async function save(patch: Pick<Settings, 'serviceUrl' | 'serviceKey'>): Promise<void> {
  if (patch.serviceUrl && !originPattern(patch.serviceUrl)) {
    saveMessage = i18n.t('notHttpAddress');
    return show();
  }
  if (!(await grantForSetting(browser.permissions, 'service', patch.serviceUrl, manifestPatterns()))) {
    saveMessage = i18n.t('notSavedPermission');
    return show();
  }
  try {
    await saveSettings(patch);
    if (patch.serviceUrl) await setServiceConsent(patch.serviceUrl, 'granted');
    saveMessage = i18n.t('saved');
  } catch {
    saveMessage = i18n.t('notSavedAddress');
  }
  await show();
}

async function show(): Promise<void> {
  const settings = await getSettings();
  const chromeAi = await builtInModel()
    ?.availability()
    .catch(() => undefined);
  const [hosts, stats] = await Promise.all([enabledHosts(), cache.stats().catch(() => ({ entries: 0, bytes: 0 }))]);
  render(
    <I18nContext.Provider value={i18n}>
      <h1>{i18n.t('settingsHeading')}</h1>
      <ServiceSettings
        key={`${settings.serviceUrl}|${settings.serviceKey}`}
        settings={settings}
        connection={connection}
        saveMessage={saveMessage}
        onSave={(patch) => void save(patch)}
        onTest={async (patch) => {
          connection = { status: 'testing' };
          await show();
          const result = await backgroundChannel.send('testService', patch);
          connection = { status: 'done', ok: result.ok, message: result.code === 'unavailable' ? i18n.t('backgroundUnreachable') : result.message };
          await show();
        }}
      />
      <SummarySettings
        key={`${settings.summariserTier}|${settings.llm.endpoint}|${settings.llm.model}`}
        settings={settings}
        tierState={tierState}
        {...(chromeAi ? { chromeAi } : {})}
        onAutoChange={async (autoSummaries) => {
          await saveSettings({ autoSummaries });
          await show();
        }}
        onSideBySideChange={async (sideBySide) => {
          await saveSettings({ sideBySide });
          await show();
        }}
        onSaveTier={async (patch) => {
          // The endpoint's grant follows its address: asked for when set, removed when changed or cleared.
          if (
            !(await grantForSetting(browser.permissions, 'endpoint', patch.summariserTier === 'llm-endpoint' ? patch.llm.endpoint : '', manifestPatterns()))
          ) {
            tierState = { status: 'done', ok: false, message: i18n.t('notSavedPermission') };
            return show();
          }
          try {
            await saveSettings(patch);
            tierState = { status: 'done', ok: true, message: i18n.t('saved') };
          } catch {
            tierState = { status: 'done', ok: false, message: i18n.t('notSavedAddress') };
          }
          await show();
        }}
        onTestEndpoint={async (llm) => {
          if (!llm.endpoint || !(await permitEndpoint(llm.endpoint))) {
            tierState = { status: 'done', ok: false, message: i18n.t('endpointPermission') };
            return show();
          }
          tierState = { status: 'working', message: i18n.t('testing') };
          await show();
          const answer = await askEndpoint(
            llm,
            'Document type: report; 1 pages.\nKey sentences:\n- [p. 1] The council agreed to repair the library roof for £20,000.',
            { timeoutMs: 30_000 },
          );
          tierState = answer.ok
            ? { status: 'done', ok: true, message: i18n.t('endpointConnected', { count: answer.points.points.length }) }
            : { status: 'done', ok: false, message: answer.message };
          await show();
        }}
        onDownloadModel={async () => {
          const model = builtInModel();
          if (!model) return;
          tierState = { status: 'working', message: i18n.t('modelDownloading') };
          await show();
          try {
            const session = await model.create({
              monitor: (monitor) =>
                monitor.addEventListener('downloadprogress', (event) => {
                  tierState = {
                    status: 'working',
                    message: i18n.t('modelProgress', { percent: Math.round(((event as unknown as { loaded: number }).loaded ?? 0) * 100) }),
                  };
                  void show();
                }),
            });
            session.destroy();
            tierState = { status: 'done', ok: true, message: i18n.t('modelReady') };
          } catch {
            tierState = { status: 'done', ok: false, message: i18n.t('modelFailed') };
          }
          await show();
        }}
      />
      <CallInSettings
        periods={settings.callInWorkingDays}
        onSet={async (host, days) => {
          await saveSettings({ callInWorkingDays: { ...settings.callInWorkingDays, [host]: days } });
          await show();
        }}
        onRemove={async (host) => {
          const { [host]: _removed, ...rest } = settings.callInWorkingDays;
          await saveSettings({ callInWorkingDays: rest });
          await show();
        }}
      />
      <EnabledSites
        hosts={hosts}
        onRemove={async (host) => {
          // Removing the permission is what turns the site off: the background unregisters its script.
          await browser.permissions.remove({ origins: [sitePattern(host)] });
          await show();
        }}
      />
      <CacheSettings
        entries={stats.entries}
        bytes={stats.bytes}
        cleared={cleared}
        onClear={async () => {
          await cache.clear();
          cleared = true;
          await show();
        }}
      />
      <PrivacySection />
    </I18nContext.Provider>,
    app,
  );
}

browser.permissions.onAdded.addListener(() => void show());
browser.permissions.onRemoved.addListener(() => void show());
void show();
