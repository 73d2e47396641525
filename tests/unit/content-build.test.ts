import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const astro = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

/**
 * Builds the site from a fixture content folder (or a copy of it at `dir`) and returns what the
 * build printed: with `astro build`, or with the whole `npm run build` (scripts/build.ts) when the
 * summary matters.
 */
function buildFixture(
  name: string,
  { command = [astro, 'build'], dir = `tests/fixtures/${name}` } = {},
): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, command, {
      cwd: root,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        CONTENT_DIR: dir,
        OUT_DIR: `.cache/fixture-${name}`,
        ASTRO_CACHE_DIR: `.cache/astro-${name}`,
      },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, output }));
  });
}

// The two builds run side by side: each spends much of its time waiting on files.
test.concurrent('an unknown field fails the build, naming the file and the field', { timeout: 120_000 }, async () => {
  const { status, output } = await buildFixture('content-unknown-field');
  expect(status).not.toBe(0);
  expect(output).toContain('content-unknown-field/tips/during.mdx');
  expect(output).toContain('Unrecognized key: "mood"');
});

test.concurrent('a reference to a missing id fails the build, naming the file and the field', { timeout: 120_000 }, async () => {
  const { status, output } = await buildFixture('content-bad-reference');
  expect(status).not.toBe(0);
  expect(output).toContain(
    'tests/fixtures/content-bad-reference/steps/know-what-you-want.mdx: field "tips.0": no tip has the id "no-such-tip"',
  );
});

test.concurrent(
  'an edition’s own file that links to what it hides, or reuses a project id, fails the build naming the files and the setting',
  { timeout: 120_000 },
  async () => {
    const { status, output } = await buildFixture('edition-hidden-linked');
    expect(status).not.toBe(0);
    const settings = 'tests/fixtures/edition-hidden-linked/edition.yaml';
    expect(output).toContain(
      `tests/fixtures/edition-hidden-linked/guides/referrals-here.mdx: its text links to "ask-for-referrals", which ${settings} hides (hide.tips)`,
    );
    expect(output).toContain(
      'tests/fixtures/edition-hidden-linked/guides/finding-people.mdx: field "id": guide id "finding-people" is already used by the ' +
        `project's content/guides/finding-people.mdx. To replace the project's guide on purpose, add "finding-people" to replace.guides in ${settings}`,
    );
  },
);

test.concurrent(
  'an edition outside the project that hides a category the project’s steps use builds without copying them, and its summary says what was dropped',
  { timeout: 180_000 },
  async () => {
    // Built from a copy outside the project, as a centre keeping its edition beside its fork would.
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'edition-')), 'edition-hidden-category');
    cpSync(`${root}tests/fixtures/edition-hidden-category`, dir, { recursive: true });
    const { status, output } = await buildFixture('edition-hidden-category', { command: ['scripts/build.ts'], dir });
    rmSync(path.dirname(dir), { recursive: true, force: true });
    expect(output).not.toContain('problem');
    expect(status, output).toBe(0);
    const summary = output.split('\n').find((line) => line.startsWith('Edition edition-hidden-category:'));
    expect(summary).toMatch(
      /^Edition edition-hidden-category: replaced nothing; hid 1 question category \(day-to-day\), 1 question \(work-life-balance\); dropped \d+ references to hidden entries \(\d+ questions, \d+ links?\) from \d+ of the project's files\.$/,
    );
    const page = readFileSync(`${root}.cache/fixture-edition-hidden-category/guides/who-it-helps/index.html`, 'utf8');
    expect(page, 'the guide keeps the words of its link to the hidden category').toContain('the work day to day');
    expect(page).not.toContain('/questions/day-to-day/');
  },
);
