import { expect, test } from './fixtures';
import { openPlanner, seed } from './planner-helpers';
import { person, plannerDocument as doc } from '../../scripts/lib/planner-fixtures.ts';

test.use({ locale: 'en-US', timezoneId: 'Europe/London' });

test('the planner says whether the browser keeps it, and reminds to back up until a backup is downloaded', async ({ page }) => {
  const people = Array.from({ length: 10 }, (_, i) => person(`p${i}`, `Person ${i}`));
  await seed(page, JSON.stringify(doc(people, [])));
  await openPlanner(page);
  const safe = page.getByRole('region', { name: 'Keeping your planner safe' });
  await expect(safe.getByText(/keep your planner|clear your planner/)).toBeVisible();
  const reminder = safe.getByRole('status').filter({ hasText: 'You have made 10 changes and have not downloaded a backup yet.' });
  await expect(reminder).toBeVisible();
  const download = page.waitForEvent('download');
  await reminder.getByRole('button', { name: 'Download a backup now' }).click();
  expect((await download).suggestedFilename()).toMatch(/^planner-backup-\d{4}-\d\d-\d\d\.json$/);
  await expect(reminder).toBeHidden();
  await expect(safe.getByText(/Last backup downloaded: /)).toBeVisible();
  await page.reload();
  await expect(page.locator('[data-ready]')).toBeVisible();
  await expect(safe.getByText(/Last backup downloaded: /)).toBeVisible();
  await expect(safe.getByRole('button', { name: 'Download a backup now' })).toHaveCount(0);
});

test('remind me later hides the backup reminder', async ({ page }) => {
  const people = Array.from({ length: 10 }, (_, i) => person(`p${i}`, `Person ${i}`));
  await seed(page, JSON.stringify(doc(people, [])));
  await openPlanner(page);
  const safe = page.getByRole('region', { name: 'Keeping your planner safe' });
  await safe.getByRole('button', { name: 'Remind me later' }).click();
  await expect(safe.getByRole('button', { name: 'Download a backup now' })).toHaveCount(0);
});
