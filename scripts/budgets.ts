// Holds every page of the built site to its performance budget (issue #8), in gzip bytes.
// Two measurements, merged: the files each page references in dist/ (inline scripts, <script src>,
// modulepreloads, island components, and every module they import statically), and what a real
// Chromium fetches while the page loads and the network goes quiet, with no interaction. Then
// search: nothing of Pagefind may load before it is opened, and opening it and searching "salary"
// must fit its own budget. Prints a table; exits 1 naming each page over a budget.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Response } from '@playwright/test';
import {
  BUDGETS,
  classify,
  countElements,
  DOM_BUDGETS,
  evaluate,
  followImports,
  formatKB,
  formatTable,
  gzipBytes,
  pageRefs,
  sum,
  totalOf,
  weigh,
  type AssetKind,
  type BudgetKind,
  type Item,
  type BudgetRow,
} from './lib/budgets.ts';
import { launchOptions } from './lib/browser.ts';
import { basePath, fileForPath, outDir as builtSite, type BuiltPage } from './lib/built-site.ts';
import { pagesByType } from './lib/page-types.ts';
import { builtBank, returningReader } from './lib/returning-reader.ts';
import { startPreview } from './lib/preview-server.ts';
import { offlineGroup, servedPath, WORKER_FILE } from '../src/lib/offline-files.ts';

const outDir = builtSite();
const base = basePath();
// A query that finds mostly questions, as readers' queries do. BUDGETS_SEARCH_QUERY changes it for
// an edition that hides those questions: the example edition hides the pay category, so "salary"
// there finds ten whole pages instead of ten questions (about 10 KB more of result text).
const SEARCH_QUERY = process.env.BUDGETS_SEARCH_QUERY || 'salary';
// BUDGETS_VERBOSE=1 lists every file of every row, not only the top five of rows over budget.
const verbose = Boolean(process.env.BUDGETS_VERBOSE);

/** The built file that a URL on the preview origin names, or undefined. */
const fileFor = (url: string) => fileForPath(outDir, base, new URL(url).pathname);

const weighed = new Map<string, number>();
/** The gzip size of a built file, worked out once however many pages load it. */
function gzipFile(file: string): number {
  let bytes = weighed.get(file);
  if (bytes === undefined) weighed.set(file, (bytes = gzipBytes(readFileSync(file))));
  return bytes;
}

/** What a page transfers judging by its files alone; inline code is listed as parts of the page. */
async function measureFiles(file: string, pageUrl: string): Promise<{ items: Item[]; missing: string[] }> {
  const refs = pageRefs(readFileSync(file, 'utf8'), pageUrl);
  // Inline scripts and styles travel in the one gzip stream of the document.
  const items: Item[] = [
    { url: `${pageUrl} (document)`, kind: 'html', bytes: gzipBytes(refs.documentOnly) },
    { url: `${pageUrl} (inline styles)`, kind: 'css', bytes: gzipBytes(refs.inlineStyles.join('\n')) },
    { url: `${pageUrl} (inline scripts)`, kind: 'js', bytes: gzipBytes(refs.inlineScripts.map((s) => s.source).join('\n')) },
  ];
  const missing: string[] = [];
  for (const href of refs.stylesheets) {
    const css = fileFor(href);
    if (css) items.push({ url: href, kind: 'css', bytes: gzipFile(css) });
    else missing.push(href);
  }
  for (const href of refs.others) {
    const other = fileFor(href);
    if (other) items.push({ url: href, kind: classify(href), bytes: gzipFile(other) });
  }
  const graph = await followImports(
    [
      ...refs.inlineScripts.filter((s) => s.module).map((s) => ({ url: pageUrl, source: s.source })),
      ...refs.scripts.map((url) => ({ url })),
    ],
    async (url) => {
      const js = fileFor(url);
      return js ? readFileSync(js, 'utf8') : undefined;
    },
  );
  // Every module in the graph was read from its file, so fileFor finds it.
  for (const url of graph.modules.keys()) items.push({ url, kind: 'js', bytes: gzipFile(fileFor(url)!) });
  missing.push(...graph.missing);
  return { items, missing };
}

/** Resolves once no request has been in flight for `quietMs`, or after `limitMs` in all. */
function networkQuiet(page: Page, quietMs = QUIET_MS, limitMs = 20_000): Promise<void> {
  return new Promise((resolve) => {
    let inFlight = 0;
    let timer: NodeJS.Timeout | undefined;
    const done = () => {
      clearTimeout(timer);
      clearTimeout(limit);
      page.off('request', started);
      page.off('requestfinished', ended);
      page.off('requestfailed', ended);
      resolve();
    };
    const arm = () => {
      clearTimeout(timer);
      if (inFlight === 0) timer = setTimeout(done, quietMs);
    };
    const started = () => {
      inFlight++;
      clearTimeout(timer);
    };
    const ended = () => {
      inFlight = Math.max(0, inFlight - 1);
      arm();
    };
    const limit = setTimeout(done, limitMs);
    page.on('request', started);
    page.on('requestfinished', ended);
    page.on('requestfailed', ended);
    arm();
  });
}

