import { expect, test } from './fixtures';
import { tabTo } from './keyboard';

test('search loads nothing until it is opened', async ({ page }) => {
  const pagefindRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/')) pagefindRequests.push(r.url());
  });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(pagefindRequests).toEqual([]);
  await page.keyboard.press('/');
  await expect(page.getByRole('dialog', { name: 'Search the handbook' })).toBeVisible();
  await expect.poll(() => pagefindRequests.length).toBeGreaterThan(0);
});

test('a question can be found and opened by keyboard alone', async ({ page }) => {
  await page.goto('/steps/');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search the handbook' });
  const input = dialog.getByRole('searchbox', { name: 'Search words' });
  await expect(input).toBeFocused();
  await page.keyboard.type('salary');
  const result = dialog.getByRole('link', { name: /salary/i }).first();
  await expect(result).toBeVisible();
  const href = await result.getAttribute('href');
  expect(href).toMatch(/\/questions\/[a-z0-9-]+\/#[a-z0-9-]+$/);
  // Tab from the box to the first result and follow it.
  await tabTo(page, result);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  const anchor = href!.split('#')[1]!;
  await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
});

test('Escape closes search and gives focus back to the page', async ({ page }) => {
  await page.goto('/');
  const opener = page.getByRole('button', { name: 'Search' });
  await opener.click();
  await expect(page.getByRole('dialog', { name: 'Search the handbook' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(opener).toBeFocused();
});

test('a search with no match says so', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('searchbox', { name: 'Search words' }).fill('zzqxv');
  await expect(page.getByRole('status')).toContainText('Nothing found');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('the site search knows the reader\'s words: "CV" finds the resume questions and pages', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search the handbook' });
    await dialog.getByRole('searchbox', { name: 'Search words' }).fill('CV');
    await expect(dialog.getByRole('link', { name: /resume/i }).first()).toBeVisible();
    const hrefs = await dialog.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.some((h) => h.includes('/questions/feedback-on-my-materials/'))).toBe(true);
  });
});
