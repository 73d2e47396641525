// ESLint for the whole project (run from the root: `npm run lint`). It lives under tests/ with
// the other checkers' configs, so `npm run lint` names it with --config.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.cache/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  // The same accessibility rules for the markup in .astro components.
  ...astro.configs['jsx-a11y-recommended'],
  {
    files: ['**/*.tsx'],
    ...jsxA11y.configs.recommended,
  },
  {
    // __OFFLINE__ is written in at build (astro.config.mjs `define`): false when OFFLINE=off.
    languageOptions: { globals: { ...globals.browser, ...globals.node, __OFFLINE__: 'readonly' } },
    rules: {
      // Unused names are errors, except the deliberate `_` placeholders in destructuring.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Reading or writing browser storage throws where storage is blocked; where the fallback is
      // simply to carry on, the catch block is empty on purpose.
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
);
