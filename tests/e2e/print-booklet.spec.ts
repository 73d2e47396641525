import { extractText, getDocumentProxy } from 'unpdf';
import { expect, test } from './fixtures';

// The printable handbook as a booklet (issue #26): print.astro and src/styles/print-booklet.css.

const PARTS = ['About informational interviews', 'The six steps', "Do's and don'ts", 'The question bank', 'Message templates'];

test('the booklet prints to at most 55 A4 pages, with running heads and page numbers', async ({ page }) => {
  await page.goto('/print/');
  const pdf = await page.pdf({ format: 'A4' });
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  // 46 pages in December 2026; the limit leaves room for the content to grow by about a fifth.
  expect(doc.numPages).toBeLessThanOrEqual(55);
  const { text } = await extractText(doc, { mergePages: false });
  const pages = text.map((t) => t.replace(/\s+/g, ' ').trim());
  // The last page is in the last part: its title is the running head, and its number is printed.
  expect(pages.at(-1)).toMatch(new RegExp(`^Message templates ${doc.numPages} `));
  // The cover has neither.
  expect(pages[0]).toMatch(/^The Informational Interview Handbook /);
});

test('the cover shows the name, the month it was made and a QR code back to the site', async ({ page }) => {
  await page.goto('/print/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Informational Interview Handbook');
  const made = page.getByRole('article').locator('time').first();
  await expect(made).toBeVisible();
  const month = (await made.getAttribute('datetime'))!;
  expect(month).toMatch(/^\d{4}-\d{2}$/);
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const inWords = new Date(year, monthNumber - 1, 1).toLocaleDateString('en-US', { month: 'long', year: 'numeric' });
  await expect(made).toHaveText(inWords);
  // Drawn at build time: an image with a name, there even before any script runs.
  const qr = page.getByRole('img', { name: /^QR code: the handbook online, https?:\/\/\S+\/$/ });
  await expect(qr).toBeVisible();
  expect(await qr.evaluate((svg) => svg.tagName.toLowerCase() + svg.querySelectorAll('path').length)).toBe('svg1');
  const address = (await qr.getAttribute('aria-label'))!.replace('QR code: the handbook online, ', '');
  await expect(page.getByRole('figure').filter({ has: qr })).toContainText(`go to ${address}`);
  const cover = page.getByRole('heading', { level: 1 }).locator('xpath=ancestor::header[1]');
  expect(await cover.evaluate((el) => getComputedStyle(el).breakAfter)).toBe('page');
});

test('each part starts on a new page', async ({ page }) => {
  await page.goto('/print/');
  await page.emulateMedia({ media: 'print' });
  for (const part of PARTS) {
    const region = page.getByRole('region', { name: part, exact: true });
    expect(await region.evaluate((el) => getComputedStyle(el).breakBefore), part).toBe('page');
  }
});

test('links to the handbook print as plain words; links to other sites keep their address, wrapped cleanly', async ({ page }) => {
  await page.goto('/print/');
  await page.emulateMedia({ media: 'print' });
  const article = page.getByRole('article');
  // The booklet holds the pages its links lead to, so none of them is followed by an address.
  const afters = await article.locator('a[href]').evaluateAll((links) => links.map((a) => getComputedStyle(a, '::after').content));
  expect(afters.length).toBeGreaterThan(100);
  expect(afters.filter((content) => content !== 'none')).toEqual([]);
  // Today's text links to no other site; one added to a guide shows how such a link prints.
  const external = 'https://example.org/a-long-address/that-wraps-only-where-it-must/';
  await article
    .locator('.prose-body')
    .first()
    .evaluate((body, href) => {
      const link = Object.assign(document.createElement('a'), { href, textContent: 'a guide elsewhere' });
      body.append(link);
    }, external);
  const link = article.getByRole('link', { name: 'a guide elsewhere' });
  expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toContain(external);
  expect(await link.evaluate((a) => getComputedStyle(a, '::after').overflowWrap)).toBe('anywhere');
  expect(await link.evaluate((a) => getComputedStyle(a, '::after').wordBreak)).toBe('normal');
});

test('the question bank names who a question suits only when it mainly suits one or two groups', async ({ page }) => {
  await page.goto('/print/');
  const bank = (await (await page.request.get('question-bank.json')).json()) as { id: string; situations: string[] }[];
  const notes = await page
    .getByRole('region', { name: 'The question bank', exact: true })
    .locator('[data-question]')
    .evaluateAll((items) => Object.fromEntries(items.map((li) => [li.id, li.querySelector('.question-note')?.textContent ?? ''])));
  expect(Object.keys(notes).sort()).toEqual(bank.map((q) => q.id).sort());
  for (const q of bank) expect(notes[q.id]!.includes('Mainly for'), q.id).toBe(q.situations.length <= 2);
  // Most questions suit most readers, and print without a note.
  expect(Object.values(notes).filter((note) => note === '').length).toBeGreaterThan(bank.length / 2);
});
