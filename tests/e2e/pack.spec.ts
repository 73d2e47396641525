// Class packs (issue #28), one journey per side: the counselor makes a pack, projects it and prints
// the handout; a student on a fresh browser opens it, brings in the sheet, ticks readings, holds a
// conversation in the companion and shares progress; a hostile link opens safely.
import { PLANNER_KEY, SHEET_KEY } from '../../src/lib/storage-keys';
import { conversation, person, plannerDocument } from '../../scripts/lib/planner-fixtures.ts';
import { rows } from './builder-page';
import { expectNoAxeViolations, dayFromToday } from './planner-helpers';
import { expect, test } from './fixtures';

// Print presses record what would print instead of opening the browser's dialog.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', document.documentElement.dataset.print ?? '');
  });
});

test('a counselor makes a pack by keyboard, shows it on a projector and prints the handout', async ({ page, baseURL }) => {
  await page.goto('/counselors/');
  await page.getByLabel('Title').focus();
  await page.keyboard.type('Spring workshop');
  await page.getByLabel('Note to the class').fill('Read these before we meet.');
  await page.getByLabel('Starter sheet', { exact: true }).selectOption({ label: 'Exploring a first career' });
  const reading = page.getByLabel('Part of the handbook');
  await reading.selectOption({ index: 1 });
  const first = (await reading.locator('option:checked').textContent())!.trim();
  await page.getByRole('button', { name: 'Add to the reading list' }).first().press('Enter');
  await page.getByLabel(`Read by: ${first}`).fill(dayFromToday(7));
  await page.getByLabel('Conversations to hold').fill('2');
  await page.getByLabel('By', { exact: true }).fill(dayFromToday(30));

  const link = page.getByLabel('Link to the pack');
  await expect(link).toHaveValue(new RegExp(`^${new URL('pack/#pack=1&n=Spring+workshop', baseURL).href.replace(/[.+?]/g, '\\$&')}`));

  await page.getByRole('button', { name: 'Show on a projector' }).press('Enter');
  const projector = page.getByRole('dialog', { name: 'Spring workshop' });
  await expect(projector.getByRole('img', { name: "QR code of the pack's link" })).toBeVisible();
  await expect(projector.getByText((await link.inputValue()).replace(/^https?:\/\//, ''))).toBeVisible();
  await expectNoAxeViolations(page, 'the projector view');
  await page.keyboard.press('Escape');
  await expect(projector).toBeHidden();

  await page.getByRole('button', { name: 'Print the handout' }).press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-printed', 'handout');
  await page.evaluate(() => (document.documentElement.dataset.print = 'handout'));
  await page.emulateMedia({ media: 'print' });
  const handout = page.locator('[data-handout]');
  await expect(handout.getByRole('heading', { name: 'Spring workshop' })).toBeVisible();
  await expect(handout.getByText('Three things to do this week')).toBeVisible();
  await expect(handout.getByText(/^Due: hold 2 conversations by /)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Make a link for a student' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // Too long for a QR code: the link goes, and the message names what to shorten.
  await page.getByLabel('Note to the class').fill('word '.repeat(48));
  await page.getByRole('button', { name: 'Add to the reading list' }).first().click();
  for (let i = 2; i < 12; i++) {
    await reading.selectOption({ index: i });
    await page.getByRole('button', { name: 'Add to the reading list' }).first().click();
  }
  await expect(page.getByRole('status').filter({ hasText: /over the 520 that fit a QR code/ })).toContainText('Shorten the');
  await expect(link).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Show on a projector' })).toBeHidden();
});

test('a student opens a pack, brings in its sheet, ticks readings, holds a conversation and shares progress', async ({ page }) => {
  // The conversation is in the planner already; the student holds it in the companion.
  const doc = plannerDocument(
    [person('p1', 'Ada Okafor')],
    [
      conversation('c1', 'p1', {
        status: 'scheduled',
        scheduledDate: dayFromToday(0),
        learned: 'Data work is most of the job\nTeams are small',
      }),
    ],
  );
  // And one question of their own on the sheet, so the builder asks before changing it.
  const mine = JSON.stringify({
    v: 1,
    items: [{ key: 'k1', text: 'What do you read to keep up?', part: 'core' }],
    minutes: 30,
    grouped: false,
    compact: false,
  });
  await page.addInitScript(
    (entries) => entries.forEach(([key, value]) => localStorage.getItem(key!) ?? localStorage.setItem(key!, value!)),
    [
      [PLANNER_KEY, JSON.stringify(doc)],
      [SHEET_KEY, mine],
    ],
  );
  const fragment = `pack=1&n=Spring+workshop&m=Read+these+first.&s=student&r=sfind-people@${dayFromToday(3).replace(/-/g, '')},gwhat-it-is&g=2.${dayFromToday(30).replace(/-/g, '')}&e=coach%40school.example.edu`;
  await page.goto(`/pack/#${fragment}`);

  await expect(page.getByRole('heading', { name: 'Spring workshop', level: 2 })).toBeVisible();
  await expect(page.getByText('Read these first.')).toBeVisible();
  await expect(page.getByText(/^Hold 2 conversations by .* 30 days left\.$/)).toBeVisible();
  await expect(page.getByText(/\(due this week\)/)).toBeVisible();
  await expectNoAxeViolations(page, 'a pack open');

  // Ticks stay over a reload.
  const tick = page.getByRole('checkbox', { name: /^Done: Step \d: Find people/ });
  await tick.focus();
  await page.keyboard.press('Space');
  await expect(page.getByText('1 of 2 done.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /^Done: Step \d: Find people/ })).toBeChecked();

  // "Use this sheet" goes through the builder, which asks before changing the sheet they have.
  await page.getByRole('link', { name: 'Use this sheet' }).press('Enter');
  const ask = page.getByRole('dialog', { name: 'Open the starter sheet “Exploring a first career”?' });
  await ask.getByRole('button', { name: 'Add its questions to my sheet' }).press('Enter');
  await expect(ask).toBeHidden();
  await expect(page.getByText(/^Added \d+ questions from the starter sheet “Exploring a first career”\./).first()).toBeVisible();
  await expect(rows(page).filter({ hasText: 'What do you read to keep up?' })).toHaveCount(1);

  await page.goto('/planner/conversation/#c1');
  await page.getByRole('button', { name: 'Mark the conversation as held today' }).press('Enter');
  await expect(page.getByRole('button', { name: 'Mark the conversation as held today' })).toBeHidden();

  // The goal is a target in the planner, counted from the conversations held.
  await page.goto('/planner/');
  const goals = page.getByRole('region', { name: 'Class goals' });
  await expect(goals).toContainText('Spring workshop: hold 2 conversations by');
  await expect(goals).toContainText('1 held since you opened the pack. 30 days left.');

  await goals.getByRole('link', { name: 'Open your class packs' }).press('Enter');
  await expect(page.getByText('You’ve held 1 since you opened this pack', { exact: false })).toBeVisible();
  await page.getByLabel('Your name (you can leave it out)').fill('Sam');
  await page.getByRole('checkbox', { name: 'Include their name (Ada Okafor)' }).check();
  await page.getByRole('checkbox', { name: 'Include this debrief line: “Teams are small”' }).check();
  const markdown = page.getByLabel('As Markdown');
  await expect(markdown).toHaveValue(/^# Progress: Spring workshop\n\nFrom Sam\n\n## Readings done: 1 of 2\n\n- Step \d: Find people/);
  await expect(markdown).toHaveValue(/, with Ada Okafor\n/);
  await expect(markdown).toHaveValue(/- Teams are small\n$/);
  await expect(markdown).not.toHaveValue(/Data work/);
  await expect(page.getByRole('link', { name: 'Email it to your counselor' })).toHaveAttribute(
    'href',
    /^mailto:coach@school\.example\.edu\?subject=Progress%3A%20Spring%20workshop&body=/,
  );
  await page.getByRole('button', { name: 'Print my progress' }).press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-printed', 'progress');
  await expectNoAxeViolations(page, 'progress to share');

  // A second pack is listed beside the first; removing one leaves the other.
  await page.goto('/pack/#pack=1&n=Second+class');
  await expect(page.getByRole('heading', { name: 'Second class', level: 2 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Spring workshop', exact: true })).toBeVisible();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Remove Second class' }).click();
  await expect(page.getByRole('button', { name: 'Second class', exact: true })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Spring workshop', level: 2 })).toBeVisible();
});

test('a damaged, hostile link opens what it can and says what it dropped', async ({ page }) => {
  const hostile = `pack=1&n=${encodeURIComponent('<img src=x onerror=alert(1)>')}&m=Cut%2&r=gwhat-it-is,xnope,gno-such-guide&e=a%40b.c%3Fbcc%3Devil%40d.e`;
  await page.goto(`/pack/#${hostile}`);
  await expect(page.getByRole('heading', { name: '<img src=x onerror=alert(1)>', level: 2 })).toBeVisible();
  await expect(page.locator('main img')).toHaveCount(0);
  const notices = page.locator('[data-notice]');
  await expect(notices).toContainText('the note, which could not be read');
  await expect(notices).toContainText('the reading “xnope”');
  await expect(notices).toContainText('the counselor’s email address');
  await expect(notices).toContainText('the guide “no-such-guide”');
  await expect(page.locator('[data-pack]').getByRole('link')).toHaveText(['What an informational interview is']);
});
