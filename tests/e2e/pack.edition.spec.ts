// The example edition's own class pack (issue #28): tests/fixtures/edition-harbor-college/packs.yaml
// is offered ready-made on the counselors page with a short link, opens for a student, and has an
// embed view that the edition's LMS may frame, like the other embed views.
import { expect, test } from './fixtures';

test('the counselors page offers the edition’s pack by its short link, and it opens with the center’s email', async ({ page }) => {
  await page.goto('counselors/');
  const ready = page.getByRole('list', { name: 'Ready-made packs' });
  // The short link as the edition's own site serves it (site.url and site.basePath in edition.yaml).
  await expect(ready.getByText('https://harbor.example.edu/harbor/handbook/pack/#p=engineering-juniors')).toBeVisible();
  await ready.getByRole('link', { name: 'Engineering juniors', exact: true }).press('Enter');

  await expect(page.getByRole('heading', { name: 'Engineering juniors', level: 2 })).toBeVisible();
  await expect(page.getByText(/^Hold 2 conversations by .* 42 days left\.$/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Talking with Harbor alumni' })).toBeVisible();
  await expect(page.getByText('Your counselor picked the starter sheet “First year at Harbor” (6 questions).')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Email it to your counselor' })).toHaveAttribute(
    'href',
    /^mailto:careers@harbor\.example\.edu\?/,
  );
  await expect(page.locator('[data-notice]')).toBeEmpty();
});

test('the pack’s embed view shows it without saving anything, under the embed views’ framing rules', async ({ page }) => {
  const response = await page.goto('embed/pack/#p=engineering-juniors');
  expect(response!.headers()['content-security-policy']).toBe('frame-ancestors https://lms.harbor.example.edu http://lms.test');
  await expect(page.getByRole('heading', { name: 'Engineering juniors', level: 2 })).toBeVisible();
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  const back = page.getByRole('link', { name: 'Read this in the full handbook (opens in a new tab)' }).first();
  await expect(back).toHaveAttribute('href', /\/pack\/#p=engineering-juniors$/);
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
});
