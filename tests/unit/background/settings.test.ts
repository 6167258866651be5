import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, getSettings, pageSettingsFor, saveSettings, setSidebarCollapsed } from '../../../lib/background/settings';
import { originPattern } from '../../../lib/shared/sites';

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

  it('hand a page its settings from memory, and follow every change to them', async () => {
    const host = 'democracy.kingston.gov.uk';
    expect(await pageSettingsFor(host)).toMatchObject({ sideBySide: true, collapsed: false, autoSummaries: true });
    await saveSettings({ sideBySide: false, autoSummaries: false, callInWorkingDays: { [host]: 7 } });
    await setSidebarCollapsed(host, true);
    await expect
      .poll(() => pageSettingsFor(host))
      .toEqual({
        sideBySide: false,
        collapsed: true,
        autoSummaries: false,
        callInWorkingDays: 7,
        sendsToRemoteEndpoint: false,
      });
    expect(await pageSettingsFor('other.moderngov.co.uk')).toMatchObject({ collapsed: false });
  });

  it('name the permission a service address needs', () => {
    expect(originPattern('https://summaries.example/api/')).toBe('https://summaries.example/*');
    expect(originPattern('not a url')).toBeUndefined();
    // Chrome keeps the port, so a service on localhost:8787 is granted that one port and no other.
    expect(originPattern('http://127.0.0.1:8787', true)).toBe('http://127.0.0.1:8787/*');
    expect(originPattern('http://localhost:11434/v1', true)).toBe('http://localhost:11434/*');
    expect(originPattern('https://summaries.example:443/api/', true)).toBe('https://summaries.example/*');
    // Firefox never matches a pattern with a port, so it gets the host-only one.
    expect(originPattern('http://127.0.0.1:8787', false)).toBe('http://127.0.0.1/*');
    expect(originPattern('http://localhost:11434/v1', false)).toBe('http://localhost/*');
    expect(originPattern('file:///etc/passwd')).toBeUndefined();
  });
});
