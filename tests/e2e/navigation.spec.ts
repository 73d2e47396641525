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

test('the main navigation reaches the handbook and every tool by keyboard alone', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link')).toHaveText(['Handbook', 'Question builder', 'Planner', 'For counselors']);
  // Tab until the Planner link has focus, then follow it with Enter.
  await tabTo(page, nav.getByRole('link', { name: 'Planner' }), 20);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/planner\/$/);
  await expect(nav.getByRole('link', { name: 'Planner' })).toHaveAttribute('aria-current', 'page');
  // A page of the handbook marks "Handbook" as the section it is in, and its own column lists the rest.
  await page.goto('/questions/their-path/');
  await expect(nav.getByRole('link', { name: 'Handbook' })).toHaveAttribute('aria-current', 'true');
  const handbook = page.getByRole('navigation', { name: 'Handbook' });
  await expect(handbook.getByRole('link', { name: 'Questions to ask' })).toHaveAttribute('aria-current', 'true');
  for (const name of ["Do's and don'ts", 'Message templates', 'The basics', 'Your situation'])
    await expect(handbook.getByRole('link', { name })).toBeVisible();
  // The guides open out on a guide's own page, the current one marked.
  await handbook.getByRole('link', { name: 'The basics' }).click();
  await expect(page).toHaveURL(/\/guides\/#part-basics$/);
  await page.getByRole('link', { name: 'What an informational interview is' }).first().click();
  await expect(
    page.getByRole('navigation', { name: 'Handbook' }).getByRole('link', { name: 'What an informational interview is' }),
  ).toHaveAttribute('aria-current', 'page');
});
