import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Builds the site from a fixture content folder and returns what the build printed. */
function buildFixture(name: string): { status: number | null; output: string } {
  const result = spawnSync('npx', ['astro', 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: `tests/fixtures/${name}`,
      OUT_DIR: `.cache/fixture-${name}`,
      ASTRO_CACHE_DIR: `.cache/astro-${name}`,
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

test('an unknown field fails the build, naming the file and the field', { timeout: 120_000 }, () => {
  const { status, output } = buildFixture('content-unknown-field');
  expect(status).not.toBe(0);
  expect(output).toContain('content-unknown-field/tips/during.mdx');
  expect(output).toContain('Unrecognized key: "mood"');
});

test('a reference to a missing id fails the build, naming the file and the field', { timeout: 120_000 }, () => {
  const { status, output } = buildFixture('content-bad-reference');
  expect(status).not.toBe(0);
  expect(output).toContain(
    'tests/fixtures/content-bad-reference/steps/know-what-you-want.mdx: field "tips.0": no tip has the id "no-such-tip"',
  );
});
