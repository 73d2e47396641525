// The offline journey (issue #14), shared by the root build (offline.spec.ts) and the sub-path
// build (offline.subpath.spec.ts): a first visit online, then everything with the network cut.
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { dayFromToday } from './planner-helpers';
import { PLANNER_KEY } from '../../src/lib/storage-keys';

// Paths are relative to the project's base URL ("steps/", not "/steps/"), so the sub-path build
// runs the same journey.

async function press(page: Page, locator: Locator, key = 'Enter') {
  await locator.focus();
  await page.keyboard.press(key);
}

/**
 * Skips the seconds site.ts lets a page have to itself before it loads pwa.ts (the service worker's
 * side), so a test never sits through them. The page's clock must be installed before the visit
 * (`page.clock.install()` in a beforeEach); time still flows as usual around the jump.
 */
export async function skipToOfflineCode(page: Page): Promise<void> {
  await page.clock.fastForward(5000);
}

/** Waits until a service worker controls the page, which it does once the tools are cached. */
export async function waitForWorker(page: Page): Promise<void> {
  await skipToOfflineCode(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

/** Opens search, looks for `query` and returns the results list's first link. */
export async function searchFor(page: Page, query: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Search words' }).fill(query);
  const first = page.getByRole('dialog').getByRole('link').first();
  await expect(first).toBeVisible({ timeout: 20_000 });
  return first;
}

/** Keeps the whole handbook with the footer control, by keyboard, and waits until it is done. */
export async function keepWholeHandbook(page: Page): Promise<void> {
  const footer = page.getByRole('contentinfo');
  await press(page, footer.getByRole('button', { name: 'Keep the whole handbook on this device' }));
  const status = footer.getByRole('status');
  await expect(status).toHaveText(/^The whole handbook takes [\d.]+ MB on this device; .+ of it is still to download\.$/);
  await press(page, footer.getByRole('button', { name: /^Download .+ and keep it$/ }));
  await expect(status).toHaveText(/^Done: the whole handbook \([\d.]+ MB\) is on this device, search included\./, { timeout: 60_000 });
}

/**
 * Reads two handbook pages online, then cuts the network: both pages open, a page never read
 * shows the offline page listing them, and the builder, the planner and a whole companion
 * conversation with notes work.
 */
export async function offlineJourney(page: Page, context: BrowserContext): Promise<void> {
  await page.goto('steps/');
  await waitForWorker(page);
  await page
    .getByRole('main')
    .getByRole('link', { name: /^Step 1:/ })
    .click();
  const stepTitle = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  const stepUrl = page.url();

  await context.setOffline(true);
  await page.goto('steps/');
  await expect(page.getByRole('heading', { level: 1, name: 'The six steps' })).toBeVisible();
  await page.goto(stepUrl);
  await expect(page.getByRole('heading', { level: 1, name: stepTitle })).toBeVisible();

  await page.goto('templates/');
  await expect(page.getByRole('heading', { level: 1, name: "You're offline" })).toBeVisible();
  const kept = page.getByRole('region', { name: 'Handbook pages on this device' });
  await expect(kept.getByRole('status')).toHaveText(/^\d+ pages? of the handbook:$/);
  await expect(kept.getByRole('link', { name: stepTitle })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your tools' }).getByRole('link', { name: 'Planner' })).toBeVisible();

  // The builder: add a question from the bank.
  await page.goto('builder/');
  const bank = page.getByRole('region', { name: 'Question bank' });
  await bank.getByRole('button', { name: /^Add/ }).first().click();
  await expect(page.getByRole('region', { name: 'Your sheet' }).getByRole('button', { name: 'Remove', exact: true })).toHaveCount(1);

  // The planner: add a person and schedule the conversation.
  await page.goto('planner/');
  await expect(page.locator('[data-ready]')).toBeVisible();
  await press(page, page.getByRole('button', { name: 'Add a person' }));
  const add = page.getByRole('dialog', { name: 'Add a person' });
  await expect(add.getByLabel('Name (required)')).toBeFocused();
  await page.keyboard.type('Ada Okafor');
  await page.keyboard.press('Enter');
  await expect(add).toBeHidden();
  const card = page.getByRole('article', { name: 'Ada Okafor', exact: true });
  await press(page, card.getByRole('button', { name: 'Schedule…' }));
  const schedule = page.getByRole('dialog', { name: 'Schedule the conversation with Ada Okafor' });
  const [y, m, d] = dayFromToday(0).split('-');
  await schedule.getByLabel('Date of the conversation').focus();
  await page.keyboard.type(`${m}${d}${y}`);
  await press(page, schedule.getByRole('button', { name: 'Save the date' }));
  await expect(schedule).toBeHidden();

  // The companion: the sheet attached, notes typed, kept over a reload, the debrief written.
  await press(page, card.getByRole('link', { name: 'Conversation companion' }));
  await expect(page.getByText(/^With Ada Okafor/)).toBeVisible();
  await press(page, page.getByRole('button', { name: 'Attach my question sheet' }));
  await expect(page.getByText(/^1 question is attached/)).toBeVisible();
  const talk = page.getByRole('region', { name: '2. Conversation mode' });
  await talk.getByLabel('Notes on question 1').fill('Mornings are data cleaning');
  await page.reload();
  await expect(talk.getByLabel('Notes on question 1')).toHaveValue('Mornings are data cleaning');
  const debrief = page.getByRole('region', { name: '3. Debrief' });
  await debrief.getByLabel('What I learned').fill('Statistics matter');
  await page.goto('planner/');
  await expect(page.locator('[data-ready]')).toBeVisible();
  const saved = await page.evaluate((key) => localStorage.getItem(key) ?? '', PLANNER_KEY);
  expect(saved).toContain('Mornings are data cleaning');
  expect(saved).toContain('Statistics matter');
  await context.setOffline(false);
}

/** Keeps the whole handbook, cuts the network, and searches. */
export async function offlineSearch(page: Page, context: BrowserContext): Promise<void> {
  await page.goto('./');
  await waitForWorker(page);
  await keepWholeHandbook(page);
  await context.setOffline(true);
  await page.goto('tips/');
  const first = await searchFor(page, 'salary');
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: "You're offline" })).toHaveCount(0);
  await context.setOffline(false);
}
