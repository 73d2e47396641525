import { builtPages } from '../../scripts/lib/built-site.ts';
import { expect, test } from './fixtures';
import { axeViolations } from './axe';

// Every page is loaded once here, so what only a loaded page shows is checked here too: axe in
// both themes, no request to another origin, and (the fixture) no uncaught error or CSP
// violation. What the built HTML shows alone (one h1, title, description, CSP) is checked
// without a browser: tests/unit/built-pages.test.ts.
// Embed views show their full page's content (checked here on that page) in a bare layout: one
// view of each kind checks the layout, as embed.spec.ts does at a phone's width.
const embedKinds = new Set<string>();
const routes = builtPages()
  .map((p) => p.route)
  .filter((route) => {
    const kind = /^\/embed\/([^/]+)\//.exec(route)?.[1];
    if (kind === undefined) return true;
    if (embedKinds.has(kind)) return false;
    embedKinds.add(kind);
    return true;
  });

test.describe('every page, loaded, in the light and the dark theme', () => {
  // The printable handbook holds the whole site on one page; axe needs longer there.
  test.describe.configure({ timeout: 180_000 });
  for (const route of routes) {
    test(`${route} loads, asks nothing of another origin and has no axe violations`, async ({ page, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
      });
      await page.emulateMedia({ colorScheme: 'light' });
      const response = await page.goto(route);
      expect(response?.status()).toBe(200);
      for (const theme of ['light', 'dark'] as const) {
        // Until the reader chooses, the page follows the system's theme live: no second load.
        await page.emulateMedia({ colorScheme: theme });
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const summary = await axeViolations(page);
        expect.soft(summary, `axe violations in the ${theme} theme`).toEqual([]);
      }
      await page.waitForLoadState('networkidle');
      expect(foreign, 'requests to another origin').toEqual([]);
    });
  }
});
