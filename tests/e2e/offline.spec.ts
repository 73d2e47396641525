import { expect, test } from './fixtures';
import { offlineJourney, offlineSearch } from './offline-journey';

test.use({ locale: 'en-US', timezoneId: 'Europe/London' });
// The page's own clock, so the wait before the service worker registers can be skipped.
test.beforeEach(({ page }) => page.clock.install());

test('after a first visit, pages read, the builder, the planner and the companion work offline', async ({ page, context }) => {
  await offlineJourney(page, context);
});

test('after keeping the whole handbook, search works offline', async ({ page, context }) => {
  await offlineSearch(page, context);
});

test('the web app manifest follows the base path and names icons that exist', async ({ page, request }) => {
  await page.goto('./');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({ start_url: '/', scope: '/', display: 'standalone' });
  for (const icon of manifest.icons) expect((await request.get(icon.src)).ok(), icon.src).toBe(true);
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
});
