// The sheet beside the bank (issue #26): on a wide screen the sheet stays in view while the reader
// scrolls the bank; on a phone the bank's categories start folded and, once the sheet has a
// question, a bar at the foot of the screen says what it holds and goes to it. Every add is said
// aloud with the sheet's new size and time.
import type { Locator, Page } from '@playwright/test';
import { announcer, bank, BUILDER, rows, sheet, textOf } from './builder-page';
import { axeViolations } from './axe';
import { tabTo } from './keyboard';
import { expect, test } from './fixtures';

/** The bank's categories: each is a region named by its heading. */
const categories = (page: Page) => bank(page).getByRole('region');
/** A category's fold control, its <summary> (which has no ARIA role to find it by). */
const fold = (category: Locator) => category.locator('summary');
/** A row's "Add to my sheet" button. */
const add = (row: Locator) => row.getByRole('button', { name: 'Add to my sheet' });
/** The phone's bar that goes to the sheet. */
const sheetBar = (page: Page) => page.getByRole('button', { name: /^Go to your sheet/ });
/** The sheet's heading, where the bar sends focus. */
const sheetHeading = (page: Page) => sheet(page).getByRole('heading', { name: 'Your sheet', level: 2 });
/** The estimate the sheet itself shows ("…, about 9 minutes with hello and wrap-up."). */
async function estimate(page: Page): Promise<number> {
  const summary = sheet(page).getByText(/about \d+ minutes with hello/);
  return Number(/about (\d+) minutes/.exec((await summary.textContent())!)![1]);
}

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the sheet stays on screen beside the bank mid-way down it, and scrolls on its own when it is long', async ({ page }) => {
    // A starter sheet (8 questions) is taller than the screen.
    await page.goto(`${BUILDER}#preset=student`);
    await expect(rows(page)).toHaveCount(8);
    const all = categories(page);
    const middle = all.nth(Math.floor((await all.count()) / 2));
    await middle.getByRole('listitem').first().scrollIntoViewIfNeeded();
    await expect(bank(page).getByRole('heading', { name: 'Question bank' })).not.toBeInViewport();

    const box = (await sheet(page).boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    await expect(sheetHeading(page)).toBeInViewport();
    expect(await sheet(page).evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    // Its last question is reached by scrolling the sheet, not the page.
    const scrolled = await page.evaluate(() => scrollY);
    await rows(page).last().scrollIntoViewIfNeeded();
    await expect(rows(page).last()).toBeInViewport();
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
    // The two columns need no bar.
    await expect(sheetBar(page)).toBeHidden();
  });

  test('every add and removal is announced with the sheet’s new size and time, and shows on its row', async ({ page }) => {
    await page.goto(BUILDER);
    const items = bank(page).getByRole('listitem');
    const first = items.first();
    const second = items.nth(1);
    const [one, two] = [await textOf(first), await textOf(second)];

    await add(first).click();
    await expect(first.getByText('On your sheet')).toBeVisible();
    await expect(first.getByRole('button', { name: 'Remove from my sheet' })).toBeVisible();
    await expect(rows(page)).toHaveCount(1);
    await expect(announcer(page, `Added “${one}”. 1 question, about ${await estimate(page)} minutes.`)).toBeAttached();

    await add(second).click();
    await expect(rows(page)).toHaveCount(2);
    await expect(announcer(page, `Added “${two}”. 2 questions, about ${await estimate(page)} minutes.`)).toBeAttached();

    await first.getByRole('button', { name: 'Remove from my sheet' }).click();
    await expect(rows(page)).toHaveCount(1);
    await expect(announcer(page, `Removed “${one}”. 1 question, about ${await estimate(page)} minutes.`)).toBeAttached();
    await second.getByRole('button', { name: 'Remove from my sheet' }).click();
    await expect(announcer(page, `Removed “${two}”. Your sheet is empty.`)).toBeAttached();
  });

  test('a category folds and opens again by keyboard, and starts open on a wide screen', async ({ page }) => {
    await page.goto(BUILDER);
    const category = categories(page).first();
    const questions = category.getByRole('listitem');
    const count = await questions.count();
    expect(count).toBeGreaterThan(0);
    await tabTo(page, fold(category));
    await page.keyboard.press('Enter');
    await expect(questions).toHaveCount(0);
    await expect(category.getByRole('group')).not.toHaveAttribute('open');
    await expect(fold(category)).toBeFocused();
    await page.keyboard.press('Space');
    await expect(questions).toHaveCount(count);
    // Tab goes on into the questions once it is open.
    await page.keyboard.press('Tab');
    await expect(add(questions.first())).toBeFocused();
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the bank starts as a short list of folded categories', async ({ page }) => {
    await page.goto(BUILDER);
    await expect(categories(page)).not.toHaveCount(0);
    await expect(bank(page).getByRole('listitem')).toHaveCount(0);
    // Each category says how many questions it holds.
    await expect(fold(categories(page).first())).toContainText(/\d+ questions/);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(8000);
    await expect(sheetBar(page)).toHaveCount(0);
  });

  test('after two adds far down the bank, a bar on screen shows the sheet’s count and goes to it', async ({ page }) => {
    await page.goto(BUILDER);
    const last = categories(page).last();
    await fold(last).tap();
    const items = last.getByRole('listitem');
    await add(items.nth(2)).tap();
    await expect(sheetBar(page)).toBeInViewport();
    await expect(sheetBar(page)).toContainText('1 question,');
    await add(items.nth(4)).tap();
    await expect(sheetBar(page)).toContainText(`2 questions, about ${await estimate(page)} minutes`);
    await expect(sheetBar(page)).toBeInViewport();
    await expect(sheetHeading(page)).not.toBeInViewport();

    await sheetBar(page).tap();
    await expect(sheetHeading(page)).toBeFocused();
    await expect(sheetHeading(page)).toBeInViewport();
    await expect(rows(page)).toHaveCount(2);
  });

  test('the bar covers neither the end of the bank nor a control reached by Tab', async ({ page }) => {
    await page.goto(BUILDER);
    const last = categories(page).last();
    await fold(last).tap();
    const items = last.getByRole('listitem');
    await add(items.first()).tap();
    await expect(sheetBar(page)).toBeVisible();

    // At the end of the page the bar rests below the bank's last question.
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    const lastRow = (await items.last().boundingBox())!;
    expect(lastRow.y + lastRow.height).toBeLessThanOrEqual((await sheetBar(page).boundingBox())!.y);

    // A button sitting just behind the bar, reached by Tab, is scrolled clear of it.
    const behind = add(items.nth(6));
    await behind.evaluate((el) => scrollBy(0, el.getBoundingClientRect().bottom - innerHeight + 8));
    const hidden = (await behind.boundingBox())!;
    expect(hidden.y + hidden.height, 'the button starts behind the bar').toBeGreaterThan((await sheetBar(page).boundingBox())!.y);
    await add(items.nth(5)).evaluate((el) => (el as HTMLElement).focus({ preventScroll: true }));
    await page.keyboard.press('Tab');
    await expect(behind).toBeFocused();
    const button = (await behind.boundingBox())!;
    expect(button.y + button.height).toBeLessThanOrEqual((await sheetBar(page).boundingBox())!.y);
  });

  test('a search opens the categories that match', async ({ page }) => {
    await page.goto(BUILDER);
    await bank(page).getByRole('searchbox', { name: 'Search the questions' }).fill('salary');
    const status = bank(page).getByRole('status');
    await expect(status).toHaveText(/^Showing \d{1,2} of \d+ questions$/);
    // The count and the list agree once the filter has settled (on a loaded machine the island may
    // still be starting when the words go in).
    await expect(async () => {
      const shown = Number(/Showing (\d+)/.exec((await status.textContent())!)![1]);
      expect(shown).toBeGreaterThan(0);
      expect(await bank(page).getByRole('listitem').count()).toBe(shown);
    }).toPass();
  });

  test('a link to a question opens its category and shows it, and only that one', async ({ page }) => {
    await page.goto(BUILDER);
    const id = await categories(page).last().locator('[data-q]').nth(2).getAttribute('data-q');
    await page.goto('about:blank');
    await page.goto(`${BUILDER}#bank-q-${id}`);
    await expect(page.locator(`#bank-q-${id}`)).toBeInViewport();
    await expect(categories(page).last().getByRole('group')).toHaveAttribute('open');
    await expect(categories(page).first().getByRole('listitem')).toHaveCount(0);
    // A link followed within the page opens a folded category too.
    const other = await categories(page).first().locator('[data-q]').nth(1).getAttribute('data-q');
    await page.evaluate((hash) => (location.hash = hash), `#bank-q-${other}`);
    await expect(page.locator(`#bank-q-${other}`)).toBeInViewport();
  });

  test('a category opened and a question added before the builder’s code arrives are kept', async ({ page }) => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/Builder[^/]*\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    const requested = page.waitForRequest(/\/_astro\/Builder[^/]*\.js$/);
    await page.goto(BUILDER);
    await requested;
    const last = categories(page).last();
    // A <details> opens without any script.
    await fold(last).tap();
    const row = last.getByRole('listitem').nth(1);
    await add(row).tap();
    await expect(row.getByText('On your sheet')).toBeHidden();
    release();
    await expect(row.getByText('On your sheet')).toBeVisible();
    await expect(sheetBar(page)).toContainText('1 question,');
  });

  test('axe finds nothing with the bar shown, in both themes', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(BUILDER);
    const last = categories(page).last();
    await fold(last).tap();
    await add(last.getByRole('listitem').first()).tap();
    await expect(sheetBar(page)).toBeInViewport();
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      expect.soft(await axeViolations(page), `axe violations in the ${theme} theme`).toEqual([]);
    }
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('every category is open, so every question can be read', async ({ page }) => {
      await page.goto(BUILDER);
      await expect(bank(page).getByRole('listitem')).toHaveCount(await bank(page).locator('[data-q]').count());
      await expect(bank(page).getByRole('listitem')).not.toHaveCount(0);
    });
  });
});
