import type { Page } from '@playwright/test';
import { PLANNER_BACKUP_PREFIX, PLANNER_KEY } from '../../src/lib/storage-keys';
import { expect, test } from './fixtures';
import { conversation, person, plannerDocument } from '../../scripts/lib/planner-fixtures.ts';
import { pressOn as press, tabTo } from './keyboard';
import { dayFromToday, expectNoAxeViolations, openPlanner, PLANNER, renderedHtmlProblems, seed } from './planner-helpers';

// Dates are typed the way a keyboard user types them into a date field: month, day, year in en-US.
test.use({ locale: 'en-US' });

const card = (page: Page, name: string) => page.getByRole('article', { name, exact: true });
const group = (page: Page, name: RegExp) => page.getByRole('region', { name });
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), PLANNER_KEY);

test('the whole journey works by keyboard and survives a reload', async ({ page }) => {
  await openPlanner(page);
  await press(page, page.getByRole('button', { name: 'Add a person' }));
  const dialog = page.getByRole('dialog', { name: 'Add a person' });
  await expect(dialog.getByLabel('Name (required)')).toBeFocused();
  await page.keyboard.type('Ada Okafor');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Epidemiologist');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(group(page, /To contact \(1\)/)).toBeVisible();

  await press(page, card(page, 'Ada Okafor').getByRole('button', { name: 'Mark asked' }));
  await expect(group(page, /Asked \(1\)/)).toBeVisible();
  // The card moved to another group; the keyboard stays with it.
  await expect(card(page, 'Ada Okafor').getByRole('heading', { name: 'Ada Okafor' })).toBeFocused();

  await press(page, card(page, 'Ada Okafor').getByRole('button', { name: 'Schedule…' }));
  const schedule = page.getByRole('dialog', { name: 'Schedule the conversation with Ada Okafor' });
  await expect(schedule.getByLabel('Date of the conversation')).toBeFocused();
  const [y, m, d] = dayFromToday(1).split('-');
  await page.keyboard.type(`${m}${d}${y}`);
  await tabTo(page, schedule.getByLabel('Start time'));
  await page.keyboard.type('0930AM');
  await press(page, schedule.getByRole('button', { name: 'Save the date' }));
  await expect(schedule).toBeHidden();
  await expect(card(page, 'Ada Okafor')).toContainText('at 09:30');
  await expect(page.getByRole('article', { name: /Due: Confirm the conversation — Ada Okafor/ })).toBeVisible();

  await press(page, card(page, 'Ada Okafor').getByRole('button', { name: 'Mark done' }));
  const thanks = page.getByRole('article', { name: /Due: Send a thank-you — Ada Okafor/ });
  await expect(thanks).toBeVisible();
  // The reminder can show a frame before focus follows the card; a keyboard user sees focus
  // land first, and moving on before it does lets it take focus from the next control.
  await expect(card(page, 'Ada Okafor').getByRole('heading', { name: 'Ada Okafor' })).toBeFocused();

  await press(page, thanks.getByRole('button', { name: 'Write the message to Ada Okafor' }));
  const message = page.getByRole('dialog', { name: 'Message to Ada Okafor' });
  await expect(message.getByLabel('Template')).toHaveValue('thank-you');
  await expect(message.getByRole('textbox', { name: /Message/ })).toHaveValue(/Ada Okafor/);
  await page.keyboard.press('Escape');
  await expect(message).toBeHidden();

  await press(page, thanks.getByRole('button', { name: 'Mark thanked: Ada Okafor' }));
  await expect(thanks).toBeHidden();
  await expect(page.getByRole('heading', { name: 'What’s due' })).toBeFocused();
  await expect(group(page, /Thanked \(1\)/)).toBeVisible();

  await page.reload();
  await expect(group(page, /Thanked \(1\)/)).toBeVisible();
  await expect(card(page, 'Ada Okafor')).toContainText('Epidemiologist');
  const saved = JSON.parse((await stored(page))!);
  expect(saved.version).toBe(3);
  expect(saved.data.conversations[0]).toMatchObject({
    status: 'thanked',
    scheduledDate: dayFromToday(1),
    scheduledTime: '09:30',
    thankedOn: dayFromToday(0),
  });
});

