import { builtPages } from '../../scripts/lib/built-site.ts';
import { expect, test } from './fixtures';
import { axeViolations } from './axe';

test.describe('accessibility in the light and the dark theme', () => {
  // The printable handbook holds the whole site on one page; axe needs longer there.
  test.describe.configure({ timeout: 180_000 });
  for (const { route } of builtPages()) {
    test(`${route} has no axe violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(route);
      for (const theme of ['light', 'dark'] as const) {
        // Until the reader chooses, the page follows the system's theme live: no second load.
        await page.emulateMedia({ colorScheme: theme });
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const summary = await axeViolations(page);
        expect.soft(summary, `axe violations in the ${theme} theme`).toEqual([]);
      }
    });
  }
});
