import { render } from 'preact';
import { EnabledSites } from '../../components/EnabledSites';
import { I18nContext } from '../../components/i18n';
import { CacheSettings, CallInSettings, PrivacySection, ServiceSettings, SummarySettings } from '../../components/SettingsForm';
import { optionsStore } from '../../lib/options/store';
import { FollowSettingsSection } from '../../components/Follow';
import { backgroundChannel } from '../../lib/protocol';
import { type FollowNewsState, followNews } from '../../lib/options/follows';
import { browserI18n } from '../../lib/shared/i18n-browser';
import './style.css';

/** The settings page: wiring only. Its state and actions are lib/options/store.ts. */
const app = document.getElementById('app')!;
const i18n = browserI18n();
document.documentElement.lang = i18n.locale;
document.title = i18n.t('settingsHeading');
const store = optionsStore(i18n.t, () => void show());
let follows: (FollowNewsState & { refused?: boolean }) | undefined;
const following = followNews(backgroundChannel.send, (next) => {
  follows = next;
  void show();
});

// Renders come from several places (the store, the follows, permission changes): only the latest snapshot is drawn, so an older one finishing late never undoes a click.
let renders = 0;
async function show(): Promise<void> {
  const turn = (renders += 1);
  const { settings, chromeAi, hosts, stats, connection, saveMessage, cleared, tierState } = await store.snapshot();
  if (turn !== renders) return;
  render(
    <I18nContext.Provider value={i18n}>
      <h1>{i18n.t('settingsHeading')}</h1>
      <ServiceSettings
        key={`${settings.serviceUrl}|${settings.serviceKey}`}
        settings={settings}
        connection={connection}
        saveMessage={saveMessage}
        onSave={(patch) => void store.saveService(patch)}
        onTest={(patch) => void store.testService(patch)}
      />
      <SummarySettings
        key={`${settings.summariserTier}|${settings.llm.endpoint}|${settings.llm.model}`}
        settings={settings}
        tierState={tierState}
        {...(chromeAi ? { chromeAi } : {})}
        onAutoChange={(autoSummaries) => void store.save({ autoSummaries })}
        onSideBySideChange={(sideBySide) => void store.save({ sideBySide })}
        onSaveTier={(patch) => void store.saveTier(patch)}
        onTestEndpoint={(llm) => void store.testEndpoint(llm)}
        onDownloadModel={() => void store.downloadModel()}
      />
      <CallInSettings
        periods={settings.callInWorkingDays}
        onSet={(host, days) => void store.save({ callInWorkingDays: { ...settings.callInWorkingDays, [host]: days } })}
        onRemove={(host) => {
          const { [host]: _removed, ...rest } = settings.callInWorkingDays;
          void store.save({ callInWorkingDays: rest });
        }}
      />
      <EnabledSites hosts={hosts} onRemove={(host) => void store.removeSite(host)} />
      <CacheSettings entries={stats.entries} bytes={stats.bytes} cleared={cleared} onClear={() => void store.clearCache()} />
      {follows ? (
        <FollowSettingsSection
          overview={follows.overview}
          {...(follows.refused ? { notificationsRefused: true } : {})}
          onRemove={(id) => following.act({ action: 'remove', id })}
          onWatchWords={(site, words) => following.act({ action: 'addWords', site, words })}
          onImport={(json) => following.act({ action: 'import', json })}
          onSettings={(settings) => following.act({ action: 'settings', settings })}
          onNotifications={async (on) => {
            // Asked for only now, from the click: the permission is optional, never requested up front.
            const granted = on ? await browser.permissions.request({ permissions: ['notifications'] }).catch(() => false) : true;
            if (on && !granted) follows = follows && { ...follows, refused: true };
            following.act({ action: 'settings', settings: { ...follows!.overview.settings, notifications: on && granted } });
          }}
        />
      ) : null}
      <PrivacySection hours={follows?.overview.settings.everyHours ?? 6} />
    </I18nContext.Provider>,
    app,
  );
}

browser.permissions.onAdded.addListener(() => void show());
browser.permissions.onRemoved.addListener(() => void show());
void show();
void following.load();