test('two pages stay in step, and a clash on the same person is reported', async ({ page, context }) => {
  await openPlanner(page);
  const other = await context.newPage();
  await openPlanner(other);

  await page.getByRole('button', { name: 'Add a person' }).click();
  await page.getByRole('dialog').getByLabel('Name (required)').fill('Ada');
  await page.getByRole('button', { name: 'Save person' }).click();
  await expect(card(other, 'Ada')).toBeVisible();

  await other.getByRole('button', { name: 'Add a person' }).click();
  await other.getByRole('dialog').getByLabel('Name (required)').fill('Ben');
  await other.getByRole('button', { name: 'Save person' }).click();
  await expect(card(page, 'Ben')).toBeVisible();

  // Both open Ada's form, then both save different changes.
  await card(page, 'Ada').getByRole('button', { name: 'Edit person…' }).click();
  await card(other, 'Ada').getByRole('button', { name: 'Edit person…' }).click();
  await page.getByRole('dialog').getByLabel('Role', { exact: true }).fill('Nurse');
  await page.getByRole('button', { name: 'Save person' }).click();
  await other.getByRole('dialog').getByLabel('Notes').fill('Prefers mornings');
  await other.getByRole('button', { name: 'Save person' }).click();
  await expect(other.getByText('Ada was also changed in another tab after you opened this form. Your version was saved.')).toBeVisible();
  await expect(page.getByText('Your change to Ada was replaced by a later change made in another tab.')).toBeVisible();
  await expect(card(page, 'Ada')).not.toContainText('Nurse');
  await expect(card(page, 'Ben')).toBeVisible();
});

test('unreadable saved data is kept, offered as a download, and replaced only when the reader chooses', async ({ page }) => {
  const broken = '{"version":2,"data":{"people":[{"name":';
  await seed(page, broken);
  await openPlanner(page);
  await expect(page.getByRole('heading', { name: 'Your saved planner could not be read' })).toBeVisible();
  await expectNoAxeViolations(page, 'the recovery notice');
  const backups = await page.evaluate(
    (prefix) =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith(prefix))
        .map((k) => localStorage.getItem(k)),
    PLANNER_BACKUP_PREFIX,
  );
  expect(backups).toEqual([broken]);
  expect(await stored(page)).toBe(broken);
  await expect(page.getByRole('button', { name: 'Add a person' })).toHaveCount(0);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the saved data' }).click();
  const file = await (await download).path();
  expect((await import('node:fs')).readFileSync(file, 'utf8')).toBe(broken);

  await page.reload();
  expect(await stored(page)).toBe(broken);
  await page.getByRole('button', { name: 'Start fresh…' }).click();
  await page.getByRole('dialog', { name: 'Start a fresh planner?' }).getByRole('button', { name: 'Start fresh' }).click();
  await expect(page.getByText('Saved in this browser only')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add a person' })).toBeVisible();
  expect(JSON.parse((await stored(page))!).data.people).toEqual([]);
  expect(
    await page.evaluate(() => Object.keys(localStorage).some((k) => localStorage.getItem(k) === '{"version":2,"data":{"people":[{"name":')),
  ).toBe(true);
});

test('full storage shows "not saved", loses nothing typed, and saves once there is room', async ({ page }) => {
  await page.addInitScript((plannerKey) => {
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === plannerKey && !(window as unknown as { roomAgain?: boolean }).roomAgain)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return real.call(this, key, value);
    };
  }, PLANNER_KEY);
  await openPlanner(page);
  await page.getByRole('button', { name: 'Add a person' }).click();
  await page.getByRole('dialog').getByLabel('Name (required)').fill('Ada');
  await page.getByRole('button', { name: 'Save person' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Not saved' });
  await expect(alert).toContainText('storage for this site is full');
  await expect(card(page, 'Ada')).toBeVisible();
  await expectNoAxeViolations(page, 'the not-saved notice');

  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Export backup' }).click();
  const backup = JSON.parse((await import('node:fs')).readFileSync((await (await download).path())!, 'utf8'));
  expect(backup.data.people.map((p: { name: string }) => p.name)).toEqual(['Ada']);

  await page.evaluate(() => ((window as unknown as { roomAgain: boolean }).roomAgain = true));
  await card(page, 'Ada').getByRole('button', { name: 'Mark asked' }).click();
  await expect(page.getByText('Saved in this browser only')).toBeVisible();
  expect(JSON.parse((await stored(page))!).data.conversations[0].status).toBe('asked');
});

