// One layout for every page, and the handbook's navigation always at hand (issue #26): measured in
// the browser at a laptop's 1280 × 800, where the design review found three left edges, a header
// that changed height between page types and nothing on screen saying where the reader was.
import type { Page } from '@playwright/test';
import { SHEET_KEY, TICKS_KEY } from '../../src/lib/storage-keys';
import { expect, test } from './fixtures';
import { ONE_PAGE_OF_EACH_KIND } from './page-kinds';

test.use({ viewport: { width: 1280, height: 800 } });

/** Collects the layout shifts of every page `page` opens from now, from before its first paint. */
async function watchShifts(page: Page): Promise<() => Promise<number[]>> {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { __shifts: number[] }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
}

test('the header lines up with the content and keeps one height on every kind of page', async ({ page }) => {
  const heights = new Set<number>();
  for (const path of ONE_PAGE_OF_EACH_KIND) {
    await page.goto(path);
    const header = await page.locator('header.site-header').boundingBox();
    const first = await page.locator('header.site-header a').first().boundingBox();
    // The content's left edge: the first thing shown in the page's frame (the handbook's column
    // on reading pages, the main column elsewhere).
    const left = await page.evaluate(() => {
      const frame = document.querySelector('#main')!.parentElement!;
      const shown = [...frame.children].filter((el) => el.getBoundingClientRect().width > 0);
      return Math.min(...shown.map((el) => el.getBoundingClientRect().left));
    });
    expect(Math.abs(first!.x - left), `left edges on ${path}: header ${first!.x}, content ${left}`).toBeLessThanOrEqual(4);
    expect(header!.height, `header height on ${path}`).toBeLessThanOrEqual(72);
    heights.add(Math.round(header!.height));
    // One row: nothing in the header sits below the first item.
    const rows = await page
      .locator('header.site-header .header-row > :is(a, nav, site-search, sheet-count, theme-choice)')
      .evaluateAll((els) =>
        els.filter((el) => el.getBoundingClientRect().width > 0).map((el) => Math.round(el.getBoundingClientRect().top)),
      );
    expect(Math.max(...rows) - Math.min(...rows), `header rows on ${path}`).toBeLessThanOrEqual(16);
  }
  expect([...heights], 'header heights across page types').toHaveLength(1);
});

test('mid-way down a step page all six steps are on screen, the current one open to its sections', async ({ page }) => {
  await page.goto('/steps/research-and-prepare/');
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  const handbook = page.getByRole('navigation', { name: 'Handbook' });
  const steps = handbook.locator('.step-list > li > a');
  await expect(steps).toHaveCount(6);
  for (let i = 0; i < 6; i++) await expect(steps.nth(i)).toBeInViewport();
  const current = handbook.getByRole('link', { name: /^Step 2:/ });
  await expect(current).toHaveAttribute('aria-current', 'page');
  await expect(handbook.getByRole('link', { name: 'How to do it' })).toHaveAttribute('href', '#research-and-prepare--how-to-do-it');
  // Other steps stay closed: only the current step lists its sections.
  await expect(handbook.locator('.step-sections')).toHaveCount(1);
  // The header stays at the top as the page scrolls.
  await expect(page.locator('header.site-header')).toBeInViewport();
});

test('each step in the navigation says how many of its checklist items are ticked, and nothing moves when the counts arrive', async ({
  page,
}) => {
  const shifts = await watchShifts(page);
  await page.goto('/steps/know-what-you-want/');
  const handbook = page.getByRole('navigation', { name: 'Handbook' });
  const boxes = page.getByRole('region', { name: 'Checklist' }).getByRole('checkbox');
  const total = await boxes.count();
  const count = handbook
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: /^Step 1:/ }) })
    .locator('.step-ticks');
  await expect(count).toHaveText(`0 of ${total} done`);
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await expect(count).toHaveText(`2 of ${total} done`);
  // Another page reads the same ticks, and shows them from its first frame without a shift.
  await page.goto('/guides/what-it-is/');
  await expect(page.getByRole('navigation', { name: 'Handbook' }).locator('.step-ticks').first()).toHaveText(`2 of ${total} done`);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await shifts()).toEqual([]);
  // The menu on a narrower screen says the same.
  await page.setViewportSize({ width: 800, height: 800 });
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByRole('navigation', { name: 'Menu' }).locator('.step-ticks').first()).toHaveText(`2 of ${total} done`);
});

test('an item moved to another step is counted there, from the ticks saved under its old step', async ({ page }) => {
  await page.goto('/steps/hold-the-conversation/');
  const handbook = page.getByRole('navigation', { name: 'Handbook' });
  // SideNav.astro lists each item as "step/item", the step being the one its ticks are saved under.
  const moved = await handbook.locator('.step-ticks').nth(4).getAttribute('data-ticks');
  const [oldStep, item] = moved!
    .split(' ')
    .find((pair) => !pair.startsWith('hold-the-conversation/'))!
    .split('/');
  await page.evaluate(([key, step, id]) => localStorage.setItem(key!, JSON.stringify({ [step!]: [id] })), [TICKS_KEY, oldStep, item]);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Checklist' }).locator(`#${item} input`)).toBeChecked();
  await expect(handbook.locator('.step-ticks').nth(4)).toHaveText(/^1 of \d+ done$/);
  await expect(
    handbook
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: /^Step \d: / }) })
      .locator('.step-ticks')
      .filter({ hasText: /^1 of/ }),
  ).toHaveCount(1);
});

