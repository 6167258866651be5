import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Grants an optional host permission in a closed Chromium profile, exactly as Chromium records
 * it when a person accepts the extension's permission prompt. Playwright cannot click that
 * native prompt, so the e2e tests stand in for the person here and for nothing else: the
 * extension then finds the permission on start-up like any other.
 */
export async function grantSiteInProfile(userDataDir: string, extensionId: string, host: string): Promise<void> {
  const path = join(userDataDir, 'Default', 'Preferences');
  const preferences = JSON.parse(await readFile(path, 'utf8')) as {
    extensions: { settings: Record<string, Record<string, { explicit_host?: string[]; scriptable_host?: string[] }>> };
  };
  const settings = preferences.extensions.settings[extensionId];
  if (!settings) throw new Error(`Extension ${extensionId} is not in the profile at ${userDataDir}.`);
  const pattern = `*://${host}/*`;
  for (const key of ['granted_permissions', 'active_permissions']) {
    const permissions = (settings[key] ??= {});
    permissions.explicit_host = [...new Set([...(permissions.explicit_host ?? []), pattern])];
    permissions.scriptable_host = [...new Set([...(permissions.scriptable_host ?? []), pattern])];
  }
  await writeFile(path, JSON.stringify(preferences));
}
