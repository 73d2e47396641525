import { expect, test } from './fixtures';
import { bank, BUILDER, rowTexts, sheet } from './builder-page';
import { SHEET_KEY } from '../../src/lib/storage-keys';

// Merged questions keep their old ids as aliases (content/questions/*.mdx `aliases`): every way a
// counselor or a reader may have kept an old id must still reach the kept question.
const OLD = 'typical-week';
const KEPT_TEXT = /ordinary day or week/;

test('a share link made before a merge opens the kept question and drops nothing', async ({ page }) => {
  await page.goto(`${BUILDER}#sheet=v1&t=20&q=${OLD},how-did-you-start`);
  await expect.poll(() => rowTexts(page)).toEqual([expect.stringMatching(KEPT_TEXT), expect.stringMatching(/first get into/)]);
  await expect(page.getByText('Left out, because this handbook could not read them:')).toBeHidden();
});

test('a sheet saved before a merge shows the kept question, and its old id is saved as the new one', async ({ page }) => {
  await page.addInitScript(
    ([key, old]) => localStorage.setItem(key!, JSON.stringify({ v: 1, items: [{ id: old }], minutes: 30 })),
    [SHEET_KEY, OLD],
  );
  await page.goto(BUILDER);
  await expect(sheet(page).getByText(KEPT_TEXT)).toBeVisible();
  await expect(sheet(page)).not.toContainText('no longer in the handbook');
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), SHEET_KEY)).toContain('"typical-day"');
});

test('an old anchor on a category page lands on the kept question, and its add button knows the saved old id', async ({ page }) => {
  await page.addInitScript(([key, old]) => localStorage.setItem(key!, JSON.stringify({ v: 1, items: [{ id: old }] })), [SHEET_KEY, OLD]);
  await page.goto(`/questions/day-to-day/#${OLD}`);
  const item = page.locator('li[data-question="typical-day"]');
  await expect(item).toBeInViewport();
  await expect(item.getByRole('button', { name: 'Remove from my sheet' })).toBeVisible();
  await item.getByRole('button', { name: 'Remove from my sheet' }).click();
  await expect(item.getByRole('button', { name: 'Add to my sheet' })).toBeVisible();
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), SHEET_KEY)).not.toContain(OLD);
});

test('an old anchor on the category a question moved out of says where it went', async ({ page }) => {
  await page.goto('/questions/advice-for-me/#what-to-do-this-month');
  const moved = page.locator('li.moved-question', { has: page.locator('[id="what-to-do-this-month"]') });
  await expect(moved).toBeInViewport();
  await expect(moved.getByRole('link')).toHaveAttribute('href', /\/questions\/breaking-in-and-hiring\/#best-way-in-for-my-background$/);
});

test.describe("the builder filter knows the reader's words", () => {
  // On a phone, where most readers arrive from a counselor's link.
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const [typed, expected] of [
    ['typical day', /ordinary day/i],
    ['CV', /resume/i],
    ['work-life balance', /outside work/i],
    ['burnout', /pressure/i],
  ] as const) {
    test(`"${typed}" shows a matching question among the first five`, async ({ page }) => {
      await page.goto(BUILDER);
      await bank(page).getByRole('searchbox', { name: 'Search the questions' }).fill(typed);
      const visible = bank(page).locator('li:visible p[id^="bank-q-"]');
      // Polled: the words may be typed before the builder has started and its matcher has loaded.
      await expect.poll(async () => (await visible.allTextContents()).slice(0, 5)).toContainEqual(expect.stringMatching(expected));
    });
  }

  test('an empty result keeps the words, says so and offers other words to try', async ({ page }) => {
    await page.goto(BUILDER);
    const box = bank(page).getByRole('searchbox', { name: 'Search the questions' });
    await box.fill('burnout zebra');
    await expect(bank(page).getByText(/No questions match “burnout zebra”/)).toBeVisible();
    await expect(box).toHaveValue('burnout zebra');
    await bank(page).getByRole('button', { name: 'stress' }).click();
    await expect(box).toHaveValue('stress');
    await expect(bank(page).getByRole('status')).toHaveText(/^Showing [1-9]\d* of \d+ questions$/);
  });
});
