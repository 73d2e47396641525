// ESLint for the whole project (run from the root: `npm run lint`). It lives under tests/ with
// the other checkers' configs, so `npm run lint` names it with --config.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The layout's rules (README › Layout), one per folder. ESLint keeps only the last
// no-restricted-imports setting that matches a file, so each folder's entry lists every rule that
// applies to it.
const layout = (rule, text) => ({ message: `${rule} (README › Layout). ${text}` });
const NO_SCRIPTS = {
  group: ['**/scripts/**'],
  ...layout('Nothing under src/ imports scripts/', 'Move what both need into src/lib/ (pure) or src/integration/ (build-time, Node).'),
};
const NO_NODE = {
  group: ['node:*', ...builtinModules.filter((name) => !name.startsWith('_'))],
  ...layout(
    'Code that runs in the browser (src/lib/, src/schemas/, src/client/, src/islands/, src/stores/, src/service-worker/) does not import Node',
    'Build-time code that needs Node lives in src/integration/.',
  ),
};
const NO_INTEGRATION = {
  group: ['**/integration/**'],
  ...layout(
    'Only the build imports src/integration/',
    "Pages, components and loaders read this build's edition from 'virtual:handbook/edition'; browser code gets what it needs as data.",
  ),
};
const NO_FEATURES = {
  group: ['**/islands/**', '**/stores/**', '**/pages/**', 'virtual:handbook/*'],
  ...layout(
    'src/lib/ never imports islands, stores, pages or the edition module',
    'Pass what a function needs as an argument, so it stays a plain function that unit tests can call.',
  ),
};
const NO_ROUTES = {
  group: ['**/src/pages/**'],
  ...layout('scripts/ does not import routes', 'Move the shared type or function into src/lib/.'),
};
const NODE_GLOBALS = ['process', 'Buffer', '__dirname', '__filename', 'require'].map((name) => ({
  name,
  message: `Code that runs in the browser does not use Node's ${name} (README › Layout). Build-time code that needs it lives in src/integration/.`,
}));
const BROWSER_FOLDERS = ['src/schemas/**', 'src/client/**', 'src/islands/**', 'src/stores/**', 'src/service-worker/**'];

export default tseslint.config(
  { ignores: ['dist/', '.*-building/', '.*-building-old/', '.cache/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/'] },
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
  {
    files: ['src/**/*.{ts,tsx,astro,js,mjs}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_SCRIPTS] }] },
  },
  {
    files: ['src/**/*.{ts,tsx,astro,js,mjs}'],
    ignores: ['src/integration/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_SCRIPTS, NO_INTEGRATION] }] },
  },
  {
    files: BROWSER_FOLDERS,
    rules: {
      'no-restricted-imports': ['error', { patterns: [NO_SCRIPTS, NO_INTEGRATION, NO_NODE] }],
      'no-restricted-globals': ['error', ...NODE_GLOBALS],
    },
  },
  {
    files: ['src/lib/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [NO_SCRIPTS, NO_INTEGRATION, NO_NODE, NO_FEATURES] }],
      'no-restricted-globals': ['error', ...NODE_GLOBALS],
    },
  },
  {
    files: ['scripts/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_ROUTES] }] },
  },
);