test('blocked storage works in memory and says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  });
  await page.goto(PLANNER);
  await expect(page.getByText('Working in memory only')).toBeVisible();
  await page.getByRole('button', { name: 'Add a person' }).click();
  await page.getByRole('dialog').getByLabel('Name (required)').fill('Ada');
  await page.getByRole('button', { name: 'Save person' }).click();
  await expect(card(page, 'Ada')).toBeVisible();
  await expectNoAxeViolations(page, 'memory mode');
});

test('a newer version opens read-only and is never written', async ({ page }) => {
  const newer = JSON.stringify({ ...plannerDocument([person('a', 'Ada')], [conversation('c', 'a')]), version: 99 });
  await seed(page, newer);
  await openPlanner(page);
  await expect(page.getByText('Read-only: saved by a newer version')).toBeVisible();
  await expect(page.getByText('(version 99)')).toBeVisible();
  await expect(card(page, 'Ada')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mark asked' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'read-only mode');
  expect(await stored(page)).toBe(newer);
});

test.describe('with people in the planner', () => {
  const hostile = '<img src=x onerror="window.pwned=1">\u202Eevil\u0007 ' + 'Long'.repeat(30);
  const longWord = 'x'.repeat(1500);
  const people = [
    person('a', 'Ada Okafor', {
      role: 'Epidemiologist',
      tags: ['health'],
      profileUrl: 'https://example.org/ada',
      email: 'ada@example.org',
    }),
    person('b', 'Ben Park', { referredBy: 'a', tags: ['data'], profileUrl: 'javascript:window.pwned=1' }),
    person('h', hostile, {
      referredBy: 'b',
      notes: '<script>window.pwned=1</script>' + longWord,
      profileUrl: 'data:text/html,<script>1</script>',
    }),
    person('z', 'Zoe Loop', { referredBy: 'y' }),
    person('y', 'Yan Loop', { referredBy: 'z' }),
  ];
  const talks = [
    conversation('ca', 'a', { status: 'done', doneOn: dayFromToday(-10), scheduledDate: dayFromToday(-10) }),
    conversation('cb', 'b', { status: 'asked', askedOn: dayFromToday(-8) }),
    conversation('ch', 'h', {
      status: 'scheduled',
      scheduledDate: dayFromToday(1),
      scheduledTime: '14:00',
      format: 'video',
      place: hostile + longWord,
    }),
  ];
  const saved = JSON.stringify(plannerDocument(people, talks));

  test.beforeEach(async ({ page }) => {
    await seed(page, saved);
    await openPlanner(page);
  });

  test('overdue items stand out in words, not colour alone, and open the filled template', async ({ page }) => {
    const overdue = page.getByRole('article', { name: /Overdue: Send a thank-you — Ada Okafor/ });
    await expect(overdue).toContainText('was due by');
    await expect(page.getByRole('article', { name: /Due: Follow up on your request — Ben Park/ })).toBeVisible();
    await overdue.getByRole('button', { name: 'Write the message to Ada Okafor' }).click();
    const message = page.getByRole('dialog', { name: 'Message to Ada Okafor' });
    await expect(message.getByRole('textbox', { name: /Message/ })).toHaveValue(/Ada/);
    await expect(message.getByRole('textbox', { name: /Message/ })).toHaveValue(/Sam/);
    await message.getByLabel('Template').selectOption('periodic-update');
    await expect(message.getByRole('textbox', { name: /Message/ })).toHaveValue(/Public health|\[/);
  });

  test('search and filters narrow the pipeline, with counts', async ({ page }) => {
    const filters = page.getByRole('search', { name: 'Filter conversations' });
    await filters.getByLabel('Tag').selectOption('data');
    await expect(page.getByText('1 conversation match')).toBeVisible();
    await expect(card(page, 'Ben Park')).toBeVisible();
    await expect(card(page, 'Ada Okafor')).toBeHidden();
    await filters.getByLabel('Tag').selectOption('');
    await filters.getByLabel('Search').fill('epidem');
    await expect(card(page, 'Ada Okafor')).toBeVisible();
    await expect(card(page, 'Ben Park')).toBeHidden();
    await filters.getByLabel('Search').fill('');
    await filters.getByLabel('Status').selectOption('scheduled');
    await expect(page.getByRole('region', { name: /Scheduled \(1\)/ })).toBeVisible();
  });

  test('hostile text never runs and never breaks the page; only web links become links', async ({ page }) => {
    await expect(page.getByText('<script>window.pwned=1</script>')).toHaveCount(0);
    await expect(card(page, 'Ben Park').getByText('javascript:window.pwned=1')).toBeVisible();
    await expect(card(page, 'Ben Park').getByRole('link', { name: /javascript/ })).toHaveCount(0);
    await expect(card(page, 'Ada Okafor').getByRole('link', { name: 'https://example.org/ada' })).toHaveAttribute(
      'href',
      'https://example.org/ada',
    );
    await expect(card(page, 'Ada Okafor').getByRole('link', { name: 'ada@example.org' })).toHaveAttribute('href', 'mailto:ada@example.org');
    await card(page, 'Ben Park').getByRole('link', { name: 'Ada Okafor' }).click();
    await expect(page.getByRole('dialog', { name: 'Ada Okafor' })).toBeVisible();
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.filter((h) => /^\s*(javascript|data|vbscript):/i.test(h))).toEqual([]);
  });

  test('the referral tree is a picture of links that open each person, loops included', async ({ page }) => {
    // The tree's code loads when the reader asks for it.
    const show = page.getByRole('button', { name: 'Show the referral tree' });
    await expect(show).toHaveAttribute('aria-expanded', 'false');
    await show.click();
    await expect(page.getByRole('button', { name: 'Hide the referral tree' })).toHaveAttribute('aria-expanded', 'true');
    const tree = page.getByRole('group', { name: 'Referral tree' });
    await expect(tree.getByRole('link')).toHaveCount(5);
    await expect(tree.getByRole('link', { name: /Zoe Loop|Yan Loop/ }).first()).toContainText('referral loop');
    await tree.getByRole('link', { name: 'Ben Park' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: 'Ben Park' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(page).toHaveURL(/\/planner\/$/);
  });

  test('the planner as rendered, with its tree, target and a dialog open, is valid HTML', async ({ page }) => {
    await page.getByRole('button', { name: 'Show my target' }).click();
    await page.getByRole('button', { name: 'Show the referral tree' }).click();
    await expect(page.getByLabel('Your name')).toBeVisible();
    await expect(page.getByRole('group', { name: 'Referral tree' })).toBeVisible();
    expect(await renderedHtmlProblems(page, 'planner (rendered)')).toEqual([]);
    await card(page, 'Ada Okafor').getByRole('button', { name: 'Edit person…' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await renderedHtmlProblems(page, 'planner with the person dialog')).toEqual([]);
    await page.keyboard.press('Escape');
    await card(page, 'Ada Okafor').getByRole('button', { name: 'Edit conversation…' }).click();
    expect(await renderedHtmlProblems(page, 'planner with the conversation dialog')).toEqual([]);
  });

  test('deleting asks first and can be undone', async ({ page }) => {
    await card(page, 'Ben Park').getByRole('button', { name: 'Edit person…' }).click();
    await page.getByRole('button', { name: 'Delete Ben Park…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete Ben Park?' });
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(card(page, 'Ben Park')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(card(page, 'Ben Park')).toBeVisible();
    await page.reload();
    await expect(card(page, 'Ben Park')).toBeVisible();
  });

  test('a bad import changes nothing and says what is wrong; a good one previews, merges and can be undone', async ({ page }) => {
    const before = await stored(page);
    await page.getByRole('button', { name: 'Import backup…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a backup' });
    const badDoc = plannerDocument([person('q', '')], []);
    await dialog
      .getByLabel('Backup file')
      .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(badDoc)) });
    await expect(dialog.getByRole('alert')).toContainText('data.people[0].name: must not be empty');
    await expect(dialog.getByRole('alert')).toContainText('Nothing was changed.');
    await expectNoAxeViolations(page, 'an import error');
    await dialog.getByLabel('Backup file').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await expect(dialog.getByRole('alert')).toContainText('The file is not JSON');
    expect(await stored(page)).toBe(before);

    const good = plannerDocument(
      [person('n', 'Nia New'), { ...people[0]!, role: 'Director', updatedAt: '2025-02-01T00:00:00.000Z' }],
      [conversation('cn', 'n')],
    );
    await dialog
      .getByLabel('Backup file')
      .setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
    const preview = dialog.getByRole('list', { name: 'What the import will do' });
    await expect(preview).toContainText('Add 1 person and 1 conversation');
    await expect(preview).toContainText('Replace 1 person and 0 conversations');
    await expectNoAxeViolations(page, 'an import preview');
    await dialog.getByRole('button', { name: 'Merge the backup' }).click();
    await expect(card(page, 'Nia New')).toBeVisible();
    await expect(card(page, 'Ada Okafor')).toContainText('Director');
    await expect(card(page, 'Ben Park')).toBeVisible();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(card(page, 'Nia New')).toBeHidden();
    await expect(card(page, 'Ada Okafor')).toContainText('Epidemiologist');
  });

  test('exports stay on this computer and parse', async ({ page }) => {
    const origins = new Set<string>();
    page.on('request', (r) => origins.add(new URL(r.url()).origin));
    for (const [button, check] of [
      ['Export backup (JSON)', (t: string) => expect(JSON.parse(t).data.people).toHaveLength(5)],
      ['Export spreadsheet (CSV)', (t: string) => expect(t).toContain('Ada Okafor')],
      ['Export calendar (.ics)', (t: string) => expect(t).toMatch(/BEGIN:VCALENDAR[\s\S]*BEGIN:VEVENT/)],
    ] as const) {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: button }).click();
      check((await import('node:fs')).readFileSync((await (await download).path())!, 'utf8'));
    }
    expect([...origins].filter((o) => !o.startsWith('http://127.0.0.1') && o !== 'null' && !o.startsWith('blob:'))).toEqual([]);
  });
});

