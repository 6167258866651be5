import { storage } from 'wxt/utils/storage';

/**
 * Per-site sidebar state. Kept in local (not sync) storage: which council sites someone
 * reads is nobody else's business, and it need not follow them to other machines.
 */
const collapsedHosts = storage.defineItem<string[]>('local:sidebarCollapsedHosts', { fallback: [], version: 1 });

export async function isSidebarCollapsed(host: string): Promise<boolean> {
  return (await collapsedHosts.getValue()).includes(host);
}

export async function setSidebarCollapsed(host: string, collapsed: boolean): Promise<void> {
  const hosts = new Set(await collapsedHosts.getValue());
  if (collapsed) hosts.add(host);
  else hosts.delete(host);
  await collapsedHosts.setValue([...hosts].sort());
}
