import { expect, test } from './fixtures';

// Every page's own checks moved: its HTML (one h1, a title of its own, a description, a strict
// CSP) to tests/unit/built-pages.test.ts; loading it (no request to another origin, no uncaught
// error, no CSP violation: the fixture) to the phone sweeps, which load every page anyway
// (phone.spec.ts, and embed.spec.ts for the embed views).
test.describe('every page', () => {
  test('an unknown address shows the helpful 404 page', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/couldn't find/i);
    await expect(page.getByRole('link', { name: 'The six steps' })).toBeVisible();
  });
});
