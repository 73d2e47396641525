// The unit-test config as StrykerJS runs it (tests/stryker.config.mjs): the same tests, with more
// time per test, because instrumented code on a busy machine can take several times longer and a
// property test cut off at Vitest's 5 s default would stop the run before any mutant is tried.
import { mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

// Stryker's runner runs the tests in worker threads, where a test that sets process.env.TZ (the
// calendar export pins a zone with summer time) does not change the zone the thread's dates use.
// The zone is set here, before any worker starts, so those tests see the zone they ask for.
process.env.TZ = 'Europe/London';

// Tests that read or make a whole build (the built pages, fixture builds, the build's safety) test
// the build, not the core logic, and Stryker's sandbox copy has no build to read.
const buildTests = ['tests/unit/built-pages.test.ts', 'tests/unit/content-build.test.ts', 'tests/unit/edition-build-safety.test.ts'];

// Stryker's runner reruns a few tests per mutant; each file gets its own modules there, as before.
export default mergeConfig(base, { test: { testTimeout: 60_000, exclude: buildTests, isolate: true } });
