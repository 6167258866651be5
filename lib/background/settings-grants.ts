import { storage } from 'wxt/utils/storage';
import { originPattern } from '../shared/sites';

/**
 * Host permissions granted for the person's own settings: the summary service and the AI
 * endpoint. Which origin belongs to which setting is recorded at the moment it is granted,
 * never inferred from the current values, so that changing or clearing an address removes
 * exactly the grant it had, and a leftover grant can never pass for an enabled council site.
 */
export type GrantRole = 'service' | 'endpoint';
export type SettingsGrants = Partial<Record<GrantRole, string>>;

/**
 * Version 1: nothing was recorded (Council Lens 0.1 granted host-only patterns and left them
 * behind when an address changed). Version 2 records them; the migration below cleans up.
 */
export const GRANTS_VERSION = 2;
const grantsItem = storage.defineItem<SettingsGrants>('local:settingsGrants', { fallback: {} });
const grantsVersionItem = storage.defineItem<number>('local:settingsGrantsVersion', { fallback: 1 });

export async function recordedGrants(): Promise<SettingsGrants> {
  const value = await grantsItem.getValue();
  return Object.fromEntries(
    Object.entries(value ?? {}).filter(([role, pattern]) => (role === 'service' || role === 'endpoint') && typeof pattern === 'string'),
  ) as SettingsGrants;
}

export function grantPatterns(grants: SettingsGrants): string[] {
  return [grants.service, grants.endpoint].filter((pattern): pattern is string => pattern !== undefined);
}

/** The slice of `browser.permissions` this module needs, so tests can pass their own. */
export interface PermissionsApi {
  contains(permissions: { origins: string[] }): Promise<boolean>;
  request(permissions: { origins: string[] }): Promise<boolean>;
  remove(permissions: { origins: string[] }): Promise<boolean>;
  getAll(): Promise<{ origins?: string[] }>;
}

/**
 * What to remove and record when a setting's address becomes `pattern` (undefined: cleared).
 * A grant is kept while the other setting or the manifest still needs it.
 */
export function planGrantChange(
  recorded: SettingsGrants,
  role: GrantRole,
  pattern: string | undefined,
  manifestPatterns: readonly string[],
): { remove: string[]; next: SettingsGrants } {
  const { [role]: previous, ...others } = recorded;
  const next: SettingsGrants = { ...others, ...(pattern ? { [role]: pattern } : {}) };
  const stillNeeded = new Set([...grantPatterns(next), ...manifestPatterns]);
  return { remove: previous && previous !== pattern && !stillNeeded.has(previous) ? [previous] : [], next };
}

/**
 * Asks for the permission a setting's new address needs (on the click that saves it), records
 * it, and removes the grant the old address had. Resolves false when the person refuses.
 */
export async function grantForSetting(permissions: PermissionsApi, role: GrantRole, address: string, manifestPatterns: readonly string[]): Promise<boolean> {
  const pattern = address ? originPattern(address) : undefined;
  if (address && !pattern) return false;
  if (pattern && !manifestPatterns.includes(pattern) && !(await permissions.contains({ origins: [pattern] }))) {
    const granted = await permissions.request({ origins: [pattern] }).catch(() => false);
    if (!granted) return false;
  }
  // The manifest's own origin (the build's default service) is not the setting's to remove.
  const owned = pattern && !manifestPatterns.includes(pattern) ? pattern : undefined;
  const plan = planGrantChange(await recordedGrants(), role, owned, manifestPatterns);
  await grantsItem.setValue(plan.next);
  if (plan.remove.length) await permissions.remove({ origins: plan.remove }).catch(() => false);
  return true;
}

/**
 * Grants an older version left behind. Council sites are only ever granted as `*://host/*`;
 * any other explicit origin that is not the manifest's was granted for a service or endpoint
 * address. The ones the current settings still use are recorded as theirs; the rest are removed.
 */
export function planLeftoverCleanup(
  granted: readonly string[],
  manifestPatterns: readonly string[],
  current: { serviceUrl: string; endpoint: string },
): { remove: string[]; record: SettingsGrants } {
  const leftovers = granted.filter((origin) => /^https?:\/\//.test(origin) && !manifestPatterns.includes(origin));
  const matches = (address: string) =>
    address ? leftovers.find((origin) => origin === originPattern(address, true) || origin === originPattern(address, false)) : undefined;
  const service = matches(current.serviceUrl);
  const endpoint = matches(current.endpoint);
  const record: SettingsGrants = { ...(service ? { service } : {}), ...(endpoint ? { endpoint } : {}) };
  const kept = new Set(grantPatterns(record));
  return { remove: leftovers.filter((origin) => !kept.has(origin)), record };
}

/** Runs once per profile, on the first start of a version that records grants. */
export async function migrateSettingsGrants(
  permissions: PermissionsApi,
  manifestPatterns: readonly string[],
  current: { serviceUrl: string; endpoint: string },
): Promise<void> {
  if ((await grantsVersionItem.getValue()) >= GRANTS_VERSION) return;
  const plan = planLeftoverCleanup((await permissions.getAll()).origins ?? [], manifestPatterns, current);
  await grantsItem.setValue({ ...plan.record, ...(await recordedGrants()) });
  if (plan.remove.length) await permissions.remove({ origins: plan.remove }).catch(() => false);
  await grantsVersionItem.setValue(GRANTS_VERSION);
}
