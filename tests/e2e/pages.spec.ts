import { builtPages } from '../../scripts/lib/built-site.ts';
import { expect, test } from './fixtures';

const routes = builtPages().map((p) => p.route);

test.describe('every page', () => {
  for (const route of routes) {
    test(`${route} loads with one h1, a description, a strict CSP and no request to another origin`, async ({ page, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
      });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const response = await page.goto(route);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page).toHaveTitle(/\S/);
      const description = await page.locator('meta[name="description"]').getAttribute('content');
      expect(description?.length ?? 0).toBeGreaterThan(20);
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      await page.waitForLoadState('networkidle');
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  test('every page has its own title', async ({ request }) => {
    const titles = new Map<string, string>();
    for (const route of routes) {
      const html = await (await request.get(route)).text();
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
      expect(title, `${route} has a title`).not.toBe('');
      expect(titles.get(title), `${route} shares its title "${title}"`).toBeUndefined();
      titles.set(title, route);
    }
  });

  test('an unknown address shows the helpful 404 page', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/couldn't find/i);
    await expect(page.getByRole('link', { name: 'The six steps' })).toBeVisible();
  });
});
