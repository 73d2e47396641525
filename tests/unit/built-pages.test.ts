// What every built page must carry in its HTML, read from the built files rather than loaded in a
// browser (moved from tests/e2e/pages.spec.ts; what only a browser can see, a request to another
// origin or an error while loading, is checked where every page is loaded anyway: a11y.spec.ts).
// Runs after the builds in `npm test`; alone, it needs `npm run build` (and the other two builds) first.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { builtPages, EDITION_OUT_DIR, outDir, SUBPATH_OUT_DIR } from '../../scripts/lib/built-site.ts';

const builds = [
  { name: 'the default build', dir: outDir(''), command: 'npm run build' },
  { name: 'the sub-path build', dir: outDir(SUBPATH_OUT_DIR), command: 'npm run build:subpath' },
  { name: 'the example edition', dir: outDir(EDITION_OUT_DIR), command: 'npm run build:edition' },
];

describe.each(builds)('every page of $name', ({ dir, command }) => {
  // A missing build is a set-up mistake with a one-line fix, never a silent pass.
  if (!existsSync(path.join(dir, 'index.html')))
    throw new Error(`${path.relative(process.cwd(), dir)}/ has no built site: run "${command}" first`);
  const pages = builtPages(dir).map(({ route, file }) => ({ route, root: parse(readFileSync(file, 'utf8')) }));

  test.each(pages)('$route has one h1, a title, a description and a strict CSP', ({ root }) => {
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    expect(root.querySelector('title')?.text ?? '').toMatch(/\S/);
    expect(root.querySelector('meta[name="description"]')?.getAttribute('content')?.length ?? 0).toBeGreaterThan(20);
    const csp = root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });

  test('no two pages share a title', () => {
    const routesByTitle = new Map<string, string[]>();
    for (const { route, root } of pages) {
      const title = root.querySelector('title')?.text ?? '';
      routesByTitle.set(title, [...(routesByTitle.get(title) ?? []), route]);
    }
    const shared = [...routesByTitle].filter(([, routes]) => routes.length > 1).map(([t, routes]) => `"${t}": ${routes.join(', ')}`);
    expect(shared).toEqual([]);
  });
});
