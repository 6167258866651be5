import { describe, expect, it } from 'vitest';
import { HANDED_SETTINGS, handOverSettings, takeHandedSettings } from '../../../lib/protocol/page-settings';

const settings = { autoSummaries: true, sideBySide: false, sendsToRemoteEndpoint: false, collapsed: false };

describe('settings handed over with the sidebar', () => {
  it('are taken once, for the host they were handed over for', () => {
    handOverSettings(HANDED_SETTINGS, 'milton-keynes.moderngov.co.uk', settings);
    expect(takeHandedSettings('milton-keynes.moderngov.co.uk')).toEqual(settings);
    // Taken: a second sidebar in the same world (the extension reloaded) asks the background again.
    expect(takeHandedSettings('milton-keynes.moderngov.co.uk')).toBeUndefined();
  });

  it('count as none for another host (the tab moved on before the sidebar ran), and are still taken', () => {
    handOverSettings(HANDED_SETTINGS, 'kingston.moderngov.co.uk', settings);
    expect(takeHandedSettings('milton-keynes.moderngov.co.uk')).toBeUndefined();
    expect(Object.getOwnPropertySymbols(globalThis)).not.toContain(Symbol.for(HANDED_SETTINGS));
  });

  it('count as none when ill-formed', () => {
    const world: Record<symbol, unknown> = { [Symbol.for(HANDED_SETTINGS)]: { host: 'a.moderngov.co.uk', settings: { ...settings, autoSummaries: 'yes' } } };
    expect(takeHandedSettings('a.moderngov.co.uk', world)).toBeUndefined();
    expect(takeHandedSettings('a.moderngov.co.uk', {})).toBeUndefined();
  });

  it('are handed over by a function that needs nothing but its arguments (the browser sends it as source)', () => {
    const world: Record<symbol, unknown> = {};
    // Rebuilt from its source alone, as scripting.executeScript does, and run with its own globalThis.
    const rebuilt = new Function('globalThis', `return (${handOverSettings.toString()})`)(world) as typeof handOverSettings;
    rebuilt(HANDED_SETTINGS, 'a.moderngov.co.uk', settings);
    expect(takeHandedSettings('a.moderngov.co.uk', world)).toEqual(settings);
  });
});
