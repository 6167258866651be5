import { browser } from 'wxt/browser';
import { builtInModel } from '../background/ai/chrome-ai';
import { askEndpoint, type EndpointSettings } from '../background/ai/endpoint';
import { Cache } from '../background/cache';
import { getSettings, saveSettings, setServiceConsent, type Settings } from '../background/settings';
import { grantForSetting, grantPatterns, recordedGrants } from '../background/settings-grants';
import { backgroundChannel } from '../protocol';
import { failureText, type Translate } from '../shared/i18n';
import { councilSiteHosts, nonSiteOrigins, originPattern, sitePattern } from '../shared/sites';

/**
 * The settings page's state and actions, without Preact: the entrypoint renders a snapshot and
 * re-renders after every action. Every setting that reaches a new host asks for that host's
 * permission from the click itself (the user gesture browsers need), and records the grant as
 * that setting's, so a changed or cleared address gives its grant back.
 */

export type ConnectionState = { status: 'idle' } | { status: 'testing' } | { status: 'done'; ok: boolean; message: string };
export type TierState = { status: 'idle' } | { status: 'working'; message: string } | { status: 'done'; ok: boolean; message: string };

export interface OptionsSnapshot {
  settings: Settings;
  chromeAi?: string;
  hosts: string[];
  stats: { entries: number; bytes: number };
  connection: ConnectionState;
  saveMessage?: string;
  cleared: boolean;
  tierState: TierState;
}

const manifestPatterns = () => browser.runtime.getManifest().host_permissions ?? [];

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

export function optionsStore(t: Translate, changed: () => void) {
  const cache = new Cache();
  let connection: ConnectionState = { status: 'idle' };
  let saveMessage: string | undefined;
  let cleared = false;
  let tierState: TierState = { status: 'idle' };
  const setTier = (next: TierState) => {
    tierState = next;
    changed();
  };
  return {
    async snapshot(): Promise<OptionsSnapshot> {
      const settings = await getSettings();
      const chromeAi = await builtInModel()
        ?.availability()
        .catch(() => undefined);
      const [hosts, stats] = await Promise.all([enabledHosts(), cache.stats().catch(() => ({ entries: 0, bytes: 0 }))]);
      return { settings, ...(chromeAi ? { chromeAi } : {}), hosts, stats, connection, ...(saveMessage ? { saveMessage } : {}), cleared, tierState };
    },
    /** A new service address: its permission, its grant recorded, the old one's removed; saving it here, beside the privacy text, is consent. */
    async saveService(patch: Pick<Settings, 'serviceUrl' | 'serviceKey'>): Promise<void> {
      if (patch.serviceUrl && !originPattern(patch.serviceUrl)) saveMessage = t('notHttpAddress');
      else if (!(await grantForSetting(browser.permissions, 'service', patch.serviceUrl, manifestPatterns()))) saveMessage = t('notSavedPermission');
      else {
        try {
          await saveSettings(patch);
          if (patch.serviceUrl) await setServiceConsent(patch.serviceUrl, 'granted');
          saveMessage = t('saved');
        } catch {
          saveMessage = t('notSavedAddress');
        }
      }
      changed();
    },
    async testService(patch: Pick<Settings, 'serviceUrl' | 'serviceKey'>): Promise<void> {
      connection = { status: 'testing' };
      changed();
      const result = await backgroundChannel.send('testService', patch);
      connection = {
        status: 'done',
        ok: result.ok,
        message: result.ok ? t(result.keyAccepted ? 'serviceConnectedKey' : 'serviceConnected') : failureText(t, result),
      };
      changed();
    },
    async save(patch: Partial<Settings>): Promise<void> {
      await saveSettings(patch);
      changed();
    },
    /** The endpoint's grant follows its address: asked for when set, removed when changed or cleared. */
    async saveTier(patch: Pick<Settings, 'summariserTier' | 'llm'>): Promise<void> {
      if (!(await grantForSetting(browser.permissions, 'endpoint', patch.summariserTier === 'llm-endpoint' ? patch.llm.endpoint : '', manifestPatterns()))) {
        return setTier({ status: 'done', ok: false, message: t('notSavedPermission') });
      }
      try {
        await saveSettings(patch);
        setTier({ status: 'done', ok: true, message: t('saved') });
      } catch {
        setTier({ status: 'done', ok: false, message: t('notSavedAddress') });
      }
    },
    async testEndpoint(llm: EndpointSettings): Promise<void> {
      if (!llm.endpoint || !(await permitEndpoint(llm.endpoint))) return setTier({ status: 'done', ok: false, message: t('endpointPermission') });
      setTier({ status: 'working', message: t('testing') });
      const answer = await askEndpoint(
        llm,
        'Document type: report; 1 pages.\nKey sentences:\n- [p. 1] The council agreed to repair the library roof for £20,000.',
        {
          timeoutMs: 30_000,
        },
      );
      setTier(
        answer.ok
          ? { status: 'done', ok: true, message: t('endpointConnected', { count: answer.points.points.length }) }
          : { status: 'done', ok: false, message: failureText(t, answer) },
      );
    },
    async downloadModel(): Promise<void> {
      const model = builtInModel();
      if (!model) return;
      setTier({ status: 'working', message: t('modelDownloading') });
      try {
        const session = await model.create({
          monitor: (monitor) =>
            monitor.addEventListener('downloadprogress', (event) =>
              setTier({
                status: 'working',
                message: t('modelProgress', { percent: Math.round(((event as unknown as { loaded: number }).loaded ?? 0) * 100) }),
              }),
            ),
        });
        session.destroy();
        setTier({ status: 'done', ok: true, message: t('modelReady') });
      } catch {
        setTier({ status: 'done', ok: false, message: t('modelFailed') });
      }
    },
    /** Removing the permission is what turns the site off: the background unregisters its script. */
    async removeSite(host: string): Promise<void> {
      await browser.permissions.remove({ origins: [sitePattern(host)] });
      changed();
    },
    async clearCache(): Promise<void> {
      await cache.clear();
      cleared = true;
      changed();
    },
  };
}
