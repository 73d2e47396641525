import { expect, test } from './fixtures';
import { builtPages } from '../../scripts/lib/built-site.ts';
import { axeViolations } from './axe';

// A common phone screen, with touch: the header must leave the first screen to the page.
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

// Embed views have no site header: they sit in another site's frame (tests/e2e/embed.spec.ts
// checks them at 320 px).
const routes = builtPages()
  .map((p) => p.route)
  .filter((route) => !route.startsWith('/embed/'));

// Every page, in two halves so the two test workers share them (about 70 pages).
const middle = Math.ceil(routes.length / 2);
for (const [which, part] of [
  ['first', routes.slice(0, middle)],
  ['second', routes.slice(middle)],
] as const) {
  test(`on a phone every page has a one-row header at most 64 px tall and nothing scrolls sideways (${which} half)`, async ({ page }) => {
    for (const route of part) {
      const response = await page.goto(route);
      expect(response?.status(), route).toBe(200);
      const header = page.locator('header.site-header');
      const box = await header.boundingBox();
      expect(box, `header on ${route}`).not.toBeNull();
      expect(box!.height, `header height on ${route}`).toBeLessThanOrEqual(64);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `sideways scroll on ${route}`).toBeLessThanOrEqual(0);
    }
  });
}

test('the menu opens and closes by keyboard, marks the current section and returns focus on Escape', async ({ page }) => {
  await page.goto('/questions/their-path/');
  const button = page.getByRole('button', { name: 'Menu' });
  await expect(page.locator('#site-menu')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Planner' })).toBeHidden();

  // Reach the button with Tab alone, as a keyboard user would.
  for (let i = 0; i < 10 && !(await button.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#site-menu:popover-open')).toBeVisible();
  const menu = page.getByRole('navigation', { name: 'Menu' });
  await expect(menu.getByRole('link', { name: 'Questions', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(menu.getByRole('link', { name: 'Planner' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Theme' })).toBeVisible();

  await page.keyboard.press('Tab');
  await expect(menu.getByRole('link', { name: 'Steps' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('#site-menu')).toBeHidden();
  await expect(button).toBeFocused();
  await expect(menu.getByRole('link', { name: 'Steps' })).toBeHidden();
});

test('tabbing past the last item of the open menu closes it and moves on to the page', async ({ page }) => {
  await page.goto('/steps/');
  const button = page.getByRole('button', { name: 'Menu' });
  await button.click();
  await page.getByRole('combobox', { name: 'Theme' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('#site-menu')).toBeHidden();
  const focusedInHeader = await page.evaluate(() => !!document.activeElement?.closest('header'));
  expect(focusedInHeader).toBe(false);
});

test('a section is reached from the menu by touch', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Menu' }).tap();
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Templates', exact: true }).tap();
  await expect(page).toHaveURL(/\/templates\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('header, menu and builder controls are at least 44 by 44 px on a touch screen', async ({ page }) => {
  await page.goto('/questions/day-to-day/');
  await page.getByRole('button', { name: 'Menu' }).click();
  const controls = page.locator('header a:visible, header button:visible, header select:visible, main button:visible');
  const sizes = await controls.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { name: el.textContent?.trim() || el.getAttribute('aria-label') || el.tagName, width: r.width, height: r.height };
    }),
  );
  expect(sizes.length).toBeGreaterThan(5);
  for (const s of sizes) {
    expect(s.height, `height of "${s.name}"`).toBeGreaterThanOrEqual(44);
    expect(s.width, `width of "${s.name}"`).toBeGreaterThanOrEqual(44);
  }
});

test('axe finds nothing on a phone, with the menu open, in both themes', async ({ page }) => {
  for (const route of ['/', '/questions/their-path/', '/builder/']) {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(route);
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(page.locator('#site-menu:popover-open')).toBeVisible();
    // The page follows the system's theme live, open menu and all: no second load.
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const results = await axeViolations(page, { tags: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
      expect(results, `${route} ${theme}`).toEqual([]);
    }
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the menu is a link to every section at the foot of the page', async ({ page }) => {
    await page.goto('/steps/');
    const menu = page.getByRole('link', { name: 'Menu' });
    await expect(menu).toBeVisible();
    await menu.click();
    const sections = page.getByRole('navigation', { name: 'Sections' });
    for (const name of ['Steps', "Do's and don'ts", 'Questions', 'Templates', 'Question builder', 'Planner', 'For counselors']) {
      await expect(sections.getByRole('link', { name })).toBeVisible();
    }
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
  });
});

test("headings' accessible names carry no copy-link text, and badges read as separate items", async ({ page }) => {
  await page.goto('/questions/their-path/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName('Their story and path');
  await page.goto('/guides/what-it-is/');
  for (const heading of await page.getByRole('heading', { level: 2 }).all()) {
    expect(await heading.evaluate((el) => el.querySelector('.copy-link'))).toBeNull();
  }
  await page.goto('/questions/their-path/');
  const firstBadges = page.locator('li[data-question] .badge-list').first().getByRole('listitem');
  expect(await firstBadges.count()).toBeGreaterThanOrEqual(2);
});

test.describe('sharing from a phone', () => {
  // A stand-in share sheet that records what it was given (Chromium's headless build has none).
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      (window as unknown as { shared: ShareData[] }).shared = shared;
      Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void shared.push(data), configurable: true });
    });
  });
  const sharedUrls = (page: import('@playwright/test').Page) =>
    page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared.map((d) => d.url));

  test('a section link goes to the share sheet and says so', async ({ page }) => {
    await page.goto('/questions/their-path/');
    await page.getByRole('link', { name: /^Copy link to question: How did you first get into/ }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link shared' })).toBeVisible();
    expect(await sharedUrls(page)).toEqual([expect.stringMatching(/\/questions\/their-path\/#how-did-you-start$/)]);
  });

  test("the question sheet's link goes to the share sheet", async ({ page }) => {
    await page.goto('/builder/#preset=student');
    await page.getByRole('button', { name: 'Share link' }).click();
    await expect(page.getByText('Link shared.')).toBeVisible();
    expect(await sharedUrls(page)).toEqual([expect.stringMatching(/\/builder\/#sheet=v1&/)]);
  });
});
