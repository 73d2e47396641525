// The layout's rules (README › Layout) are kept by ESLint (tests/eslint.config.js). Each rule is
// shown failing an import that breaks it, with a message naming the rule and the README section,
// and passing the import that keeps it, so a change to the config cannot quietly switch one off.
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint({ overrideConfigFile: 'tests/eslint.config.js' });
// The first lint loads the TypeScript and Astro parsers: seconds on a busy machine.
const LINT_TIMEOUT = 60_000;

/** ESLint's messages for `code` as if it were the file at `filePath`. */
async function messagesFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId?.startsWith('no-restricted')).map((m) => m.message);
}

describe('the layout rules fail a violating import, naming the rule and README › Layout', () => {
  test.each([
    ['src/lib/new-thing.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;", 'does not import Node'],
    ['src/lib/new-thing.ts', "import path from 'path';\nexport const x = path;", 'does not import Node'],
    ['src/lib/new-thing.ts', 'export const cwd = () => process.cwd();', "does not use Node's process"],
    ['src/islands/builder/New.tsx', "import { createHash } from 'node:crypto';\nexport const x = createHash;", 'does not import Node'],
    [
      'src/lib/new-thing.ts',
      "import { $sheet } from '../stores/sheet';\nexport const x = $sheet;",
      'src/lib/ never imports islands, stores',
    ],
    ['src/lib/new-thing.ts', "import { edition } from 'virtual:handbook/edition';\nexport const x = edition;", 'the edition module'],
    [
      'src/lib/new-thing.ts',
      "import { loadEdition } from '../integration/edition';\nexport const x = loadEdition;",
      'Only the build imports src/integration/',
    ],
    [
      'src/pages/new-page.ts',
      "import { loadEdition } from '../integration/edition';\nexport const x = loadEdition;",
      'Only the build imports src/integration/',
    ],
    [
      'src/components/New.ts',
      "import { outDir } from '../../scripts/lib/built-site.ts';\nexport const x = outDir;",
      'Nothing under src/ imports scripts/',
    ],
    [
      'src/integration/new-step.ts',
      "import { outDir } from '../../scripts/lib/built-site.ts';\nexport const x = outDir;",
      'Nothing under src/ imports scripts/',
    ],
    [
      'scripts/lib/new-helper.ts',
      "import type { X } from '../../src/pages/search-records.json.ts';\nexport type Y = X;",
      'scripts/ does not import routes',
    ],
  ])(
    '%s: %s',
    async (filePath, code, rule) => {
      const messages = await messagesFor(filePath, code);
      expect(messages).toEqual([expect.stringContaining(rule)]);
      expect(messages[0]).toContain('(README › Layout)');
    },
    LINT_TIMEOUT,
  );
});

describe('and let through what the layout allows', () => {
  test.each([
    ['src/integration/new-step.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
    ['src/pages/new-page.ts', "import { edition } from 'virtual:handbook/edition';\nexport const x = edition;"],
    ['src/lib/new-thing.ts', "import { withBase } from './paths';\nexport const x = withBase;"],
    ['scripts/lib/new-helper.ts', "import { loadEdition } from '../../src/integration/edition.ts';\nexport const x = loadEdition;"],
  ])(
    '%s: %s',
    async (filePath, code) => {
      expect(await messagesFor(filePath, code)).toEqual([]);
    },
    LINT_TIMEOUT,
  );
});
