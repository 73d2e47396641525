// Embed views in another site's frame (issue #15), with framing enforced by the browser from the
// headers the build wrote (`_headers`, applied by scripts/preview.ts as a static host would).
//
// Two builds: the default one (no origin may frame anything) and the example edition
// (tests/fixtures/edition-harbor-college), whose edition.yaml lets http://lms.test frame its embed
// views. To point this at another build, serve it and set EMBED_SITE_URL (its address, base path
// included) and EMBED_ALLOWED_ORIGIN (an origin it allows, on port 80).
//
// The "LMS" is a tiny server on a loopback port; the browser reaches it as http://lms.test (allowed)
// and http://other.test (not allowed) through Chromium's --host-rules, so the framing page has a
// real origin of its own, on the loopback network like the handbook (Chromium refuses a public
// page's frames onto a loopback address whatever the headers say, which would prove nothing).
import { chromium, type Browser, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { builtPages } from '../../scripts/lib/built-site.ts';
import { launchOptions } from '../../scripts/lib/browser.ts';
import { iframeCode } from '../../src/lib/embed/embed-paths.ts';
import { expect, test } from './fixtures';
import { axeViolations } from './axe';

const editionPort = process.env.TEST_PORTS!.split(',')[2];
const EMBEDDING_SITE = process.env.EMBED_SITE_URL ?? `http://127.0.0.1:${editionPort}/harbor/handbook/`;
const ALLOWED = process.env.EMBED_ALLOWED_ORIGIN ?? 'http://lms.test';
const REFUSED = 'http://other.test';
const NEW_TAB = 'Read this in the full handbook (opens in a new tab)';

let lms: Server;
let browser: Browser;

test.beforeAll(async () => {
  // The LMS page holds whatever code a test pastes into it (?code=...), as a course page would.
  lms = createServer((request, response) => {
    const code = new URL(request.url ?? '/', 'http://lms.invalid').searchParams.get('code') ?? '';
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(
      `<!doctype html><html lang="en"><head><title>Week 3</title></head><body><h1>Week 3: talk to people</h1>${code}</body></html>`,
    );
  });
  await new Promise<void>((resolve) => lms.listen(0, '127.0.0.1', resolve));
  const port = (lms.address() as AddressInfo).port;
  const map = (origin: string) => `MAP ${new URL(origin).hostname}:80 127.0.0.1:${port}`;
  const options = await launchOptions();
  browser = await chromium.launch({ ...options, args: [...options.args, `--host-rules=${map(ALLOWED)}, ${map(REFUSED)}`] });
});

test.afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => lms?.close(resolve));
});

/** Opens a page of the LMS at `origin` holding `code`, and waits until its frame has loaded or been refused. */
async function lmsPage(page: Page, origin: string, code: string): Promise<'shown' | 'refused'> {
  await page.goto(`${origin}/?code=${encodeURIComponent(code)}`);
  await expect(page.getByRole('heading', { name: 'Week 3: talk to people' })).toBeVisible();
  const frame = () => page.mainFrame().childFrames()[0];
  await expect.poll(() => frame()?.url() ?? '').toMatch(/^(https?|chrome-error):/);
  return frame()!.url().startsWith('chrome-error:') ? 'refused' : 'shown';
}

/** Frames `src` on `origin`; says whether the browser showed it, after checking the site did send it. */
async function frame(origin: string, src: string): Promise<{ outcome: 'shown' | 'refused'; page: Page }> {
  const page = await browser.newPage();
  const sent = page.waitForResponse((r) => r.url() === src);
  const outcome = await lmsPage(page, origin, iframeCode(src, 'From the handbook'));
  // The handbook answered; whatever happened next, the browser decided it from the headers.
  expect((await sent).status()).toBe(200);
  return { outcome, page };
}

test('an embed view shows in a frame on a site the edition allows, and its links open the full handbook in a new tab', async () => {
  const { outcome, page } = await frame(ALLOWED, `${EMBEDDING_SITE}embed/steps/find-people/`);
  expect(outcome).toBe('shown');
  const embed = page.frameLocator('iframe');
  await expect(embed.getByRole('heading', { level: 1 })).toHaveText('Find people to talk to');
  await expect(embed.getByRole('heading', { name: 'Checklist' })).toBeVisible();
  // No site chrome and nothing that would save inside the frame.
  await expect(embed.getByRole('banner')).toHaveCount(0);
  await expect(embed.getByRole('navigation')).toHaveCount(0);
  await expect(embed.getByRole('checkbox')).toHaveCount(0);

  const back = embed.getByRole('link', { name: NEW_TAB }).first();
  await expect(back).toHaveAttribute('target', '_blank');
  await expect(back).toHaveAttribute('rel', 'noopener');
  const [tab] = await Promise.all([page.waitForEvent('popup'), back.click()]);
  await expect(tab).toHaveURL(`${EMBEDDING_SITE}steps/find-people/`);
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText('Find people to talk to');
  // The frame still shows the embed view.
  await expect(embed.getByRole('heading', { level: 1 })).toHaveText('Find people to talk to');

  // A link inside the step's own text opens a new tab too, never the full site inside the frame.
  const [related] = await Promise.all([
    page.waitForEvent('popup'),
    embed.getByRole('region', { name: 'Related' }).getByRole('link').first().click(),
  ]);
  await expect(related).toHaveURL(new RegExp(`^${EMBEDDING_SITE}`));
  await page.close();
});

