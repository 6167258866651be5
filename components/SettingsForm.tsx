import { useState } from 'preact/hooks';
import type { Settings } from '../lib/settings';

export type ConnectionState = { status: 'idle' } | { status: 'testing' } | { status: 'done'; ok: boolean; message: string };

export interface ServiceSettingsProps {
  settings: Settings;
  connection: ConnectionState;
  onSave(patch: Pick<Settings, 'serviceUrl' | 'serviceKey'>): void;
  onTest(patch: Pick<Settings, 'serviceUrl' | 'serviceKey'>): void;
  saveMessage?: string;
}

/** The summary service's address and an optional subscriber key. */
export function ServiceSettings({ settings, connection, onSave, onTest, saveMessage }: ServiceSettingsProps) {
  const [serviceUrl, setServiceUrl] = useState(settings.serviceUrl);
  const [serviceKey, setServiceKey] = useState(settings.serviceKey);
  return (
    <section aria-labelledby="service-heading" class="card">
      <h2 id="service-heading">Summary service</h2>
      <p class="muted">Council Lens asks the summary service for AI summaries of meetings and analyses of decisions. Leave the address empty to use only what council pages say.</p>
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          onSave({ serviceUrl: serviceUrl.trim().replace(/\/+$/, ''), serviceKey: serviceKey.trim() });
        }}
      >
        <label for="service-url">Service address</label>
        <input id="service-url" type="url" inputMode="url" placeholder="https://…" value={serviceUrl} onInput={(event) => setServiceUrl((event.target as HTMLInputElement).value)} />
        <label for="service-key">Subscriber key (optional)</label>
        <input id="service-key" type="password" autocomplete="off" value={serviceKey} onInput={(event) => setServiceKey((event.target as HTMLInputElement).value)} />
        <p class="muted small">The key stays on this device: it is never synced, and is sent only to the service address above.</p>
        <div class="row">
          <button type="submit" class="primary">
            Save
          </button>
          <button type="button" onClick={() => onTest({ serviceUrl: serviceUrl.trim().replace(/\/+$/, ''), serviceKey: serviceKey.trim() })} disabled={connection.status === 'testing'}>
            Test connection
          </button>
        </div>
        {saveMessage ? <p role="status">{saveMessage}</p> : null}
        {connection.status === 'testing' ? <p role="status">Testing…</p> : null}
        {connection.status === 'done' ? (
          <p role="status" class={connection.ok ? 'good' : 'bad'}>
            {connection.message}
          </p>
        ) : null}
      </form>
    </section>
  );
}

export type TierState = { status: 'idle' } | { status: 'working'; message: string } | { status: 'done'; ok: boolean; message: string };

export interface SummarySettingsProps {
  settings: Settings;
  tierState: TierState;
  /** 'available', 'downloadable', 'unavailable'… or undefined when this browser has no built-in AI. */
  chromeAi?: string;
  onAutoChange(autoSummaries: boolean): void;
  onSaveTier(patch: Pick<Settings, 'summariserTier' | 'llm'>): void;
  onTestEndpoint(llm: Settings['llm']): void;
  onDownloadModel(): void;
}

