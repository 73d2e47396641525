import { expect, test } from './fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('the copy control on a question copies its absolute, stable address and says so', async ({ page, baseURL }) => {
  await page.goto('/questions/their-path/');
  const copy = page.getByRole('link', { name: /^Copy link to question: How did you first get into/ });
  await copy.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(new URL('questions/their-path/#how-did-you-start', baseURL).href);
});

test('the copy control on a step copies the step page address', async ({ page, baseURL }) => {
  await page.goto('/steps/know-what-you-want/');
  await page.getByRole('link', { name: /^Copy link to this step/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL('steps/know-what-you-want/', baseURL).href);
});

test('when the clipboard refuses, the address is still in the address bar and the reader is told', async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
  });
  await page.goto('/tips/');
  await page.getByRole('link', { name: /^Copy link to tip: Never ask for a job/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Could not copy. The link is now in the address bar.' })).toBeVisible();
  expect(page.url()).toBe(new URL('tips/#never-ask-for-a-job', baseURL).href);
});

test('a followed link to a tip highlights the tip', async ({ page }) => {
  await page.goto('/tips/#never-ask-for-a-job');
  const tip = page.locator('[id="never-ask-for-a-job"]');
  await expect(tip).toBeInViewport();
  const outline = await tip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');
});

test('"Copy message" copies a template as the page shows it, by keyboard, and says so', async ({ page }) => {
  await page.goto('/templates/thank-you/');
  const message = page.getByRole('region', { name: /^Message: / });
  const copy = message.getByRole('button', { name: 'Copy message' });
  await copy.focus();
  await page.keyboard.press('Enter');
  await expect(message.getByRole('status')).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // The blanks as they show ("[Their name]"), the lines as they break.
  expect(copied).toBe(await page.locator('#thank-you-text').innerText());
  expect(copied).toMatch(/\[Their name\]/);
  expect(copied.split('\n').length).toBeGreaterThan(3);
});

test('where the browser will not copy, "Copy message" selects the message and says how to copy it', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('No', 'NotAllowedError'));
  });
  await page.goto('/templates/thank-you/');
  const message = page.getByRole('region', { name: /^Message: / });
  await message.getByRole('button', { name: 'Copy message' }).click();
  await expect(message.getByRole('status')).toHaveText(/^Couldn't copy\. The message is selected/);
  expect(await page.evaluate(() => getSelection()!.toString().trim())).toBe((await page.locator('#thank-you-text').innerText()).trim());
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a copy control is a plain link to the anchor', async ({ page }) => {
    await page.goto('/tips/');
    const copy = page.getByRole('link', { name: /^Copy link to tip: Never ask for a job/ });
    await expect(copy).toHaveAttribute('href', '#never-ask-for-a-job');
    await copy.click();
    await expect(page).toHaveURL(/\/tips\/#never-ask-for-a-job$/);
  });
});
