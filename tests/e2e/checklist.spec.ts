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

test('ticked boxes print as ticked', async ({ page }) => {
  await page.goto(STEP);
  await page.getByRole('region', { name: 'Checklist' }).getByRole('checkbox').first().check();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('region', { name: 'Checklist' }).getByRole('checkbox').first()).toBeChecked();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
});

test('unreadable saved ticks are kept aside and reported, not replaced', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('iih:checklist:v1', '{broken');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto(STEP);
  await expect(page.getByText('Some saved ticks could not be read')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('iih:checklist:v1:unreadable'))).toBe('{broken');
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
