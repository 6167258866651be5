import { defineWebExtConfig } from 'wxt';

// `npm run demo` drives Chromium itself; WXT's dev runner must not try to open a browser.
export default defineWebExtConfig({ disabled: true });
