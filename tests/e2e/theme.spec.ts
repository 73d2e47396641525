import { expect, test } from './fixtures';

test('the theme follows the system until the reader chooses', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('a chosen theme is kept across pages and reloads, with no flash of the other theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  // Record the theme at the very first moment the document exists on the next page.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      (window as unknown as { firstTheme?: string }).firstTheme ??= document.documentElement.dataset.theme ?? 'none';
    });
    new MutationObserver((_, observer) => {
      if (document.body) {
        (window as unknown as { bodyTheme?: string }).bodyTheme = document.documentElement.dataset.theme ?? 'none';
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/steps/');
  expect(await page.evaluate(() => (window as unknown as { bodyTheme?: string }).bodyTheme)).toBe('dark');
  expect(await page.evaluate(() => (window as unknown as { firstTheme?: string }).firstTheme)).toBe('dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: 'Dark theme' }).press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});