// A page's time, not the machine's, bounds what counts as its own loading. Its clock stands still
// from the first line of its code (timers wait; the network and rendering do not), so pwa.ts,
// which site.ts loads 5 s after the page, never slips into a row when the machine is slow, and
// the seconds after load a reader would give idle callbacks and short timers pass at once.
/** Quiet this long (ms) ends a wait for the network: local files, so a gap means nothing is coming. */
const QUIET_MS = 250;
/** How much of the page's own time after load is part of it: up to here, before pwa.ts's 5 s. */
const PAGE_TIME_MS = 4000;

/** Stops the clock of every page `context` opens, before any of their code runs. */
async function holdClock(context: BrowserContext): Promise<void> {
  await context.clock.install({ time: 0 });
  await context.clock.pauseAt(1);
}

/**
 * Lets a loaded page's held clock run on, a second at a time, each time until the network is quiet,
 * up to PAGE_TIME_MS: idle callbacks, effects and short timers run, and whatever they fetch,
 * and whatever that sets off, counts; nothing due later does.
 */
async function runPageTime(page: Page): Promise<void> {
  await networkQuiet(page);
  for (let ran = 0; ran < PAGE_TIME_MS; ran += 1000) {
    await page.clock.runFor(1000);
    await networkQuiet(page);
  }
}

/** Records the gzip size of every response the page receives until `stop()` is called. */
function record(page: Page): { stop: () => Promise<Item[]> } {
  const pending: Promise<Item | undefined>[] = [];
  const onResponse = (response: Response) => {
    const kind: AssetKind =
      response.request().resourceType() === 'document' ? 'html' : classify(response.url(), response.headers()['content-type']);
    pending.push(
      response
        .body()
        .then((body) => ({ url: response.url(), kind, bytes: gzipBytes(body) }))
        .catch(() => undefined), // redirects and aborted requests have no body
    );
  };
  page.on('response', onResponse);
  return {
    stop: async () => {
      page.off('response', onResponse);
      return (await Promise.all(pending)).filter((i): i is Item => i !== undefined);
    },
  };
}

/** What the browser fetches loading a page, without any interaction, with `storage` saved first. */
async function measureInBrowser(browser: Browser, url: string, storage: Record<string, string> = {}): Promise<Item[]> {
  const context = await browser.newContext();
  await context.addInitScript((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, storage);
  await holdClock(context);
  const page = await context.newPage();
  const recorder = record(page);
  await page.goto(url, { waitUntil: 'load' });
  // Code a page fetches "when idle" loads without interaction too.
  await runPageTime(page);
  const fetched = await recorder.stop();
  await context.close();
  return fetched;
}

/** Opens search on the home page, searches, and returns what that transferred. */
async function measureSearch(browser: Browser, home: string): Promise<Item[]> {
  const context = await browser.newContext();
  await holdClock(context);
  const page = await context.newPage();
  await page.goto(home, { waitUntil: 'load' });
  await networkQuiet(page);
  const recorder = record(page);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByRole('searchbox').fill(SEARCH_QUERY);
  // The search runs 250 ms of the page's time after the last key (Pagefind's debounce), once its
  // code has arrived: let the page's time run in those steps until a result shows.
  const result = page.getByRole('dialog').getByRole('link').first();
  for (let ran = 0; !(await result.isVisible()); ran += 250) {
    if (ran >= PAGE_TIME_MS) throw new Error(`search: no result for "${SEARCH_QUERY}" after ${ran} ms of the page's time`);
    await page.clock.runFor(250);
    await networkQuiet(page);
  }
  await networkQuiet(page);
  const fetched = await recorder.stop();
  await context.close();
  return fetched;
}

/**
 * A first visit's background work (issue #14): what the home page fetches after the window the
 * page rows measure (site.ts loads pwa.ts a few seconds later, which registers the worker), and
 * everything the service worker fetches until it controls the page (its install, which caches
 * the tools, is done by then), plus the worker script itself.
 */
async function measureFirstVisitBackground(browser: Browser, home: string): Promise<Item[]> {
  const context = await browser.newContext();
  const pending: Promise<Item | undefined>[] = [];
  context.on('response', (response) => {
    if (!response.request().serviceWorker()) return;
    pending.push(
      response
        .body()
        .then((body) => ({
          url: response.url(),
          kind: classify(response.url(), response.headers()['content-type']),
          bytes: gzipBytes(body),
        }))
        .catch(() => undefined),
    );
  });
  await holdClock(context);
  const page = await context.newPage();
  await page.goto(home, { waitUntil: 'load' });
  await runPageTime(page);
  // The page rows stop measuring here; from now on it is background work, in the page's own time
  // again, with the few seconds until site.ts loads pwa.ts skipped.
  const after = record(page);
  await page.clock.resume();
  await page.clock.fastForward(5000);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
  const own = await after.stop();
  const items = (await Promise.all(pending)).filter((i): i is Item => i !== undefined);
  await context.close();
  const worker = path.join(outDir, WORKER_FILE);
  return [...own, ...items, { url: new URL(WORKER_FILE, home).href, kind: 'js', bytes: gzipBytes(readFileSync(worker)) }];
}

/** Every file "Keep the whole handbook on this device" stores, weighed from dist/. */
function wholeHandbookFiles(origin: string): Item[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => statSync(path.join(outDir, f)).isFile() && offlineGroup(servedPath(f)) !== null)
    .map((f) => ({
      url: new URL(f, origin).href,
      kind: f.endsWith('.html') ? 'html' : classify(f),
      bytes: gzipBytes(readFileSync(path.join(outDir, f))),
    }));
}

