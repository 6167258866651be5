import { useState } from 'preact/hooks';
import type { Settings } from '../lib/background/settings';
import type { Translate } from '../lib/shared/i18n';
import { useI18n } from './i18n';

import type { ConnectionState, TierState } from '../lib/options/store';
import { byCodeUnit } from '../lib/shared/order';
export type { ConnectionState, TierState };

/** What Chrome says of its built-in model, in the reader's words (Chrome's own state names are not shown). */
export function chromeAiStateText(t: Translate, state: string | undefined): string {
  if (!state) return t('chromeAiMissing');
  if (state === 'available') return t('chromeAiReady');
  if (state === 'downloadable' || state === 'downloading' || state === 'unavailable') return t(`chromeAi_${state}`);
  return t('chromeAi_unavailable');
}

export interface ServiceSettingsProps {
  settings: Settings;
  connection: ConnectionState;
  onSave(patch: Pick<Settings, 'serviceUrl' | 'serviceKey'>): void;
  onTest(patch: Pick<Settings, 'serviceUrl' | 'serviceKey'>): void;
  saveMessage?: string;
}

/** The summary service's address and an optional subscriber key. */
export function ServiceSettings({ settings, connection, onSave, onTest, saveMessage }: ServiceSettingsProps) {
  const { t } = useI18n();
  const [serviceUrl, setServiceUrl] = useState(settings.serviceUrl);
  const [serviceKey, setServiceKey] = useState(settings.serviceKey);
  return (
    <section aria-labelledby="service-heading" class="card">
      <h2 id="service-heading">{t('serviceHeading')}</h2>
      <p class="muted">{t('serviceHelp')}</p>
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          onSave({ serviceUrl: serviceUrl.trim().replace(/\/+$/, ''), serviceKey: serviceKey.trim() });
        }}
      >
        <label for="service-url">{t('serviceAddress')}</label>
        <input
          id="service-url"
          type="url"
          inputMode="url"
          placeholder="https://…"
          value={serviceUrl}
          onInput={(event) => setServiceUrl((event.target as HTMLInputElement).value)}
        />
        <label for="service-key">{t('subscriberKey')}</label>
        <input
          id="service-key"
          type="password"
          autocomplete="off"
          value={serviceKey}
          onInput={(event) => setServiceKey((event.target as HTMLInputElement).value)}
        />
        <p class="muted small">{t('keyStaysHere')}</p>
        <div class="row">
          <button type="submit" class="primary">
            {t('save')}
          </button>
          <button
            type="button"
            onClick={() => onTest({ serviceUrl: serviceUrl.trim().replace(/\/+$/, ''), serviceKey: serviceKey.trim() })}
            disabled={connection.status === 'testing'}
          >
            {t('testConnection')}
          </button>
        </div>
        {saveMessage ? <p role="status">{saveMessage}</p> : null}
        {connection.status === 'testing' ? <p role="status">{t('testing')}</p> : null}
        {connection.status === 'done' ? (
          <p role="status" class={connection.ok ? 'good' : 'bad'}>
            {connection.message}
          </p>
        ) : null}
      </form>
    </section>
  );
}

export interface SummarySettingsProps {
  settings: Settings;
  tierState: TierState;
  /** 'available', 'downloadable', 'unavailable'… or undefined when this browser has no built-in AI. */
  chromeAi?: string;
  onAutoChange(autoSummaries: boolean): void;
  onSideBySideChange(sideBySide: boolean): void;
  onSaveTier(patch: Pick<Settings, 'summariserTier' | 'llm'>): void;
  onTestEndpoint(llm: Settings['llm']): void;
  onDownloadModel(): void;
}

