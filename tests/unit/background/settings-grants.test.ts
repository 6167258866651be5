import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  grantForSetting,
  migrateSettingsGrants,
  type PermissionsApi,
  planGrantChange,
  planLeftoverCleanup,
  recordedGrants,
} from '../../../lib/background/settings-grants';

const MANIFEST = ['*://*.moderngov.co.uk/*', 'http://127.0.0.1:8787/*'];

/** Host permissions as the browser keeps them; `request` is the person saying yes (or no). */
function permissions(granted: string[], answer = true): PermissionsApi & { granted: string[] } {
  const api = {
    granted: [...granted],
    contains: async ({ origins }: { origins: string[] }) => origins.every((origin) => api.granted.includes(origin)),
    request: async ({ origins }: { origins: string[] }) => {
      if (answer) api.granted.push(...origins.filter((origin) => !api.granted.includes(origin)));
      return answer;
    },
    remove: async ({ origins }: { origins: string[] }) => {
      api.granted = api.granted.filter((origin) => !origins.includes(origin));
      return true;
    },
    getAll: async () => ({ origins: [...api.granted] }),
  };
  return api;
}

describe('grants for the service and AI endpoint addresses', () => {
  beforeEach(() => fakeBrowser.reset());

  it('removes the old address’s grant when it changes or is cleared, and keeps one the other setting still needs', () => {
    expect(planGrantChange({ endpoint: 'http://localhost:11434/*' }, 'endpoint', 'http://localhost:8080/*', MANIFEST)).toEqual({
      remove: ['http://localhost:11434/*'],
      next: { endpoint: 'http://localhost:8080/*' },
    });
    expect(planGrantChange({ endpoint: 'http://localhost:11434/*' }, 'endpoint', undefined, MANIFEST)).toEqual({
      remove: ['http://localhost:11434/*'],
      next: {},
    });
    expect(planGrantChange({ endpoint: 'http://localhost:11434/*', service: 'http://localhost:11434/*' }, 'endpoint', undefined, MANIFEST)).toEqual({
      remove: [],
      next: { service: 'http://localhost:11434/*' },
    });
  });

  it('asks on save, records what was granted, and gives it back when the address is cleared', async () => {
    const api = permissions(MANIFEST);
    expect(await grantForSetting(api, 'endpoint', 'http://localhost:11434/v1', MANIFEST)).toBe(true);
    expect(await recordedGrants()).toEqual({ endpoint: 'http://localhost:11434/*' });
    expect(api.granted).toContain('http://localhost:11434/*');
    expect(await grantForSetting(api, 'endpoint', '', MANIFEST)).toBe(true);
    expect(await recordedGrants()).toEqual({});
    expect(api.granted).toEqual(MANIFEST);
    // The build's own service origin is the manifest's: never recorded as a setting's, never removed.
    expect(await grantForSetting(api, 'service', 'http://127.0.0.1:8787', MANIFEST)).toBe(true);
    expect(await recordedGrants()).toEqual({});
    expect(await grantForSetting(permissions(MANIFEST, false), 'service', 'https://summaries.example', MANIFEST)).toBe(false);
  });

  it('cleans up, once, the grants an older version left behind, keeping those the current settings use', async () => {
    const leftover = ['*://moderngov.kingston.gov.uk/*', 'http://localhost/*', 'http://10.0.0.5/*', 'https://summaries.example/*'];
    expect(planLeftoverCleanup([...MANIFEST, ...leftover], MANIFEST, { serviceUrl: 'https://summaries.example/api', endpoint: '' })).toEqual({
      remove: ['http://localhost/*', 'http://10.0.0.5/*'],
      record: { service: 'https://summaries.example/*' },
    });
    const api = permissions([...MANIFEST, ...leftover]);
    await migrateSettingsGrants(api, MANIFEST, { serviceUrl: 'https://summaries.example/api', endpoint: '' });
    expect(api.granted).toEqual([...MANIFEST, '*://moderngov.kingston.gov.uk/*', 'https://summaries.example/*']);
    expect(await recordedGrants()).toEqual({ service: 'https://summaries.example/*' });
    // A grant made after the migration is the person's choice: the migration never runs again.
    api.granted.push('http://localhost/*');
    await migrateSettingsGrants(api, MANIFEST, { serviceUrl: '', endpoint: '' });
    expect(api.granted).toContain('http://localhost/*');
  });
});
