import { readFileSync } from 'node:fs';
import { builtPages } from '../../scripts/lib/built-site.ts';
import { pagesCoveringEveryStyle, stylesOf } from '../../scripts/lib/style-cover.ts';
import { expect, test } from './fixtures';
import { axeViolations } from './axe';

// axe in both themes, at a laptop's 1280 px and a phone's 390 px, on the fewest pages that, between
// them, show every element the site styles in every place it is styled (scripts/lib/style-cover.ts; about 20 of the 95 pages today, chosen
// afresh from each build, so a new component or page type joins the sample by itself). Colour
// contrast depends only on that; what each page says (headings, link text, alt text, ARIA) is
// checked on every page of every build by html-validate's WCAG rules and the Nu checker, and
// every page is loaded in a browser at a phone's width (phone.spec.ts, embed.spec.ts), where the
// fixture fails on any uncaught error, CSP violation or request to another origin.
const routes = pagesCoveringEveryStyle(new Map(builtPages().map((p) => [p.route, stylesOf(readFileSync(p.file, 'utf8'))])));

test.describe('every style of the site, in the light and the dark theme', () => {
  // The printable handbook holds the whole site on one page; axe needs longer there.
  test.describe.configure({ timeout: 180_000 });
  for (const route of routes) {
    test(`${route} has no axe violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      const response = await page.goto(route);
      expect(response?.status()).toBe(200);
      // A laptop's width, then a phone's, where the header, the menu and the tools lay out
      // differently; the printable handbook is for paper, and its elements are all on other pages.
      for (const width of route === '/print/' ? [1280] : [1280, 390]) {
        await page.setViewportSize({ width, height: 800 });
        for (const theme of ['light', 'dark'] as const) {
          // Until the reader chooses, the page follows the system's theme live: no second load.
          await page.emulateMedia({ colorScheme: theme });
          await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
          const summary = await axeViolations(page);
          expect.soft(summary, `axe violations in the ${theme} theme at ${width} px`).toEqual([]);
        }
      }
    });
  }
});

test('the menu on a phone, open, has no axe violations in either theme', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/steps/find-people/');
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByRole('navigation', { name: 'Menu' })).toBeVisible();
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    expect.soft(await axeViolations(page, { include: '#site-menu' }), `axe violations in the ${theme} theme`).toEqual([]);
  }
});
