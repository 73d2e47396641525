import { expect, test } from './fixtures';
import { axeViolations } from './axe';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a counselor makes a link to a checklist item, copies it, and it opens that item', async ({ page, baseURL }) => {
  await page.goto('/counselors/');
  const place = page.getByRole('combobox', { name: 'Page or item' });
  await place.focus();
  await place.selectOption({
    label:
      'Step 3: ' +
      (await page
        .locator('optgroup[label="Checklist items"] option')
        .filter({ hasText: /^Step 3:/ })
        .first()
        .textContent())!.replace(/^Step 3: /, ''),
  });
  const link = page.getByLabel('Link', { exact: true });
  await expect(link).toHaveValue(new RegExp(`^${new URL('steps/find-people/#', baseURL).href}`));
  await expect(page.getByRole('img', { name: 'QR code of the link' })).toBeVisible();
  await page.getByRole('button', { name: 'Copy link' }).press('Enter');
  await expect(page.getByText('Link copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await link.inputValue());
  await page.goto(copied);
  const anchor = new URL(copied).hash.slice(1);
  await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
});

test('a question set chosen by filters opens in the builder with those questions', async ({ page, context }) => {
  await page.goto('/counselors/');
  await page.getByLabel('A set of questions in the builder').check();
  await page.getByLabel('Category').selectOption({ label: 'Closing and referrals' });
  await expect(page.getByText(/matching questions?, 0 ticked/)).toBeVisible();
  await page.getByRole('button', { name: 'Tick the first 10' }).click();
  const boxes = page.getByRole('group', { name: 'Questions to include' }).getByRole('checkbox');
  const ticked = await boxes.evaluateAll((els) =>
    els.filter((e) => (e as HTMLInputElement).checked).map((e) => e.parentElement!.textContent!.trim()),
  );
  expect(ticked.length).toBeGreaterThan(0);
  const url = await page.getByLabel('Link', { exact: true }).inputValue();
  expect(url).toContain('/builder/#sheet=v1');
  const student = await context.newPage();
  await student.goto(url);
  for (const text of ticked.slice(0, 3)) await expect(student.getByText(text).first()).toBeVisible();
});

test('every starter sheet has a link that opens it in the builder', async ({ page }) => {
  await page.goto('/counselors/');
  const presets = page.getByRole('region', { name: /Starter question sheets/ }).getByRole('link', { name: /^(?!Copy)/ });
  expect(await presets.count()).toBeGreaterThanOrEqual(4);
  const href = await presets.first().getAttribute('href');
  expect(href).toMatch(/\/builder\/#preset=[a-z-]+$/);
});

test('the link builder in use has no axe violations in the light or the dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/counselors/');
  await page.getByLabel('A set of questions in the builder').check();
  await page.getByRole('button', { name: 'Tick the first 10' }).click();
  await expect(page.getByRole('img', { name: 'QR code of the link' })).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    // Until the reader chooses, the page follows the system's theme live: no second load.
    await page.emulateMedia({ colorScheme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    const results = await axeViolations(page, { include: 'link-builder' });
    expect.soft(results, `axe violations in the ${colorScheme} theme`).toEqual([]);
  }
});
