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
  },
});
