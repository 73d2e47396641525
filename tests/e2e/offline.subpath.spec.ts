import { expect, test } from './fixtures';
import { offlineJourney, offlineSearch, skipToOfflineCode } from './offline-journey';

// This file runs in the "subpath" project, against the build made with BASE_PATH=/careers/handbook/.
test.use({ locale: 'en-US', timezoneId: 'Europe/London' });
// The page's own clock, so the wait before the service worker registers can be skipped.
test.beforeEach(({ page }) => page.clock.install());

test('under a sub-path the worker is scoped to it and the same offline journey works', async ({ page, context }) => {
  await page.goto('./');
  await skipToOfflineCode(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe('/careers/handbook/');
  await offlineJourney(page, context);
});

test('under a sub-path search works offline once the whole handbook is kept', async ({ page, context }) => {
  await offlineSearch(page, context);
});
