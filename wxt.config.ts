import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { originPattern, VENDOR_MATCHES } from './lib/shared/sites';
import { ROOM_STYLESHEET, roomStylesheet } from './lib/sidebar/side-by-side';

// Required host access: the vendors' own domains and the summary service's origin (when the
// build sets WXT_SERVICE_URL). Councils' own domains, and a service URL the person sets
// themselves, are requested at run time (optional_host_permissions), never up front.
// Chrome's pattern keeps the service's port; Firefox never matches a pattern with one (lib/sites.ts).
function serviceHostPermission(browser: string): string[] {
  const pattern = process.env.WXT_SERVICE_URL ? originPattern(process.env.WXT_SERVICE_URL, browser !== 'firefox') : undefined;
  return pattern ? [pattern] : [];
}

export default defineConfig({
  modulesDir: 'wxt-modules',
  // One promise-based `browser` in every context, Chrome and Firefox alike: wxt/browser becomes Mozilla's webextension-polyfill.
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
    // Non-ASCII written as escapes (\u2019, \u00a3…), so every script's source is one byte a character. V8 keeps a
    // script's source for the page's life, and a source with one curly quote is held as two bytes a character: the
    // sidebar's 0.3 MB became 0.6 MB of each council page's heap, which Chromium then collects as the page goes into
    // the back/forward cache, while the next page loads (`npm run bench`, "Sidebar latency").
    esbuild: { charset: 'ascii' },
    // JSON (the UI's two catalogues, the registry, the glossary) as `JSON.parse` of a string, which V8 scans and reads
    // faster than the same data written as object literals: in the sidebar's script, run afresh in every council page it
    // goes into, the catalogues were a third of its source (README, "Bench", session 18).
    json: { stringify: true, namedExports: false },
    resolve: {
      alias: {
        // Its browser build decodes entities with `document`, which a service worker lacks.
        'decode-named-character-reference': resolve('node_modules/decode-named-character-reference/index.js'),
      },
    },
  }),
  hooks: {
    // pdf.js's worker ships as a file of its own, loaded by the offscreen document (never a content script).
    'build:publicAssets': (_wxt, assets) => {
      assets.push({ absoluteSrc: resolve('node_modules/pdfjs-dist/build/pdf.worker.min.mjs'), relativeDest: 'pdf.worker.min.mjs' });
      // The sidebar's room from a page's first layout, registered by the background (lib/background/page-room.ts).
      assets.push({ contents: roomStylesheet(), relativeDest: ROOM_STYLESHEET });
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // offscreen: Chrome's service worker cannot run pdf.js; Firefox reads PDFs in its background page.
    permissions: ['storage', 'scripting', 'activeTab', 'contextMenus', 'alarms', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // Notifications of what is new for a follow are asked for only when the person turns them on.
    optional_permissions: ['notifications'],
    host_permissions: [...VENDOR_MATCHES, ...serviceHostPermission(browser)],
    commands: {
      'toggle-sidebar': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_commandToggle__' },
    },
    optional_host_permissions: ['*://*/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'council-lens@councillens.org.uk',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
