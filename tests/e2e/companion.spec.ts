import type { Page } from '@playwright/test';
import { PLANNER_KEY, SHEET_KEY } from '../../src/lib/storage-keys';
import { expect, test } from './fixtures';
import { conversation, person, plannerDocument } from '../../scripts/lib/planner-fixtures.ts';
import { pressOn as press, tabTo } from './keyboard';
import { dayFromToday, expectNoAxeViolations, openPlanner, seed } from './planner-helpers';

// Dates are typed the way a keyboard user types them into a date field: month, day, year in en-US.
test.use({ locale: 'en-US' });

// A small sheet as the builder saves it: one bank question and one of the reader's own.
const sheet = JSON.stringify({
  v: 1,
  items: [{ id: 'typical-day' }, { key: 'k1', text: 'How did you move into epidemiology?', part: 'core' }],
  minutes: 15,
  grouped: false,
  compact: false,
});
const card = (page: Page, name: string) => page.getByRole('article', { name, exact: true });
const stored = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), PLANNER_KEY);

async function seedSheet(page: Page) {
  await page.addInitScript(
    ([key, value]) => {
      if (!localStorage.getItem(key!)) localStorage.setItem(key!, value!);
    },
    [SHEET_KEY, sheet],
  );
}

test('prepare, talk, debrief and thank, all by keyboard, keeping notes over a reload', async ({ page }) => {
  await seedSheet(page);
  await seed(page, JSON.stringify(plannerDocument([], [], { myName: 'Sam', strengths: ['Statistics'], values: ['Helping people'] })));
  await openPlanner(page);

  await press(page, page.getByRole('button', { name: 'Add a person' }));
  const add = page.getByRole('dialog', { name: 'Add a person' });
  await expect(add.getByLabel('Name (required)')).toBeFocused();
  await page.keyboard.type('Ada Okafor');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Epidemiologist');
  await page.keyboard.press('Enter');
  await expect(add).toBeHidden();

  await press(page, card(page, 'Ada Okafor').getByRole('button', { name: 'Schedule…' }));
  const schedule = page.getByRole('dialog', { name: 'Schedule the conversation with Ada Okafor' });
  await expect(schedule.getByLabel('Date of the conversation')).toBeFocused();
  const [y, m, d] = dayFromToday(0).split('-');
  await page.keyboard.type(`${m}${d}${y}`);
  await press(page, schedule.getByRole('button', { name: 'Save the date' }));
  await expect(schedule).toBeHidden();

  await press(page, card(page, 'Ada Okafor').getByRole('link', { name: 'Conversation companion' }));
  await expect(page).toHaveURL(/\/planner\/conversation\/#/);
  await expect(page.getByText(/^With Ada Okafor/)).toBeVisible();

  await press(page, page.getByRole('button', { name: 'Attach my question sheet' }));
  await expect(page.getByText('2 questions are attached, copied from your sheet, with a 15-minute budget.')).toBeVisible();

  const talk = page.getByRole('region', { name: '2. Conversation mode' });
  await expect(talk.getByRole('heading', { name: /ordinary day or week look like/ })).toBeVisible();
  await press(page, talk.getByRole('button', { name: 'Start the clock' }));
  await expect(talk.getByRole('timer')).toHaveText(/^1[45]:\d\d$/);
  await tabTo(page, talk.getByLabel('Notes on question 1'));
  await page.keyboard.type('Mornings are data cleaning');
  // Reload at once: the notes must already be saved (on input and on pagehide).
  await page.reload();
  await expect(talk.getByLabel('Notes on question 1')).toHaveValue('Mornings are data cleaning');

  await press(page, talk.getByRole('button', { name: 'Next question' }));
  await expect(talk.getByRole('heading', { name: 'How did you move into epidemiology?' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(talk.getByLabel('Notes on question 2')).toBeFocused();
  await page.keyboard.type('Through a master’s in public health');
  // Tab reaches a radio group at its checked radio; the arrow keys choose another.
  await press(page, talk.getByRole('radio', { name: 'One at a time' }), 'ArrowDown');
  await expect(talk.getByRole('radio', { name: 'All as a list' })).toBeChecked();
  await expect(talk.getByLabel('Notes on question 1')).toHaveValue('Mornings are data cleaning');
  await expect(talk.getByLabel('Notes on question 2')).toHaveValue('Through a master’s in public health');

  const debrief = page.getByRole('region', { name: '3. Debrief' });
  await expect(debrief.getByText('Statistics')).toBeVisible();
  await tabTo(page, debrief.getByLabel('What I learned'));
  await page.keyboard.type('Statistics matter more than I thought');
  await tabTo(page, debrief.getByLabel('Name (required)'));
  await page.keyboard.type('Ben Park');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Data analyst');
  await page.keyboard.press('Enter');
  await expect(debrief.getByRole('status').filter({ hasText: 'Added Ben Park to the planner, referred by Ada Okafor.' })).toBeVisible();
  await expect(debrief.getByRole('link', { name: 'Ben Park' })).toBeVisible();

  await press(page, page.getByRole('button', { name: 'Write the thank-you note…' }));
  const thanks = page.getByRole('dialog', { name: 'Thank-you note to Ada Okafor' });
  await expect(thanks.getByRole('checkbox', { name: 'Statistics matter more than I thought' })).toBeChecked();
  await press(page, thanks.getByRole('checkbox', { name: 'Mornings are data cleaning' }), 'Space');
  const text = thanks.getByRole('textbox', { name: /Message/ });
  await expect(text).toHaveValue(/Dear Ada Okafor/);
  await expect(text).toHaveValue(/Statistics matter more than I thought, and Mornings are data cleaning/);
  await expect(text).toHaveValue(/Sam$/);
  await expect(thanks.getByRole('link', { name: /Open in my mail program/ })).toHaveAttribute(
    'href',
    /^mailto:\?subject=Thank%20you%20for%20your%20time%2C%20Ada%20Okafor&body=Dear%20Ada%20Okafor/,
  );
  await press(page, thanks.getByRole('button', { name: 'I sent it: mark as thanked' }));
  await expect(thanks.getByRole('status')).toContainText('Thank-you sent');
  await page.keyboard.press('Escape');
  await expect(thanks).toBeHidden();

  const saved = await stored(page);
  expect(saved.version).toBe(3);
  const c = saved.data.conversations.find((x: { questions: unknown[] }) => x.questions.length > 0);
  expect(c).toMatchObject({ status: 'thanked', thankedOn: dayFromToday(0), minutes: 15, learned: 'Statistics matter more than I thought' });
  expect(c.questions.map((q: { text: string; bankId: string | null; notes: string }) => [q.bankId, q.notes])).toEqual([
    ['typical-day', 'Mornings are data cleaning'],
    [null, 'Through a master’s in public health'],
  ]);

  await press(page, page.getByRole('link', { name: '← Back to the planner' }));
  await expect(page.locator('[data-ready]')).toBeVisible();
  await page.getByRole('button', { name: 'Show the referral tree' }).click();
  const tree = page.getByRole('group', { name: 'Referral tree' });
  await expect(tree.getByRole('link', { name: 'Ben Park' })).toBeVisible();
  await expect(page.getByRole('article', { name: /Due: Send a thank-you — Ada Okafor/ })).toHaveCount(0);
  await expect(page.getByRole('region', { name: /Thanked \(1\)/ })).toBeVisible();
});

test('later edits to the sheet leave attached questions alone', async ({ page }) => {
  await seedSheet(page);
  await seed(
    page,
    JSON.stringify(
      plannerDocument([person('a', 'Ada Okafor')], [conversation('ca', 'a', { status: 'scheduled', scheduledDate: dayFromToday(1) })]),
    ),
  );
  await page.goto('/planner/conversation/#ca');
  await page.getByRole('button', { name: 'Attach my question sheet' }).click();
  await expect(page.getByText('2 questions are attached')).toBeVisible();
  await page.evaluate(
    (key) => localStorage.setItem(key, JSON.stringify({ v: 1, items: [], minutes: 30, grouped: false, compact: false })),
    SHEET_KEY,
  );
  await page.reload();
  await expect(page.getByText('2 questions are attached')).toBeVisible();
  await expect(page.getByRole('heading', { name: /ordinary day or week look like/ })).toBeVisible();
});

test('Ctrl+P prints the journal; the question sheet loads and prints when asked for, with their details', async ({ page }) => {
  const questions = [{ key: 'q1', bankId: 'typical-day', text: 'What does a typical day look like?', notes: 'Data cleaning' }];
  await seed(
    page,
    JSON.stringify(
      plannerDocument(
        [person('a', 'Ada Okafor', { role: 'Epidemiologist' })],
        [conversation('ca', 'a', { status: 'scheduled', scheduledDate: dayFromToday(1), questions, minutes: 20 })],
      ),
    ),
  );
  await page.goto('/planner/conversation/#ca');
  await expect(page.getByRole('heading', { name: 'What does a typical day look like?' })).toBeVisible();
  // Without a choice, print is the journal; the sheet is not even in the page yet.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-journal-print]')).toBeVisible();
  await expect(page.locator('[data-journal-print]')).toContainText('Data cleaning');
  await expect(page.locator('[data-print-sheet]')).toHaveCount(0);
  await page.emulateMedia({ media: 'screen' });

  // Stand in for the print dialog, noting what would print at that moment.
  await page.evaluate(() => {
    window.print = () => {
      const sheet = document.querySelector('[data-print-sheet]');
      document.documentElement.setAttribute(
        'data-printed',
        `${document.documentElement.dataset.print}: ${sheet?.textContent?.includes('What does a typical day look like?') ? 'sheet ready' : 'no sheet'}`,
      );
    };
  });
  await page.getByRole('button', { name: 'Print the question sheet for Ada Okafor' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-printed', 'sheet: sheet ready');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-print-sheet]')).toBeVisible();
  await expect(page.locator('[data-print-sheet]')).toContainText('Ada Okafor');
  await expect(page.locator('[data-print-sheet]')).toContainText('Epidemiologist');
  await expect(page.locator('[data-journal-print]')).toBeHidden();
});

test('an unknown conversation says so and links back to the planner', async ({ page }) => {
  await page.goto('/planner/conversation/#nobody');
  await expect(page.getByRole('alert')).toContainText('This conversation is not in your planner.');
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing in conversation mode, debrief and the thank-you dialog (${theme} theme)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    const questions = [
      { key: 'q1', bankId: 'typical-day', text: 'What does a typical day look like?', notes: 'Data cleaning' },
      { key: 'q2', bankId: null, text: 'How did you start?', notes: '' },
    ];
    await seed(
      page,
      JSON.stringify(
        plannerDocument(
          [person('a', 'Ada Okafor', { email: 'ada@example.org' }), person('b', 'Ben Park', { referredBy: 'a' })],
          [conversation('ca', 'a', { status: 'done', doneOn: dayFromToday(0), questions, minutes: 1, learned: 'A lot' })],
          { strengths: ['Statistics'] },
        ),
      ),
    );
    await page.goto('/planner/conversation/#ca');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expect(page.getByRole('heading', { name: 'What does a typical day look like?' })).toBeVisible();
    // A one-minute budget is already in its last two minutes: the wrap-up signal is in words.
    await page.getByRole('button', { name: 'Start the clock' }).click();
    await expect(page.getByText('start wrapping up to end on time')).toBeVisible();
    await expectNoAxeViolations(page, 'conversation mode, one at a time');
    await page.getByRole('radio', { name: 'All as a list' }).check();
    await expectNoAxeViolations(page, 'conversation mode as a list, with the debrief');
    await page.getByRole('button', { name: 'Write the thank-you note…' }).click();
    await expect(page.getByRole('dialog', { name: 'Thank-you note to Ada Okafor' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Open in my mail program' })).toHaveAttribute('href', /^mailto:ada@example\.org\?subject=/);
    await expectNoAxeViolations(page, 'the thank-you dialog');
  });
}