/** Summaries made on this device: automatic or not, and who writes them. */
export function SummarySettings({
  settings,
  tierState,
  chromeAi,
  onAutoChange,
  onSideBySideChange,
  onSaveTier,
  onTestEndpoint,
  onDownloadModel,
}: SummarySettingsProps) {
  const { t } = useI18n();
  const [tier, setTier] = useState(settings.summariserTier);
  const [llm, setLlm] = useState(settings.llm);
  return (
    <section aria-labelledby="summaries-heading" class="card">
      <h2 id="summaries-heading">{t('summariesHeading')}</h2>
      <p class="muted">{t('summariesHelp')}</p>
      <label class="check">
        <input type="checkbox" checked={settings.autoSummaries} onChange={(event) => onAutoChange((event.target as HTMLInputElement).checked)} />
        {t('autoSummaries')}
      </label>
      <label class="check">
        <input type="checkbox" checked={settings.sideBySide} onChange={(event) => onSideBySideChange((event.target as HTMLInputElement).checked)} />
        {t('sideBySide')}
      </label>
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          onSaveTier({ summariserTier: tier, llm: { endpoint: llm.endpoint.trim().replace(/\/+$/, ''), model: llm.model.trim(), key: llm.key.trim() } });
        }}
      >
        <fieldset class="stack">
          <legend>{t('whoWrites')}</legend>
          <label class="check">
            <input type="radio" name="tier" value="extractive" checked={tier === 'extractive'} onChange={() => setTier('extractive')} />
            {t('tierExtractive')}
          </label>
          <label class="check">
            <input
              type="radio"
              name="tier"
              value="chrome-ai"
              checked={tier === 'chrome-ai'}
              onChange={() => setTier('chrome-ai')}
              disabled={!chromeAi || chromeAi === 'unavailable'}
            />
            {t('tierChromeAi', { state: chromeAiStateText(t, chromeAi) })}
          </label>
          <label class="check">
            <input type="radio" name="tier" value="llm-endpoint" checked={tier === 'llm-endpoint'} onChange={() => setTier('llm-endpoint')} />
            {t('tierEndpoint')}
          </label>
        </fieldset>
        {tier === 'chrome-ai' && (chromeAi === 'downloadable' || chromeAi === 'downloading') ? (
          <button type="button" onClick={onDownloadModel}>
            {t('downloadModel')}
          </button>
        ) : null}
        {tier === 'llm-endpoint' ? (
          <div class="stack">
            <label for="llm-endpoint">{t('endpointAddress')}</label>
            <input
              id="llm-endpoint"
              type="url"
              placeholder="http://localhost:11434"
              value={llm.endpoint}
              onInput={(event) => setLlm({ ...llm, endpoint: (event.target as HTMLInputElement).value })}
            />
            <label for="llm-model">{t('model')}</label>
            <input
              id="llm-model"
              type="text"
              placeholder="llama3.2"
              value={llm.model}
              onInput={(event) => setLlm({ ...llm, model: (event.target as HTMLInputElement).value })}
            />
            <label for="llm-key">{t('endpointKey')}</label>
            <input
              id="llm-key"
              type="password"
              autocomplete="off"
              value={llm.key}
              onInput={(event) => setLlm({ ...llm, key: (event.target as HTMLInputElement).value })}
            />
            <p class="muted small">{t('endpointHelp')}</p>
            <button type="button" onClick={() => onTestEndpoint(llm)}>
              {t('test')}
            </button>
          </div>
        ) : null}
        <div class="row">
          <button type="submit" class="primary">
            {t('save')}
          </button>
        </div>
        {tierState.status !== 'idle' ? (
          <p role="status" class={tierState.status === 'done' ? (tierState.ok ? 'good' : 'bad') : ''}>
            {tierState.message}
          </p>
        ) : null}
      </form>
    </section>
  );
}

/** Call-in periods that differ from the usual five working days, per council portal. */
export function CallInSettings({
  periods,
  onSet,
  onRemove,
}: {
  periods: Readonly<Record<string, number>>;
  onSet(host: string, days: number): void;
  onRemove(host: string): void;
}) {
  const { t } = useI18n();
  const [host, setHost] = useState('');
  const [days, setDays] = useState('5');
  const entries = Object.entries(periods).sort(([a], [b]) => byCodeUnit(a, b));
  return (
    <section aria-labelledby="callin-heading" class="card">
      <h2 id="callin-heading">{t('callInHeading')}</h2>
      <p class="muted">{t('callInHelp')}</p>
      {entries.length > 0 ? (
        <ul class="site-list" aria-label={t('callInList')}>
          {entries.map(([entryHost, entryDays]) => (
            <li key={entryHost}>
              <span>{t('callInEntry', { host: entryHost, days: entryDays })}</span>
              <button type="button" onClick={() => onRemove(entryHost)} aria-label={t('removeHost', { host: entryHost })}>
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form
        class="row"
        onSubmit={(event) => {
          event.preventDefault();
          const cleanHost = host
            .trim()
            .toLowerCase()
            .replace(/^https?:\/\//, '')
            .replace(/\/.*$/, '');
          const count = Number(days);
          if (cleanHost && Number.isInteger(count) && count >= 1 && count <= 30) {
            onSet(cleanHost, count);
            setHost('');
          }
        }}
      >
        <label class="stack">
          {t('callInHost')}
          <input type="text" placeholder="democracy.example.gov.uk" value={host} onInput={(event) => setHost((event.target as HTMLInputElement).value)} />
        </label>
        <label class="stack">
          {t('callInDays')}
          <input type="number" min={1} max={30} value={days} onInput={(event) => setDays((event.target as HTMLInputElement).value)} />
        </label>
        <button type="submit">{t('add')}</button>
      </form>
    </section>
  );
}

export function CacheSettings({ entries, bytes, onClear, cleared }: { entries: number; bytes: number; onClear(): void; cleared: boolean }) {
  const { t } = useI18n();
  const megabytes = (bytes / 1024 / 1024).toFixed(1);
  return (
    <section aria-labelledby="cache-heading" class="card">
      <h2 id="cache-heading">{t('cacheHeading')}</h2>
      <p>{entries === 1 ? t('cacheHelpOne', { megabytes }) : t('cacheHelp', { entries, megabytes })}</p>
      <div class="row">
        <button type="button" onClick={onClear}>
          {t('clearCache')}
        </button>
      </div>
      {cleared ? <p role="status">{t('cleared')}</p> : null}
    </section>
  );
}

export function PrivacySection({ hours }: { hours: number }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="privacy-heading" class="card">
      <h2 id="privacy-heading">{t('privacyHeading')}</h2>
      <ul class="plain">
        <li>
          <strong>{t('privacyCouncilTitle')}</strong>
          {t('privacyCouncil')}
        </li>
        <li>
          <strong>{t('privacyServiceTitle')}</strong>
          {t('privacyService')}
        </li>
        <li>
          <strong>{t('privacyPdfTitle')}</strong>
          {t('privacyPdf')}
        </li>
        <li>
          <strong>{t('privacyFollowTitle')}</strong> {t('privacyFollow', { hours })}
        </li>
        <li>
          <strong>{t('privacyNowhereTitle')}</strong>
          {t('privacyNowhere')}
        </li>
      </ul>
    </section>
  );
}