/** Summaries made on this device: automatic or not, and who writes them. */
export function SummarySettings({ settings, tierState, chromeAi, onAutoChange, onSaveTier, onTestEndpoint, onDownloadModel }: SummarySettingsProps) {
  const [tier, setTier] = useState(settings.summariserTier);
  const [llm, setLlm] = useState(settings.llm);
  return (
    <section aria-labelledby="summaries-heading" class="card">
      <h2 id="summaries-heading">Summaries made on this device</h2>
      <p class="muted">
        When the summary service has no summary of a meeting, Council Lens can read the meeting’s agenda and reports pack itself, in your browser, and cite every line to
        its page.
      </p>
      <label class="check">
        <input type="checkbox" checked={settings.autoSummaries} onChange={(event) => onAutoChange((event.target as HTMLInputElement).checked)} />
        Summarise meetings automatically (otherwise, use the “Summarise” buttons)
      </label>
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          onSaveTier({ summariserTier: tier, llm: { endpoint: llm.endpoint.trim().replace(/\/+$/, ''), model: llm.model.trim(), key: llm.key.trim() } });
        }}
      >
        <fieldset class="stack">
          <legend>Who writes the summary</legend>
          <label class="check">
            <input type="radio" name="tier" value="extractive" checked={tier === 'extractive'} onChange={() => setTier('extractive')} />
            Council Lens, from the documents’ own sentences (default; nothing leaves this device)
          </label>
          <label class="check">
            <input type="radio" name="tier" value="chrome-ai" checked={tier === 'chrome-ai'} onChange={() => setTier('chrome-ai')} disabled={!chromeAi || chromeAi === 'unavailable'} />
            Chrome’s built-in AI, on this device {chromeAi ? `(${chromeAi === 'available' ? 'ready' : chromeAi})` : '(not in this browser)'}
          </label>
          <label class="check">
            <input type="radio" name="tier" value="llm-endpoint" checked={tier === 'llm-endpoint'} onChange={() => setTier('llm-endpoint')} />
            My own AI endpoint (OpenAI-compatible: OpenAI, Ollama, llama.cpp)
          </label>
        </fieldset>
        {tier === 'chrome-ai' && (chromeAi === 'downloadable' || chromeAi === 'downloading') ? (
          <button type="button" onClick={onDownloadModel}>
            Download model
          </button>
        ) : null}
        {tier === 'llm-endpoint' ? (
          <div class="stack">
            <label for="llm-endpoint">Endpoint address</label>
            <input id="llm-endpoint" type="url" placeholder="http://localhost:11434" value={llm.endpoint} onInput={(event) => setLlm({ ...llm, endpoint: (event.target as HTMLInputElement).value })} />
            <label for="llm-model">Model</label>
            <input id="llm-model" type="text" placeholder="llama3.2" value={llm.model} onInput={(event) => setLlm({ ...llm, model: (event.target as HTMLInputElement).value })} />
            <label for="llm-key">Key (if the endpoint needs one)</label>
            <input id="llm-key" type="password" autocomplete="off" value={llm.key} onInput={(event) => setLlm({ ...llm, key: (event.target as HTMLInputElement).value })} />
            <p class="muted small">
              The endpoint receives Council Lens’s digest of each document you summarise (its recommendations, key sentences and facts), never a document marked exempt
              or confidential. The key stays on this device. For Ollama, allow the extension with <code>OLLAMA_ORIGINS=chrome-extension://*</code> (or
              <code> moz-extension://*</code> in Firefox) before starting it.
            </p>
            <button type="button" onClick={() => onTestEndpoint(llm)}>
              Test
            </button>
          </div>
        ) : null}
        <div class="row">
          <button type="submit" class="primary">
            Save
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

export function CacheSettings({ entries, bytes, onClear, cleared }: { entries: number; bytes: number; onClear(): void; cleared: boolean }) {
  return (
    <section aria-labelledby="cache-heading" class="card">
      <h2 id="cache-heading">Saved copies</h2>
      <p>
        Council Lens keeps copies of what it fetched, so pages open quickly and still work offline: {entries} {entries === 1 ? 'item' : 'items'}, {(bytes / 1024 / 1024).toFixed(1)} MB.
      </p>
      <div class="row">
        <button type="button" onClick={onClear}>
          Clear cache
        </button>
      </div>
      {cleared ? <p role="status">Cleared.</p> : null}
    </section>
  );
}

export function PrivacySection() {
  return (
    <section aria-labelledby="privacy-heading" class="card">
      <h2 id="privacy-heading">Privacy: what leaves this device</h2>
      <ul class="plain">
        <li>
          <strong>To the council’s own website</strong>, only when you are on one of its meeting, decision, committee or councillor pages: requests for that meeting’s
          attendance page and the portal’s public web service (who attends, councillors’ parties and wards). The council already knows you are on its site.
        </li>
        <li>
          <strong>To the summary service</strong>, only if an address is set above, and only for meeting and decision pages you open: the address of that page, and your
          subscriber key if you gave one. Nothing else about you or your browsing.
        </li>
        <li>
          <strong>Council documents (PDFs)</strong> are downloaded from the council’s own website and read on this device when you ask for a summary, or automatically
          if you turn that on above. Their text never leaves your browser.
        </li>
        <li>
          <strong>Nowhere else.</strong> No analytics, no tracking, no advertising. Copies of what Council Lens fetched stay in this browser until they expire or you
          clear them.
        </li>
      </ul>
    </section>
  );
}
