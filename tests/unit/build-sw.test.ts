import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { buildServiceWorker } from '../../src/integration/service-worker';

let dir: string;
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
};
const buildSw = ({ offline = true } = {}) => buildServiceWorker(dir, offline);

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('build-sw', () => {
  test(
    'lists every file the worker may cache, pages by address with their titles, revisioned by content',
    { timeout: 30_000 },
    async () => {
      dir = mkdtempSync(path.join(tmpdir(), 'iih-sw-test-'));
      write('index.html', '<title>Home · Informational Interview Handbook</title>');
      write('steps/find-people/index.html', '<title>Find people to talk to · Informational Interview Handbook</title>');
      write('_astro/site.abc123.js', 'console.log(1)');
      write('pagefind/pagefind.js', '');
      write('pagefind/pagefind-ui.js', '');
      await buildSw();
      const sw = readFileSync(path.join(dir, 'sw.js'), 'utf8');
      const manifest = JSON.parse(/(\[\{"bytes".*?\}\])/.exec(sw)![1]!) as { url: string; revision: string | null; title?: string }[];
      const byUrl = new Map(manifest.map((e) => [e.url, e]));
      expect([...byUrl.keys()].sort()).toEqual(['./', '_astro/site.abc123.js', 'pagefind/pagefind.js', 'steps/find-people/']);
      expect(byUrl.get('steps/find-people/')).toMatchObject({
        title: 'Find people to talk to',
        revision: expect.stringMatching(/^[0-9a-f]{32}$/),
      });
      expect(byUrl.get('_astro/site.abc123.js')!.revision).toBeNull();
    },
  );

  test('with OFFLINE=off writes a worker that deletes its caches and unregisters', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'iih-sw-test-'));
    await buildSw({ offline: false });
    const sw = readFileSync(path.join(dir, 'sw.js'), 'utf8');
    expect(sw).toContain('caches.delete');
    expect(sw).toContain('unregister()');
  });
});
