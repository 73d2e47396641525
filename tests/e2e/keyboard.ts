// Reaching controls as a keyboard user does, for the journeys that claim to work by keyboard alone.
import type { Locator, Page } from '@playwright/test';

/**
 * Presses Tab (or `key`, e.g. Shift+Tab to go back up) until `target` has focus, as a keyboard
 * user would; fails after `max` presses.
 */
export async function tabTo(page: Page, target: Locator, max = 150, key = 'Tab'): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${target}`);
}

/** Tabs to `target`, then presses `key` on it (Enter by default). */
export async function pressOn(page: Page, target: Locator, key = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}
