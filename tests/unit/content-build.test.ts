import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const astro = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

/** Builds the site from a fixture content folder and returns what the build printed. */
function buildFixture(name: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astro, 'build'], {
      cwd: root,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        CONTENT_DIR: `tests/fixtures/${name}`,
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
  'an edition that hides an entry the project still lists fails the build, naming the file, the field and the setting',
  { timeout: 120_000 },
  async () => {
    const { status, output } = await buildFixture('edition-hidden-linked');
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/steps/hold-the-conversation.mdx: field "tips.13": no tip has the id "ask-for-referrals", because tests/fixtures/edition-hidden-linked/edition.yaml (hide.tips) hides it',
    );
  },
);