// Each check runs axe in both themes on the page as it is, so the page loads once.
test('axe finds nothing in each state of the planner', async ({ page }) => {
  test.setTimeout(120_000);
  await seed(
    page,
    JSON.stringify(
      plannerDocument(
        [person('a', 'Ada Okafor', { tags: ['health'], profileUrl: 'https://example.org' }), person('b', 'Ben Park', { referredBy: 'a' })],
        [
          conversation('ca', 'a', { status: 'done', doneOn: dayFromToday(-10) }),
          conversation('cb', 'b', { status: 'scheduled', scheduledDate: dayFromToday(1) }),
        ],
      ),
    ),
  );
  await openPlanner(page);
  await page.getByRole('button', { name: 'Show my target' }).click();
  await page.getByRole('button', { name: 'Show the referral tree' }).click();
  await expect(page.getByLabel('Your name')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Referral tree' })).toBeVisible();
  await expectNoAxeViolations(page, 'data');
  await card(page, 'Ada Okafor').getByRole('button', { name: 'Edit person…' }).click();
  await expectNoAxeViolations(page, 'the person dialog');
  await page.keyboard.press('Escape');
  await card(page, 'Ben Park').getByRole('button', { name: 'Edit conversation…' }).click();
  await expectNoAxeViolations(page, 'the conversation dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Write the message to Ada Okafor' }).click();
  await expectNoAxeViolations(page, 'the message dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Add a person' }).click();
  await page.getByRole('button', { name: 'Save person' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Enter a name' })).toBeVisible();
  await expectNoAxeViolations(page, 'a form error');
});

test('my target is saved as I type and prints on its own', async ({ page }) => {
  await openPlanner(page);
  await page.getByRole('button', { name: 'Show my target' }).click();
  await page.getByLabel('Your name').fill('Sam Student');
  await page.getByLabel('Fields or roles you are exploring').fill('Public health\nHealth data');
  await page.getByLabel('Strengths').focus();
  await expect.poll(async () => JSON.parse((await stored(page)) ?? '{}').data?.profile.fields).toEqual(['Public health', 'Health data']);
  await page.reload();
  await page.getByRole('button', { name: 'Show my target' }).click();
  await expect(page.getByLabel('Your name')).toHaveValue('Sam Student');

  // "Print my target" marks the page so print styles keep only that section.
  await page.evaluate(() => (document.documentElement.dataset.print = 'target'));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'What’s due' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Conversations' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'My target' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Health data' })).toBeVisible();
  await expect(page.getByLabel('Your name')).toBeHidden();
});
