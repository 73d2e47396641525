import { getDocumentProxy } from 'unpdf';
import { SHEET_KEY } from '../../src/lib/storage-keys';
import { expect, test } from './fixtures';

test('a question sheet prints as an index-card pocket card, questions only', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!localStorage.getItem(key)) {
      localStorage.setItem(
        key,
        JSON.stringify({
          v: 1,
          items: [{ id: 'how-did-you-start' }, { id: 'who-else-should-i-talk-to' }],
          minutes: 20,
          grouped: false,
          compact: false,
        }),
      );
    }
  }, SHEET_KEY);
  await page.goto('/builder/');
  await expect(page.getByRole('button', { name: 'Print pocket card' })).toBeVisible();
  // Stand in for the print dialog, which a headless browser cannot show.
  await page.evaluate(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', document.documentElement.dataset.print ?? '');
  });
  await page.getByRole('button', { name: 'Print pocket card' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-printed', 'pocket');
  await page.emulateMedia({ media: 'print' });
  const card = page.locator('[data-pocket-card]');
  await expect(card).toBeVisible();
  await expect(card.getByRole('listitem')).toHaveCount(2);
  await expect(page.locator('[data-print-sheet]')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();

  const pdf = await getDocumentProxy(new Uint8Array(await page.pdf({ preferCSSPageSize: true })));
  const { view } = await pdf.getPage(1);
  // 5 × 3 inches at 72 points an inch.
  expect([Math.round(view[2]!), Math.round(view[3]!)]).toEqual([360, 216]);
});
