// A build never surprises an edition's staff: a mistyped edition folder stops it, naming the path
// it looked for; a build that fails leaves the last good site in place; and each edition folder
// has its own content cache, so building one never leaves entries in another's.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { stagingDirFor, swapIn } from '../../src/integration/build-steps';
import { editionCacheDir, loadEdition } from '../../src/integration/edition';

const root = fileURLToPath(new URL('../..', import.meta.url));
const astro = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

/** Runs `astro build` with `env` and returns its exit status and what it printed. */
function build(env: Record<string, string>): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astro, 'build'], { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, output }));
  });
}

/** An output folder holding a "last good site": one page with a marker. */
function lastGoodSite(name: string): string {
  const out = path.join(root, '.cache', name);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'index.html'), '<p>last good site</p>');
  return out;
}

describe('a missing edition folder', () => {
  test('stops the loader, naming the variable and the full path it looked for', () => {
    expect(() => loadEdition({ EDITION_DIR: 'editions/rivreside' })).toThrow(
      `EDITION_DIR is "editions/rivreside", but there is no folder at ${path.resolve('editions/rivreside')}`,
    );
  });

  test('stops the build before it touches the output folder', { timeout: 120_000 }, async () => {
    const out = lastGoodSite('safety-missing-edition');
    const { status, output } = await build({ EDITION_DIR: 'tests/fixtures/no-such-edition', OUT_DIR: out });
    expect(status).not.toBe(0);
    expect(output).toContain(`no folder at ${path.join(root, 'tests/fixtures/no-such-edition')}`);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('<p>last good site</p>');
  });
});

test('a build that fails inside Astro keeps the last good site and leaves no half-built folder', { timeout: 180_000 }, async () => {
  const out = lastGoodSite('safety-failed-build');
  const { status, output } = await build({
    CONTENT_DIR: 'tests/fixtures/content-bad-reference',
    OUT_DIR: out,
    ASTRO_CACHE_DIR: '.cache/astro-safety-failed-build',
  });
  expect(status).not.toBe(0);
  expect(output).toContain('no tip has the id "no-such-tip"');
  expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('<p>last good site</p>');
  expect(existsSync(stagingDirFor(out))).toBe(false);
});

test('a finished build replaces the whole output folder, and works where there was none', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'iih-swap-'));
  const out = path.join(dir, 'dist');
  const build = (page: string) => {
    mkdirSync(stagingDirFor(out));
    writeFileSync(path.join(stagingDirFor(out), page), page);
    swapIn(stagingDirFor(out), out);
  };
  build('first.html');
  build('second.html');
  expect(existsSync(path.join(out, 'second.html'))).toBe(true);
  expect(existsSync(path.join(out, 'first.html'))).toBe(false);
  expect(existsSync(stagingDirFor(out))).toBe(false);
  rmSync(dir, { recursive: true, force: true });
});

describe('content caches', () => {
  test('each edition folder has its own, however its path is written', () => {
    const own = editionCacheDir({});
    expect(editionCacheDir({ EDITION_DIR: 'content' })).toBe(own);
    expect(editionCacheDir({ CONTENT_DIR: path.join(root, 'content') })).toBe(own);
    expect(editionCacheDir({ EDITION_DIR: 'tests/fixtures/edition-harbor-college' })).not.toBe(own);
  });

  test('ASTRO_CACHE_DIR chooses the folder when it is set', () => {
    expect(editionCacheDir({ EDITION_DIR: 'tests/fixtures/edition-harbor-college', ASTRO_CACHE_DIR: '.cache/x' })).toBe('.cache/x');
  });
});
