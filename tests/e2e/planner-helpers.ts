// Helpers for the planner's browser tests: seeding saved data, and axe checks. The records to
// seed come from scripts/lib/planner-fixtures.ts, shared with the measuring scripts.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { PLANNER_KEY } from '../../src/lib/storage-keys';
import { expect } from './fixtures';
import { axeViolations } from './axe';

export const PLANNER = '/planner/';
/** Where the planner is saved (the registry's PLANNER_KEY). */
export const KEY = PLANNER_KEY;

/** A calendar date `days` from today, in the zone the browser and the tests share (playwright.config.ts). */
export function dayFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Puts `raw` in storage before the page's scripts run, on the first load only (reloads keep what the page saved). */
export async function seed(page: Page, raw: string): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('planner-seeded')) return;
      localStorage.setItem(key!, value!);
      sessionStorage.setItem('planner-seeded', '1');
    },
    [PLANNER_KEY, raw],
  );
}

/** Opens the planner and waits until it has read its data. */
export async function openPlanner(page: Page): Promise<void> {
  await page.goto(PLANNER);
  await expect(page.locator('[data-ready]')).toBeVisible();
}

/**
 * Fails with the list of axe violations on the page as it is now, in the light and the dark
 * theme (the theme is html[data-theme], which every colour follows).
 */
export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  const initial = await page.evaluate(() => document.documentElement.dataset.theme);
  for (const theme of ['light', 'dark']) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    const summary = await axeViolations(page);
    expect(summary, `axe violations with ${state} in the ${theme} theme`).toEqual([]);
  }
  await page.evaluate((t) => (document.documentElement.dataset.theme = t), initial);
}

const validator = new HtmlValidate(JSON.parse(readFileSync(new URL('../htmlvalidate.json', import.meta.url), 'utf8')) as ConfigData);

/** html-validate's findings on the page as rendered now (the built page alone is checked by test:html). */
export async function renderedHtmlProblems(page: Page, name: string): Promise<string[]> {
  // Vite adds <link rel="modulepreload" crossorigin=""> for lazy chunks at run time; that is its
  // markup, not ours, so it is left out of what is checked.
  const html = await page.evaluate(() => {
    const root = document.documentElement.cloneNode(true) as HTMLElement;
    root.querySelectorAll('head link[rel="modulepreload"]').forEach((link) => link.remove());
    return `<!DOCTYPE html>\n${root.outerHTML}`;
  });
  const report = await validator.validateString(html, name);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`));
}
