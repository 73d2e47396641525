// Every control on a page either works from first paint or is not offered until it works (issue
// #25). Each test holds back all of the site's JavaScript, as a slow phone would, presses a control
// the moment it shows, then lets the scripts arrive and checks what the reader would see. Presses
// on one island's code alone are in queued-presses.spec.ts.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Holds back every script the page asks for until `release()`; `requested` settles once one is asked for. */
async function holdScripts(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const scripts = /\.m?js(\?.*)?$/;
  await page.route(scripts, async (route) => {
    await released;
    await route.continue();
  });
  return { requested: page.waitForRequest(scripts), release };
}

/** Opens `path` as soon as its first bytes arrive, with every script held back. */
async function openHeld(page: Page, path: string) {
  const scripts = await holdScripts(page);
  await page.goto(path, { waitUntil: 'commit' });
  return scripts;
}

test('"Add to my sheet" pressed twice before the scripts arrive adds the question once, and the header counts it', async ({ page }) => {
  const scripts = await openHeld(page, '/questions/advice-for-me/');
  const item = page.locator('sheet-add').first();
  const add = item.getByRole('button', { name: 'Add to my sheet' });
  await add.click();
  await add.click();
  await scripts.requested;
  scripts.release();
  await expect(item.getByRole('button', { name: 'Remove from my sheet' })).toBeVisible();
  await expect(item.getByText('✓ On your sheet')).toBeVisible();
  await expect(page.getByRole('link', { name: /^My sheet\W+1 question$/ })).toBeVisible();
  await expect(page.locator('sheet-add[data-added]')).toHaveCount(1);
});

test('a checklist tick made as soon as the box can be ticked is kept after a reload', async ({ page }) => {
  const scripts = await openHeld(page, '/steps/hold-the-conversation/');
  const box = page.getByRole('region', { name: 'Checklist' }).getByRole('checkbox').first();
  await box.check();
  scripts.release();
  await expect(box).toBeChecked();
  await page.reload();
  await expect(box).toBeEnabled();
  await expect(box).toBeChecked();
});

test('a copy-link control pressed before the scripts arrive copies the link and says so', async ({ page, baseURL }) => {
  const scripts = await openHeld(page, '/questions/their-path/');
  await page.getByRole('link', { name: /^Copy link to question: How did you first get into/ }).click();
  await scripts.requested;
  scripts.release();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = new URL('questions/their-path/#how-did-you-start', baseURL).href;
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  expect(page.url()).toBe(link);
});

test('"Copy message" pressed before the scripts arrive copies the template and says so', async ({ page }) => {
  const scripts = await openHeld(page, '/templates/thank-you/');
  await page.getByRole('button', { name: 'Copy message' }).click();
  await scripts.requested;
  scripts.release();
  await expect(page.getByRole('region', { name: /^Message: / }).getByRole('status')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Dear \[Their name\],/);
});

test('Search pressed before the scripts arrive opens at once and searches what was typed', async ({ page }) => {
  const scripts = await openHeld(page, '/guides/');
  await page.getByRole('button', { name: 'Search' }).click();
  const words = page.getByRole('searchbox', { name: 'Search words' });
  await expect(words).toBeFocused();
  await page.keyboard.type('salary');
  scripts.release();
  await expect(page.getByRole('status').filter({ hasText: /\d+ results? for “salary”/ })).toBeVisible();
  await expect(words).toHaveValue('salary');
});

test('in a browser without invoker commands, Search pressed before the scripts arrive opens once they are there', async ({ page }) => {
  // As in Safari before 26.2: the button's `command` attribute does nothing.
  await page.addInitScript(() => {
    delete (HTMLButtonElement.prototype as { commandForElement?: Element }).commandForElement;
  });
  const scripts = await openHeld(page, '/guides/');
  await page.getByRole('button', { name: 'Search' }).click();
  await scripts.requested;
  scripts.release();
  const words = page.getByRole('searchbox', { name: 'Search words' });
  await expect(words).toBeFocused();
  await page.keyboard.type('salary');
  await expect(page.getByRole('status').filter({ hasText: /\d+ results? for “salary”/ })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Search the handbook' })).toHaveCount(1);
});

test('the search shortcut pressed before the scripts arrive opens search with what was typed', async ({ page }) => {
  const scripts = await openHeld(page, '/templates/');
  await expect(page.getByRole('button', { name: 'Search' })).toBeVisible();
  // The search box takes focus when its dialog opens (autofocus), never on page load.
  await expect(page.locator('#search-input')).not.toBeFocused();
  await page.keyboard.press('/');
  const words = page.getByRole('searchbox', { name: 'Search words' });
  await expect(words).toBeFocused();
  await page.keyboard.type('salary');
  scripts.release();
  await expect(page.getByRole('status').filter({ hasText: /\d+ results? for “salary”/ })).toBeVisible();
  await expect(words).toHaveValue('salary');
});

test('a theme chosen before the scripts arrive applies, stays chosen and is kept', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const scripts = await openHeld(page, '/steps/');
  const theme = page.getByRole('combobox', { name: 'Theme' });
  await theme.selectOption('Dark');
  await scripts.requested;
  // The theme menu works from first paint.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  scripts.release();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(theme).toHaveValue('dark');
  await page.reload();
  await expect(theme).toHaveValue('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('"Print or save as PDF" pressed before the scripts arrive opens the print dialog once', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () =>
      void ((window as unknown as { printed: number }).printed = ((window as unknown as { printed?: number }).printed ?? 0) + 1);
  });
  const scripts = await openHeld(page, '/print/');
  await page.getByRole('button', { name: 'Print or save as PDF' }).click();
  await scripts.requested;
  scripts.release();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(1);
});

test('the counselors’ “A set of questions” chosen before the scripts arrive shows the question options', async ({ page }) => {
  const scripts = await openHeld(page, '/counselors/');
  await page.getByLabel('A set of questions in the builder').check();
  await scripts.requested;
  scripts.release();
  await expect(page.getByRole('button', { name: 'Tick the first 10' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Category' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Page or item' })).toBeHidden();
  await expect(page.getByText(/\d+ matching questions, 0 ticked/)).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the menu opens from first paint, before the scripts arrive, and stays open when they do', async ({ page }) => {
    const scripts = await openHeld(page, '/tips/');
    await page.getByRole('button', { name: 'Menu' }).click();
    await scripts.requested;
    // A popover: the browser opens it, with none of the site's code yet.
    await expect(page.locator('#site-menu:popover-open')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Planner' })).toBeVisible();
    scripts.release();
    await page.waitForLoadState('load');
    await expect(page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Planner' })).toBeVisible();
  });

  test('a copy-link control pressed before the scripts arrive opens the share sheet with the link', async ({ page, baseURL }) => {
    // The phone's share sheet, which (like the real one) refuses unless a press has just happened.
    await page.addInitScript(() => {
      navigator.share = async (data?: ShareData) => {
        if (!navigator.userActivation.isActive) throw new DOMException('No press', 'NotAllowedError');
        (window as unknown as { shared: unknown[] }).shared = [...((window as unknown as { shared?: unknown[] }).shared ?? []), data?.url];
      };
    });
    const scripts = await openHeld(page, '/steps/hold-the-conversation/');
    await page.getByRole('link', { name: /^Copy link to this step/ }).tap();
    await scripts.requested;
    scripts.release();
    await expect(page.getByRole('status').filter({ hasText: 'Link shared' })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { shared?: unknown[] }).shared)).toEqual([
      new URL('steps/hold-the-conversation/', baseURL).href,
    ]);
  });
});
