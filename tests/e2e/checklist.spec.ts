import { TICKS_BACKUP_KEY, TICKS_KEY } from '../../src/lib/storage-keys';
import { expect, test } from './fixtures';

const STEP = '/steps/know-what-you-want/';

test('ticks on a step checklist survive a reload and show as progress on the home page', async ({ page }) => {
  await page.goto(STEP);
  const checklist = page.getByRole('region', { name: 'Checklist' });
  const boxes = checklist.getByRole('checkbox');
  const total = await boxes.count();
  expect(total).toBeGreaterThan(1);
  await boxes.first().focus();
  await page.keyboard.press('Space');
  await expect(boxes.first()).toBeChecked();
  await page.reload();
  await expect(checklist.getByRole('checkbox').first()).toBeChecked();
  await expect(checklist.getByRole('checkbox').nth(1)).not.toBeChecked();

  await page.goto('/');
  await expect(page.getByText(`1 of ${total} checklist items ticked`)).toBeVisible();
  await expect(page.getByText('Your progress: 0 of')).toBeVisible();
});

test('a step with every item ticked shows as done on the home page', async ({ page }) => {
  await page.goto(STEP);
  const boxes = page.getByRole('region', { name: 'Checklist' }).getByRole('checkbox');
  const total = await boxes.count();
  for (let i = 0; i < total; i++) await boxes.nth(i).check();
  await page.goto('/');
  await expect(page.getByText(`Done: all ${total} checklist items ticked`)).toBeVisible();
  await expect(page.getByText('Your progress: 1 of 6 steps finished.')).toBeVisible();
});

test('when the browser blocks storage, the checklist still works and says ticks will not be kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Storage is blocked', 'SecurityError');
      },
    });
  });
  await page.goto(STEP);
  const checklist = page.getByRole('region', { name: 'Checklist' });
  await expect(checklist.getByText('Your browser is not saving data for this site')).toBeVisible();
  await checklist.getByRole('checkbox').first().check();
  await expect(checklist.getByText('This tick could not be saved')).toBeVisible();
  await expect(checklist.getByRole('checkbox').first()).toBeChecked();
  // The rest of the page still runs: the theme switch works without storage.
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('Dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('ticked boxes print as ticked', async ({ page }) => {
  await page.goto(STEP);
  await page.getByRole('region', { name: 'Checklist' }).getByRole('checkbox').first().check();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('region', { name: 'Checklist' }).getByRole('checkbox').first()).toBeChecked();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
});

test('unreadable saved ticks are kept aside and reported, not replaced', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, '{broken');
      sessionStorage.setItem('seeded', '1');
    }
  }, TICKS_KEY);
  await page.goto(STEP);
  await expect(page.getByText('Some saved ticks could not be read')).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), TICKS_BACKUP_KEY)).toBe('{broken');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the checklist still reads as a list, with boxes to tick on paper', async ({ page }) => {
    await page.goto(STEP);
    const items = page.getByRole('region', { name: 'Checklist' }).getByRole('listitem');
    expect(await items.count()).toBeGreaterThan(1);
    await expect(items.first().getByRole('checkbox')).toBeDisabled();
    await expect(items.first().getByRole('checkbox')).not.toBeChecked();
  });
});
