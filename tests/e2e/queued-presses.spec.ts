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
  // The link maker's own count line (the pack maker's question list says the same while it loads).
  await expect(page.locator('p[data-match-count]', { hasText: 'Loading the questions…' })).toBeVisible();
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

test('"Add to my sheet" and a starter sheet pressed in the builder before its code has arrived are applied once it is there', async ({
  page,
}) => {
  const code = await holdBack(page, /\/_astro\/Builder[^/]*\.js$/);
  await page.goto('/builder/');
  await code.requested;
  const bank = page.getByRole('region', { name: 'Question bank' });
  const item = bank.getByRole('listitem').nth(4);
  const text = (await item.getByRole('paragraph').first().textContent())!.trim();
  await item.getByRole('button', { name: 'Add to my sheet' }).click();
  await expect(item.getByText('On your sheet')).toBeHidden();
  code.release();
  await expect(item.getByText('On your sheet')).toBeVisible();
  const sheetRows = page
    .getByRole('region', { name: 'Your sheet' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: 'Remove', exact: true }) });
  await expect(sheetRows).toHaveCount(1);
  await expect(sheetRows.first()).toContainText(text);
});

test('a starter sheet chosen in the builder before its code has arrived is loaded once it is there', async ({ page }) => {
  const code = await holdBack(page, /\/_astro\/Builder[^/]*\.js$/);
  await page.goto('/builder/');
  await code.requested;
  await page.getByRole('button', { name: 'Use this sheet' }).first().click();
  code.release();
  const sheetRows = page
    .getByRole('region', { name: 'Your sheet' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: 'Remove', exact: true }) });
  // A starter sheet holds 8 questions.
  await expect(sheetRows).toHaveCount(8);
});

test('words typed in the builder’s filter before its code has arrived filter the bank once it is there', async ({ page }) => {
  const code = await holdBack(page, /\/_astro\/Builder[^/]*\.js$/);
  await page.goto('/builder/');
  await code.requested;
  const bank = page.getByRole('region', { name: 'Question bank' });
  await bank.getByRole('searchbox', { name: 'Search the questions' }).fill('salary');
  code.release();
  const status = bank.getByRole('status');
  // Fewer than a hundred: the bank's 200-odd questions are shown until the filter applies.
  await expect(status).toHaveText(/^Showing \d{1,2} of \d+ questions$/);
  await expect(bank.getByRole('searchbox', { name: 'Search the questions' })).toHaveValue('salary');
  const [shown, total] = /Showing (\d+) of (\d+)/
    .exec((await status.textContent())!)!
    .slice(1)
    .map(Number) as [number, number];
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(total);
  // Hidden rows are not list items to the accessibility tree: only the matching ones are left.
  await expect(bank.getByRole('listitem')).toHaveCount(shown);
});

test('a question written and added in the builder before its code has arrived is on the sheet once it is there', async ({ page }) => {
  const code = await holdBack(page, /\/_astro\/Builder[^/]*\.js$/);
  await page.goto('/builder/');
  await code.requested;
  const sheet = page.getByRole('region', { name: 'Your sheet' });
  await sheet.getByRole('textbox', { name: /Your question/ }).fill('What would you do in my place?');
  // The form must not be sent (which would reload the page and lose the words) before the code is there.
  await sheet.getByRole('button', { name: 'Add my question' }).click();
  await expect(page).toHaveURL(/\/builder\/$/);
  code.release();
  const sheetRows = sheet.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Remove', exact: true }) });
  await expect(sheetRows).toHaveCount(1);
  await expect(sheetRows.first()).toContainText('What would you do in my place?');
  await expect(sheet.getByRole('textbox', { name: /Your question/ })).toHaveValue('');
});

test('on a shared link, a question added and a time picked before the link’s sheet is in join that sheet', async ({ page }) => {
  // The builder has started, but the bank's data (which the link needs) is held back.
  const data = await holdBack(page, /\/question-bank\.json$/);
  await page.goto('/builder/#preset=student');
  await data.requested;
  const sheet = page.getByRole('region', { name: 'Your sheet' });
  await sheet.getByRole('textbox', { name: /Your question/ }).fill('What would you do in my place?');
  await sheet.getByRole('button', { name: 'Add my question' }).click();
  await sheet.getByText('45 minutes').click();
  data.release();
  // Taken in as into an empty sheet (no "replace or merge?" question), then the presses made.
  await expect(page.getByText(/Your sheet was empty, so it now holds the starter sheet/)).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const sheetRows = sheet.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Remove', exact: true }) });
  // The starter sheet's 8 questions and the one added.
  await expect(sheetRows).toHaveCount(9);
  await expect(sheetRows.last()).toContainText('What would you do in my place?');
  await expect(sheet.getByRole('radio', { name: '45 minutes' })).toBeChecked();
});