/** The heaviest items of a row that broke its budget, to say where to look. */
function heaviest(items: Item[], origin: string): string {
  return items
    .slice(0, verbose ? items.length : 5)
    .map((i) => `    ${String(i.bytes).padStart(7)} B ${i.kind.padEnd(5)} ${i.url.replace(origin, '/')}`)
    .join('\n');
}

/** Runs `tasks` at most `n` at a time; the results come in the order of the tasks. */
async function fewAtATime<T>(tasks: (() => Promise<T>)[], n: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: n }, worker));
  return results;
}

const isSearchAsset = (url: string) => new URL(url).pathname.startsWith(`${base}pagefind/`);

const started = Date.now();
let pageCount = 0;
const grouped = pagesByType(outDir); // first, so a missing build stops before any server starts
const launch = await launchOptions();

// Every page is loaded twice in the browser: by a first-time reader and by one with saved data.
const returning = returningReader(builtBank(outDir));
const preview = await startPreview();
const browser = await chromium.launch(launch);
const rows: BudgetRow[] = [];
const problems: string[] = [];
const details: string[] = [];
let searchTotal: number | undefined;
// Elements in the built HTML of the pages with a DOM budget (issue #21).
const domLines: string[] = [];
const visitTasks: (() => Promise<{ row: BudgetRow; detail?: string | undefined; problems: string[] }>)[] = [];
try {
  // Every page is measured from its files; the heaviest page of each type also in the browser.
  for (const [type, pages] of grouped) {
    if (pages.length === 0) {
      if (!type.optional) problems.push(`no ${type.page} page in the build (expected a path like ${type.match})`);
      continue;
    }
    let heaviestPage: (BuiltPage & { total: number }) | undefined;
    const fileBreaches = new Map<string, string[]>();
    for (const p of pages) {
      const url = new URL(p.route.slice(1), preview.url).href;
      const { items, missing } = await measureFiles(p.file, url);
      const { weight } = weigh(items);
      for (const m of missing) problems.push(`${p.route}: loads ${m}, which is not in ${path.relative(process.cwd(), outDir)}/`);
      fileBreaches.set(p.route, evaluate(type.page, p.route, weight, BUDGETS[type.kind]).breaches);
      const domLimit = DOM_BUDGETS[type.kind];
      if (domLimit !== undefined) {
        const elements = countElements(readFileSync(p.file, 'utf8'));
        domLines.push(`${type.page} \`${p.route}\`: ${elements} elements (budget ${domLimit})${elements > domLimit ? ' OVER' : ''}`);
        if (elements > domLimit)
          problems.push(`${type.page} (${p.route}): ${elements} elements in its HTML, over its budget of ${domLimit}`);
      }
      pageCount++;
      if (!heaviestPage || totalOf(weight) > heaviestPage.total) heaviestPage = { ...p, total: totalOf(weight) };
    }
    // The heaviest page's row below, measured in the browser too, says all there is about it.
    const { route, file } = heaviestPage!;
    fileBreaches.delete(route);
    problems.push(...[...fileBreaches.values()].flat());
    const url = new URL(route.slice(1), preview.url).href;
    const fromFiles = await measureFiles(file, url);
    // The companion opens a conversation named in the URL's hash; the saved data has one.
    const returningUrl = route === '/planner/conversation/' ? `${url}#${returning.conversationId}` : url;
    visitTasks.push(async () => {
      const found: string[] = [];
      const visits = [
        { who: '', seen: await measureInBrowser(browser, url) },
        { who: ' with saved data', seen: await measureInBrowser(browser, returningUrl, returning.storage) },
      ].map(({ who, seen }) => {
        // The document itself is counted from its file, split from its inline scripts.
        const fetched = seen.filter((i) => i.url.split('#')[0] !== url);
        const early = fetched.filter((i) => isSearchAsset(i.url));
        if (early.length)
          found.push(`${type.page} (${route})${who}: search loaded before it was opened: ${early.map((i) => i.url).join(', ')}`);
        return { who, ...weigh(fromFiles.items, fetched) };
      });
      // The heavier visit is the one the budget holds to.
      const { who, weight, items } = visits.reduce((a, b) => (totalOf(b.weight) > totalOf(a.weight) ? b : a));
      const row = evaluate(type.page + who, route, weight, BUDGETS[type.kind]);
      const detail =
        row.breaches.length || verbose ? `${type.page}${who} (${route}), heaviest first:\n${heaviest(items, preview.url)}` : undefined;
      return { row, detail, problems: [...found, ...row.breaches] };
    });
  }
  // The visits count bytes, not time, and mostly wait for the network to go quiet: a dozen at
  // once (36 visits took 17 s four at a time, 11 s twelve at a time).
  for (const { row, detail, problems: found } of await fewAtATime(visitTasks, 12)) {
    rows.push(row);
    if (detail) details.push(detail);
    problems.push(...found);
  }
  const search = await measureSearch(browser, preview.url);
  const { weight: searchWeight, items: searchItems } = sum(search);
  const searchRow = evaluate('search: open + query', `"${SEARCH_QUERY}"`, searchWeight, BUDGETS.search);
  rows.push(searchRow);
  searchTotal = totalOf(searchWeight);
  if (searchRow.breaches.length || verbose)
    details.push(`search, heaviest first (${searchItems.length} responses):\n${heaviest(searchItems, preview.url)}`);
  problems.push(...searchRow.breaches);
  if (!search.some((i) => isSearchAsset(i.url)))
    problems.push('search: opening it and searching fetched nothing from pagefind/; is the index built?');

  if (existsSync(path.join(outDir, WORKER_FILE)) && readFileSync(path.join(outDir, WORKER_FILE), 'utf8').includes('precache')) {
    const offlineRows: [string, string, Item[], BudgetKind][] = [
      ['offline: first visit, in the background', 'after idle', await measureFirstVisitBackground(browser, preview.url), 'offline'],
      ['offline: the whole handbook kept', 'every page + search', wholeHandbookFiles(preview.url), 'offlineAll'],
    ];
    for (const [name, what, items, kind] of offlineRows) {
      const { weight, items: sorted } = sum(items);
      const row = evaluate(name, what, weight, BUDGETS[kind]);
      rows.push(row);
      if (row.breaches.length || verbose)
        details.push(`${name}, heaviest first (${sorted.length} files):\n${heaviest(sorted, preview.url)}`);
      problems.push(...row.breaches);
    }
  }
  // The bank's data on its own row (issue #21): the tools fetch it once and the worker keeps it.
  const bankData = path.join(outDir, 'question-bank.json');
  if (existsSync(bankData)) {
    const weight = { html: 0, css: 0, js: 0, other: gzipBytes(readFileSync(bankData)) };
    const row = evaluate('bank data', `${base}question-bank.json`, weight, BUDGETS.bankData);
    rows.push(row);
    problems.push(...row.breaches);
  } else problems.push(`question-bank.json is missing from ${path.relative(process.cwd(), outDir)}/: the builder needs it`);
} finally {
  await browser.close();
  preview.stop();
}

console.log(formatTable(rows));
console.log(
  `\nGzip level 9, 1 KB = 1024 bytes. JS counts inline scripts, <script src>, modulepreloads, islands and their static imports,` +
    `\nplus anything fetched before the network went quiet; "other" is images, fonts and search data. ${pageCount} pages checked` +
    ` in ${((Date.now() - started) / 1000).toFixed(1)} s; the heaviest page of each type is shown.`,
);
if (domLines.length) console.log(`\nElements in the built HTML:\n${domLines.map((l) => `- ${l}`).join('\n')}`);
const unique = [...new Set(problems)];
if (details.length) console.log(`\nWhat weighs most:\n${details.join('\n')}`);
if (unique.length) {
  console.error(`\nbudgets: ${unique.length} problem(s):\n- ${unique.join('\n- ')}`);
  process.exit(1);
}
console.log(`budgets: every page within budget (search opened and queried: ${formatKB(searchTotal ?? 0)})`);
