import { SUMMARISER_TIERS } from './ai/apply';
import { z } from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import type { PageSettings } from '../protocol/page-settings';

/**
 * Settings live in local extension storage, never sync: API keys must not travel, and which
 * council sites someone reads is nobody else's business. Stored values are validated on the
 * way out, so a hand-edited or older value can never reach the rest of the extension.
 */

const httpUrlOrEmpty = z.string().check(z.regex(/^(https?:\/\/[^\s/]+(\/\S*)?)?$/i, 'must be an http(s) address'));

export const Settings = z.lazy(() =>
  z.object({
    /** The summary service's base URL; empty turns the service off. */
    serviceUrl: httpUrlOrEmpty,
    /** A subscriber key, sent as `Authorization: Bearer`. */
    serviceKey: z.string().check(z.maxLength(512)),
    /** Summarise a meeting's agenda and reports pack on this device when the service has no summary. */
    autoSummaries: z.boolean(),
    /** The open sidebar sits beside the page (which narrows to leave it room), when the window is wide enough; otherwise over it. */
    sideBySide: z.boolean(),
    /** Call-in periods that differ from five working days, by council portal host. */
    callInWorkingDays: z.record(z.string(), z.int().check(z.minimum(1), z.maximum(30))),
    /** Who writes document summaries: the deterministic summariser (default), Chrome's built-in AI, or the person's own endpoint. */
    summariserTier: z.enum(SUMMARISER_TIERS),
    /** An OpenAI-compatible endpoint (OpenAI, Ollama, llama.cpp); its key stays on this device. */
    llm: z.object({ endpoint: httpUrlOrEmpty, model: z.string().check(z.maxLength(200)), key: z.string().check(z.maxLength(512)) }),
  }),
);
export type Settings = z.infer<typeof Settings>;

/** Build-time default (WXT_SERVICE_URL), empty unless the build sets one. */
export const DEFAULT_SERVICE_URL: string = (import.meta.env.WXT_SERVICE_URL as string | undefined)?.replace(/\/+$/, '') ?? '';

export const DEFAULT_SETTINGS: Settings = {
  serviceUrl: DEFAULT_SERVICE_URL,
  serviceKey: '',
  autoSummaries: true,
  sideBySide: true,
  callInWorkingDays: {},
  summariserTier: 'extractive',
  llm: { endpoint: '', model: '', key: '' },
};

/**
 * Version 1 held only the service address and key; version 2 added automatic summaries and
 * call-in periods; version 3 the summariser tier. Migrations run when an updated extension
 * first reads an older value, keeping whatever the person had set.
 */
export const SETTINGS_VERSION = 3;
const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: {
    2: (old: Partial<Settings>) => ({ ...DEFAULT_SETTINGS, ...old }),
    3: (old: Partial<Settings>) => ({ ...DEFAULT_SETTINGS, ...old }),
  },
});

export async function getSettings(): Promise<Settings> {
  const parsed = Settings.safeParse({ ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) });
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/** Whether summaries go to the person's own (remote) AI endpoint, which restricted documents must never reach. */
export async function sendsToRemoteEndpoint(): Promise<boolean> {
  return (await getSettings()).summariserTier === 'llm-endpoint';
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = Settings.parse({ ...(await getSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

/**
 * Whether the person agreed that the summary service at `serviceUrl` may be told which council
 * pages they open. Asked once per service address, in the sidebar, before anything is sent.
 * Saving a service address in the settings page (beside its privacy text) counts as agreeing.
 */
export const ServiceConsent = z.lazy(() => z.object({ serviceUrl: z.string(), decision: z.enum(['granted', 'declined']) }));
export type ServiceConsent = z.infer<typeof ServiceConsent>;
const consentItem = storage.defineItem<ServiceConsent | null>('local:serviceConsent', { fallback: null });

export async function serviceConsentFor(serviceUrl: string): Promise<ServiceConsent['decision'] | undefined> {
  const parsed = ServiceConsent.safeParse(await consentItem.getValue());
  return parsed.success && parsed.data.serviceUrl === serviceUrl ? parsed.data.decision : undefined;
}

export async function setServiceConsent(serviceUrl: string, decision: ServiceConsent['decision']): Promise<void> {
  await consentItem.setValue({ serviceUrl, decision });
}

/**
 * What decides a council page's settings (the settings, and the sites where the sidebar is collapsed), kept in memory
 * from the first read until either changes: they are handed to each sidebar as it goes in, so reading them from storage
 * each time held every sidebar up by 2–7 ms (README, "Bench", session 18). A worker that stopped
 * and started again reads them afresh.
 */
let placement: Promise<[Settings, string[]]> | undefined;
let placementWatched = false;

function readPlacement(): Promise<[Settings, string[]]> {
  if (!placementWatched) {
    placementWatched = true;
    watchSidebarPlacement(() => (placement = undefined));
  }
  // A failed read is not kept: the next page reads again.
  placement ??= Promise.all([getSettings(), collapsedSidebarHosts().catch((): string[] => [])]).catch((error: unknown) => {
    placement = undefined;
    throw error;
  });
  return placement;
}

export async function pageSettingsFor(host: string): Promise<PageSettings> {
  const [settings, collapsedOn] = await readPlacement();
  const days = settings.callInWorkingDays[host];
  return {
    autoSummaries: settings.autoSummaries,
    sideBySide: settings.sideBySide,
    ...(days ? { callInWorkingDays: days } : {}),
    sendsToRemoteEndpoint: settings.summariserTier === 'llm-endpoint',
    collapsed: collapsedOn.includes(host),
  };
}

/**
 * Per-site sidebar state: whether the person collapsed it on that council site.
 */
const collapsedHosts = storage.defineItem<string[]>('local:sidebarCollapsedHosts', { fallback: [], version: 1 });

/** The council sites where the person collapsed the sidebar (their `location.host`). */
export async function collapsedSidebarHosts(): Promise<string[]> {
  return collapsedHosts.getValue();
}

/** Calls `changed` whenever what decides where the sidebar sits changes: the settings (side by side), or the sites where it is collapsed. */
export function watchSidebarPlacement(changed: () => void): void {
  settingsItem.watch(changed);
  collapsedHosts.watch(changed);
}

export async function setSidebarCollapsed(host: string, collapsed: boolean): Promise<void> {
  const hosts = new Set(await collapsedHosts.getValue());
  if (collapsed) hosts.add(host);
  else hosts.delete(host);
  await collapsedHosts.setValue([...hosts].sort());
}
