// StrykerJS mutation testing of the core logic (`npm run mutation`): it breaks the code on purpose,
// one small change at a time, and counts how many breaks the unit tests notice. Not part of
// `npm test` because a full run takes a long time; incremental, so a second run only re-tests the
// mutants whose code or tests changed. One file while working:
//   npx stryker run tests/stryker.config.mjs --mutate src/lib/planner/merge.ts
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  // Only the unit tests that import a mutated file run against its mutants (Vitest's `related`).
  vitest: { configFile: 'tests/vitest.stryker.config.ts', related: true },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/lib/sheet/**/*.ts',
    'src/lib/planner/**/*.ts',
    'src/lib/companion/**/*.ts',
    'src/lib/search-alias*.ts',
    'src/lib/edition/**/*.ts',
  ],
  // The sandbox copy needs the sources and tests only, not the builds and caches.
  ignorePatterns: ['dist', '.cache', '.astro', 'test-results', 'playwright-report'],
  // A busy machine makes slow runs look like endless loops; give each mutant room before calling it a timeout.
  timeoutMS: 10000,
  timeoutFactor: 3,
  dryRunTimeoutMinutes: 20,
  incremental: true,
  incrementalFile: '.cache/stryker/incremental.json',
  tempDirName: '.cache/stryker/tmp',
  cleanTempDir: 'always',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: '.cache/stryker/report.html' },
  jsonReporter: { fileName: '.cache/stryker/report.json' },
  // The machine this runs on is small; two test processes is what it can spare.
  concurrency: 2,
  thresholds: { high: 90, low: 85, break: null },
};
