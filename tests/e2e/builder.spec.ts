import { loadEdition } from '../../src/integration/edition';
import { SHEET_BACKUP_KEY, SHEET_KEY } from '../../src/lib/storage-keys';
import { announcer, bank, bankSize, BUILDER, counter, rows, rowTexts, sheet, squash, textOf } from './builder-page';
import { tabTo } from './keyboard';
import { expect, test } from './fixtures';

// The project's own starter sheets (the built site under test is the project's own edition).
const { presets } = loadEdition({});

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

test('the builder appears and fills in its bank without moving anything below the header', async ({ page }) => {
  // Layout shifts outside the site header, with the elements that moved, as the browser reports them.
  await page.addInitScript(() => {
    const shifts: string[] = [];
    (window as unknown as { __shifts: string[] }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node | null }[] })[]) {
        for (const source of entry.sources ?? []) {
          const el = source.node instanceof Element ? source.node : source.node?.parentElement;
          if (el && !el.closest('body > header')) shifts.push(`${el.tagName}.${el.className} (${entry.value.toFixed(4)})`);
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  // A phone, a laptop, and a screen taller than the builder before its bank is built.
  for (const viewport of [
    { width: 412, height: 823 },
    { width: 1350, height: 940 },
    { width: 1080, height: 1920 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto(BUILDER);
    // Every row, counted in the DOM: on the phone the categories start folded (builder-layout.spec.ts).
    await expect(bank(page).locator('[data-q]')).toHaveCount(await bankSize(page));
    // Two frames, so a shift from the last step would have been reported.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(
      await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts),
      `at ${viewport.width}×${viewport.height}`,
    ).toEqual([]);
  }
});

test('filters hide the questions that do not match, and clearing them brings every question back', async ({ page }) => {
  await page.goto(BUILDER);
  const total = await bankSize(page);
  const items = bank(page).getByRole('listitem');
  await expect(items).toHaveCount(total);
  await bank(page).getByRole('searchbox', { name: 'Search the questions' }).fill('hire');
  const status = bank(page).getByRole('status');
  // The count updates once the filter has run; until then it still says every question shows.
  await expect(status).not.toContainText(`Showing ${total} of`);
  await expect(status).toContainText(/^Showing \d+ of/);
  const shown = Number(/Showing (\d+)/.exec((await status.textContent())!)![1]);
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(total);
  await expect(items).toHaveCount(shown);
  // Text content, not innerText: off-screen categories skip rendering and read as empty.
  for (const text of await items.allTextContents()) expect(text.toLowerCase()).toContain('hire');
  // A category with no match is left out, heading and all: each category left shows a question.
  await expect(bank(page).getByRole('heading', { level: 3 })).not.toHaveCount(0);
  for (const category of await bank(page).getByRole('region').all()) {
    await expect(category.getByRole('listitem')).not.toHaveCount(0);
  }
  await expect(bank(page).getByRole('region')).toHaveCount(await bank(page).getByRole('heading', { level: 3 }).count());
  await bank(page).getByRole('button', { name: 'Clear filters' }).click();
  await expect(items).toHaveCount(total);
  await expect(status).toHaveText(`Showing ${total} of ${total} questions`);
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
  await expect(announcer(page, /^Added “.+”\. 1 question, about \d+ minutes\./)).toBeAttached();
  await page.keyboard.press('Tab');
  await expect(results.nth(1).getByRole('button', { name: 'Add to my sheet' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(rows(page)).toHaveCount(2);
  const before = await rowTexts(page);

  // The sheet comes before the bank, so a keyboard user goes back up to it.
  const moveDown = rows(page).first().getByRole('button', { name: 'Move down' });
  await tabTo(page, moveDown, 150, 'Shift+Tab');
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
  // On a wide screen the sheet scrolls on its own: both rows are brought into its view first, so
  // the drag needs no scrolling on the way (as a reader drags between rows they can see).
  await rows(page)
    .nth(2)
    .evaluate((row) => row.scrollIntoView({ block: 'start' }));
  // Within the core questions (a starter sheet has two openers first): parts keep their order.
  await rows(page).nth(2).getByTitle('Drag to reorder').dragTo(rows(page).nth(4));
  await expect.poll(() => rowTexts(page)).toEqual([...before.slice(0, 2), before[3], before[4], before[2], ...before.slice(5)]);
});

test('every starter sheet ends with the referral question and raises no advice notes', async ({ page }) => {
  for (const preset of presets) {
    await page.goto(`${BUILDER}#preset=${preset.id}`);
    await expect(rows(page)).toHaveCount(preset.questions.length);
    const referral = squash(await page.locator(`#bank-q-${preset.questions.at(-1)}`).textContent());
    expect(referral).not.toBe('');
    await expect(rows(page).last()).toContainText(referral);
    await expect(sheet(page).getByText('Tip:')).toHaveCount(0);
    await expect(sheet(page).getByText(/about \d+ minutes/)).toContainText('about 20 minutes');
    await sheet(page).getByRole('button', { name: 'Clear sheet' }).click();
    await expect(rows(page)).toHaveCount(0);
  }
});

test('a copied link opens the same sheet in a fresh browser', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${BUILDER}#preset=${presets[1]!.id}`);
  await sheet(page)
    .getByRole('textbox', { name: /Your question/ })
    .fill('What would you tell your younger self?');
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
  // The QR encoder loads on the reader's first key press (here the Ctrl of Ctrl+P), not with the page.
  expect(await page.evaluate(() => performance.getEntriesByType('resource').some((r) => /qr-encoder/.test(r.name)))).toBe(false);
  await page.keyboard.press('Control');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print sheet' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'My questions for an informational interview' })).toBeVisible();
  for (const field of ['Name:', 'Role:', 'Organization:', 'Date:']) await expect(page.getByText(field, { exact: true })).toBeVisible();
  const printed = page.getByRole('list').filter({ hasText: texts[0]! }).last();
  await expect(printed.getByRole('listitem')).toHaveText(texts);
  await expect(page.getByText('End on time. Send a thank-you note within a day or two.')).toBeVisible();
  await expect(page.getByText(/#sheet=v1&/)).toBeVisible();
  await expect(page.getByRole('img', { name: 'QR code of the link to this sheet' })).toBeVisible();
});

test('an unreadable saved sheet is kept aside and reported, not replaced', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, '{"v":1,"items":[{"id":"x"},');
      sessionStorage.setItem('seeded', '1');
    }
  }, SHEET_KEY);
  await page.goto(BUILDER);
  await expect(page.getByText('Part of your saved sheet could not be read.')).toBeVisible();
  await bank(page).getByRole('button', { name: 'Add to my sheet' }).first().click();
  expect(await page.evaluate((key) => localStorage.getItem(key), SHEET_BACKUP_KEY)).toBe('{"v":1,"items":[{"id":"x"},');
});

