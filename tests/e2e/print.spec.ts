import { extractText, getDocumentProxy } from 'unpdf';
import { expect, test } from './fixtures';

test('printing a page hides the site chrome and prints where it came from', async ({ page }) => {
  await page.goto('/steps/know-what-you-want/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Search' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const footer = page.locator('print-footer');
  await expect(footer).toBeVisible();
  await expect(footer).toContainText(`Printed from ${page.url()} on `);
});

test('links on paper are followed by their full address', async ({ page, baseURL }) => {
  await page.goto('/steps/');
  await page.emulateMedia({ media: 'print' });
  const link = page.getByRole('main').getByRole('link', { name: /^Step 1:/ });
  const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain(new URL('steps/know-what-you-want/', baseURL).href);
});

test('the printable handbook holds every part and no chrome in print', async ({ page }) => {
  await page.goto('/print/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Contents' })).toBeVisible();
  for (const part of ['About informational interviews', 'The six steps', "Do's and don'ts", 'The question bank', 'Message templates']) {
    await expect(page.getByRole('heading', { level: 2, name: part })).toBeVisible();
  }
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
});

test('the print button opens the print dialog; the printable handbook has no per-item controls', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute('data-test-printed', '');
  });
  await page.goto('/print/');
  await page.getByRole('button', { name: 'Print or save as PDF' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-test-printed', '');
  // It is made for paper; adding questions to a sheet happens on the question pages.
  await expect(page.getByRole('heading', { level: 2, name: 'The question bank' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add to my sheet' })).toHaveCount(0);
  // Nor copy-link controls on each question, tip and checklist item; their anchors still work.
  await expect(page.getByRole('link', { name: /^Copy link to (question|tip|checklist item):/ })).toHaveCount(0);
  await expect(page.locator('[data-question]')).not.toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the printable handbook shows no print button that would do nothing', async ({ page }) => {
    await page.goto('/print/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  });
});

test('a PDF of the printable handbook has the contents list, every step and the far end of the page', async ({ page }) => {
  await page.goto('/print/');
  const stepTitles = await page.locator('[id^="step-"]').allTextContents();
  expect(stepTitles.length).toBeGreaterThan(0);
  // On screen, parts out of view are not laid out (content-visibility); paper must still get them all.
  const lastQuestion = (await page.locator('[data-question] [id$="__text"]').last().textContent())!;
  const lastTemplate = (await page.locator('[id^="print-template-"]').last().textContent())!;
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain('Contents');
  for (const title of stepTitles) expect(flat).toContain(title.replace(/\s+/g, ' ').trim());
  for (const text of [lastQuestion, lastTemplate]) expect(flat).toContain(text.replace(/\s+/g, ' ').trim());
});
