// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import tseslint from 'typescript-eslint';

/**
 * Lint for the whole tree (`npm run lint`, run by `npm test`): typescript-eslint's strict rules,
 * and no raw HTML anywhere. Council Lens renders untrusted text (pages, PDFs, service and model
 * answers) only through Preact's escaping; there is no HTML renderer at all, so Mozilla's
 * no-unsanitized rules (the ones addons.mozilla.org's linter runs: `innerHTML`, `outerHTML`,
 * `insertAdjacentHTML`, `document.write`…) and a ban on `dangerouslySetInnerHTML` are errors
 * everywhere. Prettier owns formatting (eslint-config-prettier turns off the rules it covers).
 */
const RAW_HTML = 'Untrusted text reaches the page only through Preact’s escaping: no raw HTML (see docs/security.md).';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'test-results/', 'playwright-report/', 'public/', 'assets/', 'scripts/_*'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  noUnsanitized.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.webextensions } },
    rules: {
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: RAW_HTML }],
      // noUncheckedIndexedAccess makes every indexed read optional; an index the loop or a length check has
      // just proven in range is asserted with `!`, which is what this rule would forbid.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Unused values named with a leading underscore are deliberate (a destructured field dropped).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    // Playwright fixtures that need no other fixture are written `async ({}, use) => …`, as its documentation does.
    files: ['tests/e2e/**', 'tests/support/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
  prettier,
);