test('two open builders stay in step', async ({ page, context }) => {
  await page.goto(`${BUILDER}#preset=${presets[3]!.id}`);
  await expect(rows(page)).toHaveCount(presets[3]!.questions.length);
  const other = await context.newPage();
  await other.goto(BUILDER);
  const before = await rowTexts(page);
  await expect.poll(() => rowTexts(other)).toEqual(before);
  await rows(page).first().getByRole('button', { name: 'Move down' }).click();
  // The expected order is worked out, not read back, so a slow re-render cannot race the check.
  const moved = [before[1], before[0], ...before.slice(2)];
  await expect.poll(() => rowTexts(page)).toEqual(moved);
  await expect.poll(() => rowTexts(other)).toEqual(moved);
  // The starter sheets set 20 minutes: pick another budget.
  await sheet(other).getByText('30 minutes', { exact: true }).click();
  await expect(sheet(page).getByRole('radio', { name: '30 minutes' })).toBeChecked();
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

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  // The builder itself without JavaScript: builder-nojs.spec.ts.
  test('bank pages show no add buttons', async ({ page }) => {
    await page.goto('/questions/');
    await page.getByRole('main').getByRole('heading', { level: 2 }).first().getByRole('link').first().click();
    await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
    await expect(page.getByRole('button', { name: /my sheet/ })).toHaveCount(0);
  });
});
