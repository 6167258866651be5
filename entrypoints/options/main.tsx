import { render } from 'preact';
import { EnabledSites } from '../../components/EnabledSites';
import { CacheSettings, type ConnectionState, PrivacySection, ServiceSettings, SummarySettings } from '../../components/SettingsForm';
import { Cache } from '../../lib/cache';
import { messaging } from '../../lib/messaging';
import { getSettings, saveSettings, serviceOriginPattern, type Settings } from '../../lib/settings';
import { councilSiteHosts, nonSiteOrigins, sitePattern } from '../../lib/sites';
import './style.css';

const app = document.getElementById('app')!;
const cache = new Cache();
let connection: ConnectionState = { status: 'idle' };
let saveMessage: string | undefined;
let cleared = false;

async function enabledHosts(settings: Settings): Promise<string[]> {
  const origins = (await browser.permissions.getAll()).origins ?? [];
  return councilSiteHosts(origins, nonSiteOrigins(browser.runtime.getManifest().host_permissions, serviceOriginPattern(settings.serviceUrl)));
}

/** Saving a new service address asks for permission to reach it; the click is the user gesture the browser needs. */
async function save(patch: Pick<Settings, 'serviceUrl' | 'serviceKey'>): Promise<void> {
  const pattern = patch.serviceUrl ? serviceOriginPattern(patch.serviceUrl) : undefined;
  if (patch.serviceUrl && !pattern) {
    saveMessage = 'That is not an http(s) address.';
    return show();
  }
  if (pattern && !(await browser.permissions.contains({ origins: [pattern] }))) {
    const granted = await browser.permissions.request({ origins: [pattern] }).catch(() => false);
    if (!granted) {
      saveMessage = 'Not saved: Council Lens needs permission to contact that address.';
      return show();
    }
  }
  try {
    await saveSettings(patch);
    saveMessage = 'Saved.';
  } catch {
    saveMessage = 'Not saved: check the address.';
  }
  await show();
}

async function show(): Promise<void> {
  const settings = await getSettings();
  const [hosts, stats] = await Promise.all([enabledHosts(settings), cache.stats().catch(() => ({ entries: 0, bytes: 0 }))]);
  render(
    <>
      <h1>Council Lens settings</h1>
      <ServiceSettings
        key={`${settings.serviceUrl}|${settings.serviceKey}`}
        settings={settings}
        connection={connection}
        saveMessage={saveMessage}
        onSave={(patch) => void save(patch)}
        onTest={async (patch) => {
          connection = { status: 'testing' };
          await show();
          const result = await messaging.sendMessage('testService', patch).catch(() => ({ ok: false, message: 'Council Lens could not reach its background page.' }));
          connection = { status: 'done', ok: result.ok, message: result.message };
          await show();
        }}
      />
      <SummarySettings
        autoSummaries={settings.autoSummaries}
        onChange={async (autoSummaries) => {
          await saveSettings({ autoSummaries });
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
    </>,
    app,
  );
}

browser.permissions.onAdded.addListener(() => void show());
browser.permissions.onRemoved.addListener(() => void show());
void show();
