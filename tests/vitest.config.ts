import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { loadEdition } from '../src/integration/edition.ts';
import { editionModule } from '../src/integration/virtual-module.ts';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  // Modules that read this build's edition import virtual:handbook/edition, which the handbook
  // integration serves in a build; the tests get the same module, from the same loader.
  plugins: [editionModule(loadEdition())],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Test files share one module cache per worker instead of loading every module afresh:
    // the unit tests took 29 s alone, and take 10 s shared. A test that changes process-wide
    // state (the time zone, zod's message locale, a global) puts it back when it ends; run with
    // --sequence.shuffle to find one that does not.
    isolate: false,
  },
});