test('a starter sheet in a frame opens the question builder in a new tab', async () => {
  const { outcome, page } = await frame(ALLOWED, `${EMBEDDING_SITE}embed/sheets/student/`);
  expect(outcome).toBe('shown');
  const embed = page.frameLocator('iframe');
  await expect(embed.getByRole('heading', { level: 1 })).toHaveText('Exploring a first career');
  // The student starter sheet's 8 questions (content/presets.yaml), every one shown.
  await expect(embed.locator('li[data-question]')).toHaveCount(8);
  const [tab] = await Promise.all([
    page.waitForEvent('popup'),
    embed.getByRole('link', { name: /question builder.*opens in a new tab/ }).click(),
  ]);
  // The builder opens the sheet, then tidies its address.
  await expect(tab).toHaveURL(`${EMBEDDING_SITE}builder/`);
  await expect(tab.getByText('Exploring a first career').first()).toBeVisible();
  await page.close();
});

test('an embed view is refused in a frame on a site the edition does not list', async () => {
  const { outcome, page } = await frame(REFUSED, `${EMBEDDING_SITE}embed/steps/find-people/`);
  expect(outcome).toBe('refused');
  await expect(page.frameLocator('iframe').getByRole('heading', { name: 'Find people' })).toHaveCount(0);
  await page.close();
});

test('pages that are not embed views are refused in a frame, even on a site allowed to frame embed views', async () => {
  for (const path of ['', 'steps/find-people/', 'counselors/', 'builder/']) {
    const { outcome, page } = await frame(ALLOWED, `${EMBEDDING_SITE}${path}`);
    expect(outcome, path || 'home').toBe('refused');
    await page.close();
  }
});

test('with no origins allowed (the default edition) even embed views are refused in a frame', async ({ baseURL }) => {
  const { outcome, page } = await frame(ALLOWED, `${baseURL}embed/templates/thank-you/`);
  expect(outcome).toBe('refused');
  await page.close();
});

test('the counselors page gives embed code that shows the chosen part when pasted into an allowed site', async () => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(`${EMBEDDING_SITE}counselors/`);
  await expect(page.getByText(/browsers keep this handbook's saved data in a separate place/)).toBeVisible();
  const place = page.getByRole('combobox', { name: 'Page or item' });
  await place.focus();
  await place.selectOption({ label: 'Thank-you note' });
  const code = page.getByRole('textbox', { name: 'Embed code' });
  await expect(code).toHaveValue(
    `<iframe src="${EMBEDDING_SITE}embed/templates/thank-you/" title="Thank-you note, from the Harbor College Interview Handbook" width="100%" height="600" loading="lazy"></iframe>`,
  );
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    const results = await axeViolations(page, { include: 'link-builder' });
    expect(results, `axe on the link builder with embed code, ${colorScheme} theme`).toEqual([]);
  }
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(page.getByText('Embed code copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await code.inputValue());

  // A part with no embed view says so instead of offering code.
  await place.selectOption({ value: '/guides/what-it-is/' });
  await expect(code).toBeHidden();
  await expect(page.getByText('This choice has no embed code.')).toBeVisible();

  expect(await lmsPage(page, ALLOWED, copied)).toBe('shown');
  await expect(page.frameLocator('iframe').getByRole('heading', { level: 1 })).toHaveText('Thank-you note');
  await context.close();
});

test('the default edition, which allows no origins, offers no embed code', async ({ page }) => {
  await page.goto('/counselors/');
  await page.getByRole('combobox', { name: 'Page or item' }).focus();
  await expect(page.getByLabel('Link', { exact: true })).toHaveValue(/\/steps\//);
  await expect(page.getByText('Embed code')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Show the handbook in your LMS' })).toHaveCount(0);
});

test.describe('embed views on a 320 px wide frame', () => {
  test.use({ viewport: { width: 320, height: 600 } });
  const routes = builtPages()
    .map((p) => p.route)
    .filter((r) => r.startsWith('/embed/'));

  test('every kind exists: steps, question categories, templates and starter sheets', () => {
    for (const kind of ['steps', 'questions', 'templates', 'sheets'])
      expect(
        routes.some((r) => r.startsWith(`/embed/${kind}/`)),
        kind,
      ).toBe(true);
  });

  test('carry no site chrome or script file, stay out of search engines and never scroll sideways', async ({ page }) => {
    for (const route of routes) {
      const scripts: string[] = [];
      page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
      await page.goto(route);
      await expect(page.getByRole('heading', { level: 1 }), route).toHaveCount(1);
      for (const selector of ['header', 'nav', 'footer', 'site-search', '[data-copy-link]'])
        await expect(page.locator(selector), `${selector} on ${route}`).toHaveCount(0);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
      await expect(page.locator('main[data-pagefind-body]')).toHaveCount(0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `sideways scroll on ${route}`).toBeLessThanOrEqual(0);
      // A class pack's view (issue #28) reads its pack from the address, so it alone has a script,
      // within a budget of its own (scripts/lib/budgets.ts).
      if (route !== '/embed/pack/') expect(scripts, route).toEqual([]);
      page.removeAllListeners('request');
    }
  });

  test('axe finds nothing on an embed view in either theme', async ({ page }) => {
    for (const route of ['/embed/sheets/student/', '/embed/templates/cold-email/']) {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(route);
      // An embed view follows the system's theme live, as the LMS page around it would.
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        const results = await axeViolations(page);
        expect(results, `${route} ${colorScheme}`).toEqual([]);
      }
    }
  });

  test('print with the address of the full page', async ({ page }) => {
    await page.goto('/embed/steps/find-people/');
    await page.emulateMedia({ media: 'print' });
    // The address is the site's (SITE_URL), which a test build leaves at its default.
    await expect(page.getByText(/^https?:\/\/\S+\/steps\/find-people\/$/)).toBeVisible();
    await expect(page.getByRole('link', { name: NEW_TAB })).toHaveCount(0);
  });
});
