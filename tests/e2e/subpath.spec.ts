import { expect, test } from './fixtures';

// This project runs against a build made with BASE_PATH=/careers/handbook/ (see playwright.config.ts).
const BASE = '/careers/handbook/';

test('under a sub-path every internal link and asset stays under it', async ({ page, baseURL }) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(5);
  for (const href of hrefs) expect(href.startsWith(BASE), `${href} starts with ${BASE}`).toBe(true);
  const assets = await page
    .locator('link[href], script[src]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? el.getAttribute('src')!));
  for (const asset of assets.filter((a) => a.startsWith('/'))) expect(asset.startsWith(BASE)).toBe(true);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Handbook' }).click();
  await expect(page).toHaveURL(`${new URL(baseURL!).origin}${BASE}steps/`);
  expect(failed).toEqual([]);
});

test('under a sub-path search results lead to pages under it', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('searchbox', { name: 'Search words' }).fill('job');
  const first = page.getByRole('dialog').getByRole('link').first();
  await expect(first).toBeVisible();
  expect(await first.getAttribute('href')).toMatch(new RegExp(`^${BASE}`));
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(new URL(page.url()).pathname.startsWith(BASE)).toBe(true);
});

test('under a sub-path a class pack opens, and its readings and its sheet lead to pages under it', async ({ page }) => {
  await page.goto('pack/#pack=1&n=Spring+workshop&s=student&r=sfind-people,gwhat-it-is');
  await expect(page.getByRole('heading', { name: 'Spring workshop', level: 2 })).toBeVisible();
  const reading = page.getByRole('link', { name: /What an informational interview is/ }).first();
  expect(await reading.getAttribute('href')).toMatch(new RegExp(`^${BASE}guides/what-it-is/`));
  const hrefs = await page
    .getByRole('main')
    .locator('a[href^="/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(1);
  for (const href of hrefs) expect(href.startsWith(BASE), `${href} starts with ${BASE}`).toBe(true);
  await page.getByRole('link', { name: 'Use this sheet' }).click();
  expect(new URL(page.url()).pathname).toBe(`${BASE}builder/`);
  await expect(page.getByRole('region', { name: 'Your sheet' }).getByRole('listitem')).toHaveCount(8);
});
