import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { compareBuilds } from '../../scripts/compare-builds.ts';

const page = (body: string, css = '/_astro/site.B2x_9aQz.css') =>
  `<!doctype html><html><head><title>Steps</title><link rel="stylesheet" href="${css}"></head><body>${body}<script>var x = 1;</script></body></html>`;
const original = '<main><h2 id="find-people--why">Why</h2><p>Ask <a href="/guides/what-it-is/">what it is</a>.</p></main>';

const dirs: string[] = [];
/** A built site in a temporary folder: route folder -> HTML. */
function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'compare-builds-'));
  dirs.push(dir);
  for (const [route, html] of Object.entries({ '': page('<main>Home</main>'), ...pages })) {
    mkdirSync(path.join(dir, route), { recursive: true });
    writeFileSync(path.join(dir, route, 'index.html'), html);
  }
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

test('the same pages, with new asset hashes and markup that reads the same, compare equal', () => {
  const before = site({ steps: page(original) });
  const after = site({ steps: page(original.replace('<p>', '<p >'), '/_astro/site.Zz81_kLp.css') });
  expect(compareBuilds(before, after)).toEqual({ pages: 2, problems: [] });
});

test.each([
  ['text', original.replace('Ask', 'Request')],
  ['heading id', original.replace('find-people--why', 'why')],
  ['link', original.replace('/guides/what-it-is/', '/guides/what/')],
])('a changed %s is reported with its page', (_, changed) => {
  const { problems } = compareBuilds(site({ steps: page(original) }), site({ steps: page(changed) }));
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatch(/^\/steps\/:/);
});

test('a missing or new page is reported', () => {
  const { problems } = compareBuilds(site({ steps: page(original) }), site({ guides: page(original) }));
  expect(problems).toEqual(['/steps/: missing after', '/guides/: new after']);
});
