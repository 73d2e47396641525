import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { readFileSync } from 'node:fs';
import { presets } from '../../src/data/presets';
import { expect, test } from './fixtures';

const BUILDER = '/builder/';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const bank = (page: Page) => page.getByRole('region', { name: 'Question bank' });
const sheet = (page: Page) => page.getByRole('region', { name: 'Your sheet' });
/** The questions on the sheet: list items that carry their own Remove button (advice notes do not). */
const rows = (page: Page) =>
  sheet(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: 'Remove', exact: true }) });
const textOf = (item: Locator) => item.getByRole('paragraph').first().innerText();
const counter = (page: Page, n: number) => page.getByRole('link', { name: `My sheet: ${n} question${n === 1 ? '' : 's'}` });
const announcer = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

/** Presses Tab until `target` has focus, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 150) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the target');
}

async function rowTexts(page: Page): Promise<string[]> {
  const all = rows(page);
  const texts: string[] = [];
  for (let i = 0; i < (await all.count()); i++) texts.push(await textOf(all.nth(i)));
  return texts;
}

test('a sheet built with the mouse shows on the sheet and in the header, and survives a reload', async ({ page }) => {
  await page.goto(BUILDER);
  await expect(sheet(page).getByText('Your sheet is empty.')).toBeVisible();
  const picked: string[] = [];
  for (let i = 0; i < 3; i++) {
    const item = bank(page).getByRole('listitem').nth(i);
    picked.push(await textOf(item));
    await item.getByRole('button', { name: 'Add to my sheet' }).click();
    await expect(item.getByText('On your sheet')).toBeVisible();
  }
  await expect(rows(page)).toHaveCount(3);
  await expect.poll(() => rowTexts(page)).toEqual(picked);
  await expect(counter(page, 3)).toBeVisible();
  await page.reload();
  await expect(rows(page)).toHaveCount(3);
  await expect.poll(() => rowTexts(page)).toEqual(picked);
});

test('a sheet can be built and reordered with the keyboard alone', async ({ page }) => {
  await page.goto(BUILDER);
  const first = await textOf(bank(page).getByRole('listitem').first());
  const word = first.split(/\W+/).sort((a, b) => b.length - a.length)[0]!;
  await tabTo(page, page.getByRole('searchbox', { name: 'Search the questions' }));
  await page.keyboard.type(word);
  await expect(bank(page).getByRole('status')).toContainText(/Showing \d+ of \d+ questions/);
  const results = bank(page).getByRole('listitem');
  await expect(results.first()).toContainText(word);

  await tabTo(page, results.first().getByRole('button', { name: 'Add to my sheet' }));
  await page.keyboard.press('Enter');
  await expect(announcer(page, 'Added to your sheet. It has 1 question.')).toBeAttached();
  await page.keyboard.press('Tab');
  await expect(results.nth(1).getByRole('button', { name: 'Add to my sheet' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(rows(page)).toHaveCount(2);
  const before = await rowTexts(page);

  const moveDown = rows(page).first().getByRole('button', { name: 'Move down' });
  await tabTo(page, moveDown);
  await page.keyboard.press('Enter');
  await expect.poll(() => rowTexts(page)).toEqual([before[1], before[0]]);
  await expect(rows(page).nth(1).getByRole('button', { name: 'Move down' })).toBeFocused();
  await expect(announcer(page, /Moved .* to position 2 of 2\./)).toBeAttached();

  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => rowTexts(page)).toEqual(before);
  await expect(rows(page).first().getByRole('button', { name: 'Move up' })).toBeFocused();
});

test('questions can be reordered by dragging', async ({ page }) => {
  await page.goto(`${BUILDER}#preset=${presets[0]!.id}`);
  await expect(rows(page)).toHaveCount(presets[0]!.questions.length);
  const before = await rowTexts(page);
  await rows(page).first().getByTitle('Drag to reorder').dragTo(rows(page).nth(2));
  await expect.poll(() => rowTexts(page)).toEqual([before[1], before[2], before[0], ...before.slice(3)]);
});

test('every starter sheet ends with the referral question and raises no advice notes', async ({ page }) => {
  for (const preset of presets) {
    await page.goto(`${BUILDER}#preset=${preset.id}`);
    await expect(rows(page)).toHaveCount(preset.questions.length);
    const referral = await page.locator(`#bank-q-${preset.questions.at(-1)}`).innerText();
    await expect(rows(page).last()).toContainText(referral);
    await expect(sheet(page).getByText('Tip:')).toHaveCount(0);
    await expect(sheet(page).getByText(/about \d+ minutes/)).toContainText('about 25 minutes');
    await sheet(page).getByRole('button', { name: 'Clear sheet' }).click();
    await expect(rows(page)).toHaveCount(0);
  }
});

test('a copied link opens the same sheet in a fresh browser', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${BUILDER}#preset=${presets[1]!.id}`);
  await sheet(page).getByRole('textbox', { name: /Your question/ }).fill('What would you tell your younger self?');
  await sheet(page).getByRole('button', { name: 'Add my question' }).click();
  await sheet(page).getByText('45 minutes').click();
  await expect(rows(page)).toHaveCount(presets[1]!.questions.length + 1);
  await expect(sheet(page).getByRole('radio', { name: '45 minutes' })).toBeChecked();
  const texts = await rowTexts(page);
  expect(texts.at(-1)).toBe('What would you tell your younger self?');
  await sheet(page).getByRole('button', { name: 'Copy link' }).click();
  await expect(sheet(page).getByText('Link copied.')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link.length).toBeLessThan(2000);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByText('Your sheet was empty, so it now holds the shared sheet')).toBeVisible();
  await expect.poll(() => rowTexts(other)).toEqual(texts);
  await expect(sheet(other).getByRole('radio', { name: '45 minutes' })).toBeChecked();
  await fresh.close();
});

test('a link never overwrites a sheet the reader already has', async ({ page }) => {
  await page.goto(BUILDER);
  await bank(page).getByRole('button', { name: 'Add to my sheet' }).first().click();
  await expect(rows(page)).toHaveCount(1);
  const mine = await rowTexts(page);
  await page.goto(`${BUILDER}#preset=${presets[0]!.id}`);
  const dialog = page.getByRole('dialog', { name: /Open the starter sheet/ });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('You kept your sheet.')).toBeVisible();
  await expect.poll(() => rowTexts(page)).toEqual(mine);

  await page.goto(`${BUILDER}#preset=${presets[0]!.id}`);
  await dialog.getByRole('button', { name: 'Add its questions to my sheet' }).click();
  await expect(sheet(page).getByText(/^Added \d+ questions? from the starter sheet/)).toBeVisible();
  const merged = await rowTexts(page);
  expect(merged[0]).toBe(mine[0]);
  expect(new Set(merged).size).toBe(merged.length);
  await sheet(page).getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => rowTexts(page)).toEqual(mine);
});

test('a hostile link creates no element and runs no script, and says what it dropped', async ({ page }) => {
  page.on('dialog', (d) => {
    throw new Error(`A dialog opened: ${d.message()}`);
  });
  const hostile = [
    '<img src=x onerror="window.__pwned=1">',
    '<script>window.__pwned=2</script>',
    'javascript:window.__pwned=3',
    '\u202Egnp.exe\u0000',
  ];
  const q = [...hostile.map((t) => `~c${encodeURIComponent(t)}`), 'no-such-question', '%E0%A4%A', `~c${'x'.repeat(400)}`].join(',');
  await page.goto(`${BUILDER}#sheet=v1&t=20&q=${q}`);
  await expect(page.getByText('Left out, because this handbook could not read them:')).toBeVisible();
  await expect(page.getByText('a question this handbook does not have (“no-such-question”)')).toBeVisible();
  await expect(page.getByText('1 question was too long and was shortened.')).toBeVisible();
  await expect(rows(page)).toHaveCount(5);
  await expect(sheet(page).getByText(hostile[0]!, { exact: true })).toBeVisible();
  await expect(sheet(page).getByText(hostile[1]!, { exact: true })).toBeVisible();
  await expect(sheet(page).getByText('gnp.exe', { exact: true })).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('script', { hasText: '__pwned' })).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(new URL(page.url()).hash).toBe('');
});

test('the printed sheet has the questions, fields to fill in and the link, without the site chrome', async ({ page }) => {
  await page.goto(`${BUILDER}#preset=${presets[2]!.id}`);
  await expect(rows(page)).toHaveCount(presets[2]!.questions.length);
  const texts = await rowTexts(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print sheet' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'My questions for an informational interview' })).toBeVisible();
  for (const field of ['Name:', 'Role:', 'Organisation:', 'Date:']) await expect(page.getByText(field, { exact: true })).toBeVisible();
  const printed = page.getByRole('list').filter({ hasText: texts[0]! }).last();
  await expect(printed.getByRole('listitem')).toHaveText(texts);
  await expect(page.getByText('End on time. Send a thank-you note within a week.')).toBeVisible();
  await expect(page.getByText(/#sheet=v1&/)).toBeVisible();
  await expect(page.getByRole('img', { name: 'QR code of the link to this sheet' })).toBeVisible();
});

test('an unreadable saved sheet is kept aside and reported, not replaced', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('iih:sheet:v1', '{"v":1,"items":[{"id":"x"},');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto(BUILDER);
  await expect(page.getByText('Part of your saved sheet could not be read.')).toBeVisible();
  await bank(page).getByRole('button', { name: 'Add to my sheet' }).first().click();
  expect(await page.evaluate(() => localStorage.getItem('iih:sheet:v1:unreadable'))).toBe('{"v":1,"items":[{"id":"x"},');
});

test('adding on a question bank page updates the header counter and an open builder', async ({ page, context }) => {
  await page.goto('/questions/');
  await page.getByRole('main').getByRole('heading', { level: 2 }).first().getByRole('link').first().click();
  const questions = page.getByRole('main').getByRole('listitem');
  const first = questions.filter({ has: page.getByRole('button', { name: 'Add to my sheet' }) }).first();
  // The question's paragraph also holds its copy-link anchor ("#").
  const text = (await first.getByRole('paragraph').first().innerText()).replace(/#\s*$/, '').trim();
  const item = questions.filter({ hasText: text });
  const builder = await context.newPage();
  await builder.goto(BUILDER);
  await expect(counter(builder, 0)).toBeVisible();

  await item.getByRole('button', { name: 'Add to my sheet' }).click();
  await expect(item.getByText('On your sheet')).toBeVisible();
  await expect(counter(page, 1)).toBeVisible();
  await expect(rows(builder)).toHaveCount(1);
  await expect(rows(builder).first()).toContainText(text);
  await expect(counter(builder, 1)).toBeVisible();

  await rows(builder).first().getByRole('button', { name: 'Remove' }).click();
  await expect(item.getByRole('button', { name: 'Add to my sheet' })).toBeVisible();
  await expect(counter(page, 0)).toBeVisible();
});

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
  await sheet(page).getByRole('textbox', { name: /Your question/ }).fill('Should I become a nurse?');
  await sheet(page).getByRole('button', { name: 'Add my question' }).click();
  await sheet(page).getByRole('button', { name: 'Edit' }).click();
  await expect(sheet(page).getByRole('button', { name: 'Save' })).toBeVisible();
  expect(await validate()).toEqual([]);
  await page.goto(`${BUILDER}#preset=${presets[1]!.id}`);
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await validate()).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('bank pages show no add buttons and the builder says it needs JavaScript', async ({ page }) => {
    await page.goto('/questions/');
    await page.getByRole('main').getByRole('heading', { level: 2 }).first().getByRole('link').first().click();
    await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
    await expect(page.getByRole('button', { name: /my sheet/ })).toHaveCount(0);
    await page.goto(BUILDER);
    await expect(page.getByText('The builder needs JavaScript.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'the question bank' })).toBeVisible();
  });
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(`accessibility of the builder in the ${theme} theme`, () => {
    test.use({ colorScheme: theme });

    const expectNoViolations = async (page: Page) => {
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    };

    test('empty, full and with a dialog open, axe finds nothing', async ({ page }) => {
      // Three full-page axe runs over a page with the whole bank on it take a while.
      test.setTimeout(120_000);
      await page.goto(BUILDER);
      await expect(sheet(page).getByText('Your sheet is empty.')).toBeVisible();
      await expectNoViolations(page);

      // Full: a starter sheet, a custom question that raises a note, grouping, over budget, undo bar.
      await page.getByRole('button', { name: 'Use this sheet' }).first().click();
      await sheet(page).getByRole('textbox', { name: /Your question/ }).fill('Are you hiring right now?');
      await sheet(page).getByRole('button', { name: 'Add my question' }).click();
      await sheet(page).getByText('15 minutes').click();
      await sheet(page).getByRole('checkbox', { name: /Group by part/ }).check();
      await expect(sheet(page).getByText(/Over time by about/)).toBeVisible();
      await expect(sheet(page).getByText('Tip:').first()).toBeVisible();
      await bank(page).getByRole('searchbox').fill('zzzz-nothing-matches');
      await expect(bank(page).getByText('No questions match.')).toBeVisible();
      await expectNoViolations(page);

      await page.goto(`${BUILDER}#preset=${presets[1]!.id}`);
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoViolations(page);
    });
  });
}
