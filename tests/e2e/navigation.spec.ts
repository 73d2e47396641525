import { expect, test } from './fixtures';
import { tabTo } from './keyboard';

test('the skip link moves keyboard focus to the main content', async ({ page }) => {
  await page.goto('/steps/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the main navigation reaches every section by keyboard alone', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  const labels = ['Steps', "Do's and don'ts", 'Questions', 'Templates', 'Question builder', 'Planner', 'For counselors'];
  await expect(nav.getByRole('link')).toHaveText(labels);
  // Tab until the Planner link has focus, then follow it with Enter.
  await tabTo(page, nav.getByRole('link', { name: 'Planner' }), 20);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/planner\/$/);
  await expect(nav.getByRole('link', { name: 'Planner' })).toHaveAttribute('aria-current', 'page');
});
