// Every journey at 200% zoom (issue #26): a laptop's 1280 × 800 screen zoomed to 200% is a 640 × 400
// CSS-pixel viewport, where the header folds into its menu and the handbook's navigation moves into
// it. Nothing may scroll sideways, and the menu, the navigation, "Add to my sheet" and "Copy
// message" stay reachable by keyboard.
import { expect, test } from './fixtures';
import { ONE_PAGE_OF_EACH_KIND } from './page-kinds';

test.use({ viewport: { width: 640, height: 400 }, permissions: ['clipboard-read', 'clipboard-write'] });

test('no page scrolls sideways', async ({ page }) => {
  for (const path of ONE_PAGE_OF_EACH_KIND) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect.soft(overflow, `sideways scroll on ${path}`).toBeLessThanOrEqual(0);
  }
});

test('the menu opens by keyboard and leads through the handbook’s navigation to a step', async ({ page }) => {
  await page.goto('/guides/what-it-is/');
  const menuButton = page.getByRole('button', { name: 'Menu' });
  await menuButton.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('navigation', { name: 'Menu' });
  const step = menu.getByRole('link', { name: /^Step 3:/ });
  // Tab until the step is reached, as a keyboard user would.
  for (let i = 0; i < 30 && !(await step.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(step).toBeFocused();
  await expect(step).toBeInViewport();
  await expect(menu.locator('.step-ticks').first()).toHaveText(/^\d+ of \d+ done$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/steps\/find-people\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a question goes on the sheet by keyboard, and a template is copied by keyboard', async ({ page }) => {
  await page.goto('/questions/their-path/');
  const add = page.locator('li[data-question]').first().getByRole('button', { name: 'Add to my sheet' });
  await add.focus();
  await expect(add).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: /^My sheet\W+1 question$/ })).toBeVisible();

  await page.goto('/templates/thank-you/');
  const copy = page.getByRole('button', { name: 'Copy message' });
  await copy.focus();
  await expect(copy).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: /^Message: / }).getByRole('status')).toHaveText('Copied');
});