test('question rows put "Add to my sheet" beside the question from 40rem, as the builder does, and a question found on the sheet moves nothing', async ({
  page,
}) => {
  const shifts = await watchShifts(page);
  await page.goto('/questions/their-path/');
  const rows = page.locator('li[data-question]');
  const first = rows.first();
  await page.evaluate(
    ([key, id]) => localStorage.setItem(key!, JSON.stringify({ v: 1, items: [{ id }] })),
    [SHEET_KEY, await first.getAttribute('id')],
  );
  await page.reload();
  await expect(first.getByRole('button', { name: 'Remove from my sheet' })).toBeVisible();
  await expect(first.getByText('✓ On your sheet')).toBeVisible();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await shifts()).toEqual([]);
  for (const width of [1280, 640, 390]) {
    await page.setViewportSize({ width, height: 800 });
    for (const row of [first, rows.nth(1)]) {
      const text = (await row.locator('p').first().boundingBox())!;
      const button = (await row.getByRole('button').boundingBox())!;
      if (width >= 640) {
        expect(button.x, `beside the question at ${width} px`).toBeGreaterThanOrEqual(text.x + text.width);
        expect(button.y, `level with the question at ${width} px`).toBeLessThan(text.y + text.height);
      } else expect(button.y, `below the question at ${width} px`).toBeGreaterThanOrEqual(text.y + text.height);
    }
    // One width whichever it says, so the question beside it keeps its lines.
    const [added, other] = await Promise.all([first, rows.nth(1)].map(async (row) => (await row.getByRole('button').boundingBox())!.width));
    expect(added).toBe(other);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the steps show no count', async ({ page }) => {
    await page.goto('/steps/know-what-you-want/');
    await expect(page.getByRole('navigation', { name: 'Handbook' }).getByRole('link', { name: /^Step 1:/ })).toBeVisible();
    await expect(page.locator('.step-ticks').first()).toBeHidden();
  });
});

for (const [section, first, second] of [
  ['guides', '/guides/what-it-is/', '/guides/who-it-helps/'],
  ['question categories', '/questions/their-path/', '/questions/day-to-day/'],
  ['templates', '/templates/ask-for-an-introduction/', '/templates/mutual-contact/'],
  ['steps', '/steps/know-what-you-want/', '/steps/research-and-prepare/'],
] as const) {
  test(`${section} lead on to the next page of their section, and back`, async ({ page }) => {
    await page.goto(first);
    const next = page.locator('a[rel="next"]');
    await expect(next).toHaveText(/^Next: /);
    await next.click();
    await expect(page).toHaveURL(new RegExp(`${second}$`));
    await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', first);
  });
}

test('"On this page" is a rail beside the text on a wide screen and a closed list on a narrower one', async ({ page }) => {
  await page.goto('/guides/finding-people/');
  const rail = page.locator('.toc-rail');
  await expect(rail).toBeVisible();
  await expect(page.locator('.toc-inline')).toBeHidden();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await expect(rail.getByRole('link', { name: 'Start with people you know' })).toBeInViewport();

  await page.setViewportSize({ width: 1024, height: 800 });
  await expect(rail).toBeHidden();
  const inline = page.locator('.toc-inline');
  await expect(inline.getByRole('link', { name: 'Start with people you know' })).toBeHidden();
  // A closed disclosure, opened by keyboard.
  await inline.getByText('On this page').focus();
  await page.keyboard.press('Enter');
  await expect(inline.getByRole('link', { name: 'Start with people you know' })).toBeVisible();
});

test("a step page lists its own sections under the step, the checklist's among them, with no second list beside the text", async ({
  page,
}) => {
  await page.goto('/steps/research-and-prepare/');
  const handbook = page.getByRole('navigation', { name: 'Handbook' });
  await expect(handbook.getByRole('link', { name: 'Checklist' })).toHaveAttribute('href', '#checklist-heading');
  await expect(page.locator('.toc-rail')).toHaveCount(0);
});

test('breadcrumbs above the title lead back to the section', async ({ page }) => {
  await page.goto('/guides/nerves-and-introversion/');
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await crumbs.getByRole('link', { name: 'About informational interviews' }).click();
  await expect(page).toHaveURL(/\/guides\/$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Your situation' })).toBeVisible();
});

test('the home page leads with step 1 and the question builder', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start with step 1' }).click();
  await expect(page).toHaveURL(/\/steps\/know-what-you-want\/$/);
  await page.goto('/');
  await page.getByRole('link', { name: 'Build a question sheet' }).click();
  await expect(page).toHaveURL(/\/builder\/$/);
});

test("do's and don'ts say which they are in words and a sign, not colour alone", async ({ page }) => {
  await page.goto('/tips/');
  const first = page.locator('.tip-rule').first();
  await expect(first.locator('.tip-mark')).toHaveText(/^(✓\s*Do|✕\s*Don't)$/);
  const dont = page.locator('.tip-rule[data-kind="dont"] .tip-mark').first();
  await expect(dont).toHaveText(/✕\s*Don't/);
  // The sign is decoration; screen readers hear the word.
  await expect(dont.locator('[aria-hidden="true"]')).toHaveText('✕');
});

test('copy-link marks show on hover and on keyboard focus, beside the text they copy', async ({ page }) => {
  await page.goto('/tips/');
  const row = page.locator('.tip-rule').first();
  const mark = row.locator('.copy-link');
  await expect(mark).toHaveCSS('opacity', '0');
  await row.hover();
  await expect(mark).toHaveCSS('opacity', '1');
  await page.mouse.move(0, 0);
  await mark.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(mark).toBeFocused();
  await expect(mark).toHaveCSS('opacity', '1');
});
