// The builder with scripts off or not yet run (issue #21): the page itself holds the whole bank
// and the starter sheets, so a reader can read every question and print a starter sheet.
import { extractText, getDocumentProxy } from 'unpdf';
import { loadEdition } from '../../src/integration/edition';
import type { BankEntry } from '../../src/lib/bank';
import { SHEET_TITLE } from '../../src/lib/sheet/export';
import { bank, BUILDER, rows, squash } from './builder-page';
import { expect, test } from './fixtures';

// The project's own starter sheets (the built site under test is the project's own edition).
const { presets } = loadEdition({});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the builder shows every category and every question of the bank, and no control that would do nothing', async ({ page }) => {
    const data = (await (await page.request.get('question-bank.json')).json()) as BankEntry[];
    await page.goto(BUILDER);
    await expect(page.getByText('Building your own sheet needs JavaScript')).toBeVisible();
    const categories = new Set(data.map((q) => q.category));
    await expect(bank(page).getByRole('heading', { level: 3 })).toHaveCount(categories.size);
    const items = bank(page).getByRole('listitem');
    await expect(items).toHaveCount(data.length);
    // Every question's words, in the bank's order; read from the DOM text (off-screen categories skip rendering).
    const texts = await items.evaluateAll((lis) => lis.map((li) => li.querySelector('p')!.textContent!));
    expect(texts.map(squash)).toEqual(data.map((q) => squash(q.text)));
    await expect(page.getByRole('button', { name: /my sheet|Use this sheet/ })).toHaveCount(0);
    await expect(page.getByRole('searchbox', { name: 'Search the questions' })).toBeHidden();
    await expect(page.getByRole('region', { name: 'Your sheet' })).toBeHidden();
  });

  test('a starter sheet opens on a page of its own and prints its questions in order with room to write', async ({ page }) => {
    const preset = presets[0]!;
    const data = (await (await page.request.get('question-bank.json')).json()) as BankEntry[];
    const words = preset.questions.map((id) => squash(data.find((q) => q.id === id)!.text));
    await page.goto(BUILDER);
    await page.getByRole('link', { name: 'Read or print it' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: preset.title })).toBeVisible();
    // The page also holds the printed list, hidden on screen by the stylesheet: wait for it, or a
    // busy machine lists the printed items too.
    await page.waitForLoadState('load');
    const onScreen = page.getByRole('main').getByRole('listitem');
    expect((await onScreen.evaluateAll((lis) => lis.map((li) => li.querySelector('p')!.textContent!))).map(squash)).toEqual(words);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 2, name: SHEET_TITLE })).toBeVisible();
    await expect(page.getByText('To print this sheet')).toBeHidden();
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    const flat = squash(text);
    let from = 0;
    for (const question of words) {
      const at = flat.indexOf(question, from);
      expect(at, `“${question}” printed after the one before it`).toBeGreaterThanOrEqual(from);
      from = at + question.length;
    }
    expect(flat).toContain('Name:');
  });
});

test('with JavaScript, a starter sheet’s page links back to the builder, which offers to load it', async ({ page }) => {
  const preset = presets[1]!;
  await page.goto(`builder/starter/${preset.id}/`);
  await page.getByRole('link', { name: 'Open it in the question builder' }).click();
  await expect(page).toHaveURL(/\/builder\/$/);
  await expect(rows(page)).toHaveCount(preset.questions.length);
});
