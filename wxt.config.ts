import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { VENDOR_MATCHES } from './lib/sites';

// Required host access: the vendors' own domains only. Councils' own domains are
// requested per site at run time (optional_host_permissions), never up front.

export default defineConfig({
  modulesDir: 'wxt-modules',
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    name: 'Council Lens',
    description:
      'Read UK council meetings and decisions in place: who attends, what is decided, and the documents behind it.',
    permissions: ['storage', 'scripting', 'activeTab'],
    host_permissions: [...VENDOR_MATCHES],
    optional_host_permissions: ['*://*/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'council-lens@councillens.org.uk',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
