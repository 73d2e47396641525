// The unit-test config as StrykerJS runs it (tests/stryker.config.mjs): the same tests, with more
// time per test, because instrumented code on a busy machine can take several times longer and a
// property test cut off at Vitest's 5 s default would stop the run before any mutant is tried.
import { mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

export default mergeConfig(base, { test: { testTimeout: 60_000 } });
