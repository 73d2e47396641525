import type { Page } from '@playwright/test';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { readFileSync } from 'node:fs';
import { loadEdition } from '../../src/integration/edition';
import { bank, BUILDER, sheet } from './builder-page';
import { expect, test } from './fixtures';
import { axeViolations } from './axe';

// The project's own starter sheets (the built site under test is the project's own edition).
const { presets } = loadEdition({});

test('the builder as rendered in the browser, full and with a dialog open, is valid HTML', async ({ page }) => {
  const config = JSON.parse(readFileSync(new URL('../htmlvalidate.json', import.meta.url), 'utf8')) as ConfigData;
  const validator = new HtmlValidate(config);
  const validate = async () => {
    // Vite adds <link rel="modulepreload" crossorigin=""> for lazy chunks at run time; that is its
    // markup, not ours, so it is left out of what is checked.
    const html = await page.evaluate(() => {
      const root = document.documentElement.cloneNode(true) as HTMLElement;
      root.querySelectorAll('head link[rel="modulepreload"]').forEach((link) => link.remove());
      return `<!DOCTYPE html>\n${root.outerHTML}`;
    });
    const report = await validator.validateString(html, 'builder (rendered)');
    return report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`));
  };
  await page.goto(`${BUILDER}#preset=${presets[0]!.id}`);
  await sheet(page)
    .getByRole('textbox', { name: /Your question/ })
    .fill('Should I become a nurse?');
  await sheet(page).getByRole('button', { name: 'Add my question' }).click();
  await sheet(page).getByRole('button', { name: 'Edit' }).click();
  await expect(sheet(page).getByRole('button', { name: 'Save' })).toBeVisible();
  expect(await validate()).toEqual([]);
  await page.goto(`${BUILDER}#preset=${presets[1]!.id}`);
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await validate()).toEqual([]);
});

test.describe('accessibility of the builder in the light and the dark theme', () => {
  /** Fails with axe's findings on the page as it is now, in each theme (the page follows the system's theme live). */
  const expectNoViolations = async (page: Page, state: string, include?: string) => {
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const summary = await axeViolations(page, { include });
      expect.soft(summary, `axe violations ${state} in the ${theme} theme`).toEqual([]);
    }
  };

  // The empty builder is checked in both themes by the sweep (a11y.spec.ts); here, the states
  // only a reader's actions reach.
  test('full and with a dialog open, axe finds nothing', async ({ page }) => {
    // Full-page axe runs over a page with the whole bank on it take a while.
    test.setTimeout(120_000);
    await page.goto(BUILDER);
    await expect(sheet(page).getByText('Your sheet is empty.')).toBeVisible();

    // Full: a starter sheet, a custom question that raises a note, grouping, over budget, undo bar.
    await page.getByRole('button', { name: 'Use this sheet' }).first().click();
    await sheet(page)
      .getByRole('textbox', { name: /Your question/ })
      .fill('Are you hiring right now?');
    await sheet(page).getByRole('button', { name: 'Add my question' }).click();
    await sheet(page).getByText('15 minutes').click();
    await sheet(page)
      .getByRole('checkbox', { name: /Group by part/ })
      .check();
    await expect(sheet(page).getByText(/Over time by about/)).toBeVisible();
    await expect(sheet(page).getByText('Tip:').first()).toBeVisible();
    await bank(page).getByRole('searchbox').fill('zzzz-nothing-matches');
    await expect(bank(page).getByText(/^No questions match/)).toBeVisible();
    await expectNoViolations(page, 'with a full sheet');

    await page.goto(`${BUILDER}#preset=${presets[1]!.id}`);
    await expect(page.getByRole('dialog')).toBeVisible();
    // The page behind the modal dialog is the full sheet checked just above, and inert now.
    await expectNoViolations(page, 'with a dialog open', 'dialog[open]');
  });
});
