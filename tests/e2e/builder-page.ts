// Role-based handles on the builder page, shared by the builder's browser tests.
import { expect, type Locator, type Page } from '@playwright/test';

/** The builder's address. */
export const BUILDER = '/builder/';

/** The question bank section. */
export const bank = (page: Page) => page.getByRole('region', { name: 'Question bank' });
/** How many questions the bank has, as its filter status says ("Showing 12 of 221 questions"). */
export async function bankSize(page: Page): Promise<number> {
  const status = bank(page).getByRole('status');
  await expect(status).toHaveText(/^Showing \d+ of \d+ questions$/);
  return Number(/of (\d+)/.exec((await status.textContent())!)![1]);
}
/** The reader's sheet section. */
export const sheet = (page: Page) => page.getByRole('region', { name: 'Your sheet' });
/** The questions on the sheet: list items that carry their own Remove button (advice notes do not). */
export const rows = (page: Page) =>
  sheet(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: 'Remove', exact: true }) });
/**
 * The question text of a bank or sheet row. Read from the DOM text, not `innerText`: bank
 * categories off screen use `content-visibility: auto`, and Chromium gives an empty `innerText`
 * for content whose rendering it has skipped.
 */
export const textOf = async (item: Locator) => squash(await item.getByRole('paragraph').first().textContent());
/** Text with its runs of white space made single spaces and its ends trimmed. */
export const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
/** The header's link to the builder, showing `n` questions. */
export const counter = (page: Page, n: number) => page.getByRole('link', { name: `My sheet: ${n} question${n === 1 ? '' : 's'}` });
/** A screen-reader announcement with this text. */
export const announcer = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

/** The texts of the questions on the sheet, in order. */
export async function rowTexts(page: Page): Promise<string[]> {
  const all = rows(page);
  const texts: string[] = [];
  for (let i = 0; i < (await all.count()); i++) texts.push(await textOf(all.nth(i)));
  return texts;
}
