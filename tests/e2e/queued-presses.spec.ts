// Presses that arrive while an island's on-demand code (or the data it needs) is still loading are
// applied once it is there, or the control is not offered until it works. Each test holds the
// download back until after the press.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Holds back responses to requests matching `pattern` until `release` is called; `requested` settles when the first one is asked for. */
async function holdBack(page: Page, pattern: RegExp) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await released;
    await route.continue();
  });
  return { requested: page.waitForRequest(pattern), release };
}

test('"Copy link" is offered only once the link builder’s code is there, and then copies the link', async ({ page }) => {
  const code = await holdBack(page, /\/_astro\/link-builder[^/]*\.js$/);
  await page.goto('/counselors/');
  await page.getByRole('combobox', { name: 'Page or item' }).focus();
  await code.requested;
  const copy = page.getByRole('button', { name: 'Copy link' });
  await expect(copy).toBeHidden();
  code.release();
  await copy.click();
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toBe(await page.getByLabel('Link', { exact: true }).inputValue());
});

test('"A set of questions" chosen while the link builder’s code is loading shows the question picker once it is there', async ({
  page,
}) => {
  const code = await holdBack(page, /\/_astro\/link-builder[^/]*\.js$/);
  await page.goto('/counselors/');
  await page.getByLabel('A set of questions in the builder').check();
  await code.requested;
  await expect(page.getByRole('button', { name: 'Tick the first 10' })).toBeHidden();
  code.release();
  await expect(page.getByRole('button', { name: 'Tick the first 10' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Page or item' })).toBeHidden();
});

test('"Tick the first 10" pressed while the question bank is loading ticks ten questions once it is there', async ({ page }) => {
  const bank = await holdBack(page, /\/question-bank\.json$/);
  await page.goto('/counselors/');
  await page.getByLabel('A set of questions in the builder').check();
  await bank.requested;
  await page.getByRole('button', { name: 'Tick the first 10' }).click();
  await expect(page.getByText('Loading the questions…')).toBeVisible();
  bank.release();
  await expect(page.getByText(/matching questions, 10 ticked/)).toBeVisible();
  await expect(page.getByRole('group', { name: 'Questions to include' }).getByRole('checkbox', { checked: true })).toHaveCount(10);
  await expect(page.getByRole('img', { name: 'QR code of the link' })).toBeVisible();
});

test('"Add to my sheet" pressed while its code is loading adds the question once it is there', async ({ page }) => {
  const code = await holdBack(page, /\/_astro\/saved-toggle[^/]*\.js$/);
  await page.goto('/questions/advice-for-me/');
  const first = page.getByRole('button', { name: 'Add to my sheet' }).first();
  const item = page.locator('sheet-add').first();
  await first.click();
  await code.requested;
  await expect(item).not.toHaveAttribute('data-added');
  code.release();
  await expect(item.getByRole('button', { name: 'Remove from my sheet' })).toBeVisible();
  await expect(item.getByText('✓ On your sheet')).toBeVisible();
});
