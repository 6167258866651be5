import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, getSettings, saveSettings, serviceOriginPattern } from '../../lib/settings';

describe('settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('start from defaults and keep everything in local storage, never sync', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    await saveSettings({ serviceKey: 'secret-key' });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ serviceKey: 'secret-key' });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('survive an update: an older settings shape (version 1) is migrated, keeping what the person set', async () => {
    await fakeBrowser.storage.local.set({ settings: { serviceUrl: 'https://summaries.example', serviceKey: 'kept' }, settings$: { v: 1 } });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, serviceUrl: 'https://summaries.example', serviceKey: 'kept' });
  });

  it('refuse invalid values, and fall back from a corrupted stored value', async () => {
    await expect(saveSettings({ serviceUrl: 'javascript:alert(1)' })).rejects.toThrow();
    await fakeBrowser.storage.local.set({ settings: { serviceUrl: 42, serviceKey: null }, settings$: { v: 3 } });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('name the permission a service address needs', () => {
    expect(serviceOriginPattern('https://summaries.example/api/')).toBe('https://summaries.example/*');
    expect(serviceOriginPattern('not a url')).toBeUndefined();
  });
});
