// Performance budgets: how many gzip bytes a page costs, and whether that fits its budget.
// scripts/budgets.ts does the measuring (files in dist/ and a real browser); this file holds the
// rules, so they can be unit tested without either.
import { gzipSync } from 'node:zlib';
import { init, parse as parseModule } from 'es-module-lexer';
import { parse as parseHtml } from 'node-html-parser';
import { markdownTable } from './markdown-table.ts';

/** Budgets are in KiB, as Lighthouse's budgets are. */
export const KB = 1024;

/** Bytes after gzip at level 9, what a static host that precompresses its files sends. */
export function gzipBytes(body: string | Uint8Array): number {
  return body.length === 0 ? 0 : gzipSync(body, { level: 9 }).length;
}

/** What a transferred file counts as in a budget. */
export type AssetKind = 'html' | 'css' | 'js' | 'other';

/** Classifies a response by its content type, falling back to the URL's extension. */
export function classify(url: string, contentType = ''): AssetKind {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type === 'text/html') return 'html';
  if (type === 'text/css') return 'css';
  if (/^(text|application)\/(x-)?javascript$|^text\/ecmascript$/.test(type)) return 'js';
  const ext = /\.([a-z0-9]+)$/i.exec(new URL(url, 'http://x.invalid').pathname)?.[1]?.toLowerCase();
  if (type === '' || type === 'application/octet-stream') {
    if (ext === 'html') return 'html';
    if (ext === 'css') return 'css';
    if (ext === 'js' || ext === 'mjs') return 'js';
  }
  return 'other';
}

/** Script types a browser runs; JSON, import maps and templates are data. */
function runs(type: string | undefined): boolean {
  const t = (type ?? '').trim().toLowerCase();
  return t === '' || t === 'module' || /^(text|application)\/(x-)?javascript$/.test(t);
}

/** What a page's HTML makes the browser fetch or run before anyone touches it. */
export interface PageRefs {
  /** Absolute URLs of stylesheets. */
  stylesheets: string[];
  /** Absolute URLs of external scripts, modulepreloads and island components and renderers. */
  scripts: string[];
  /** Inline scripts that run (classic and module), as source text. */
  inlineScripts: { source: string; module: boolean }[];
  /** Absolute URLs of icons and other preloaded files, which the browser fetches unasked. */
  others: string[];
  /** Inline style elements, as source text. */
  inlineStyles: string[];
  /** The HTML without the inline scripts and styles, so bytes are counted once, under their kind. */
  documentOnly: string;
}

/**
 * Reads a page's HTML for what it loads. Astro islands count whatever their directive: even a
 * client:visible island loads as soon as the reader scrolls, which is not an interaction.
 */
export function pageRefs(html: string, pageUrl: string): PageRefs {
  const root = parseHtml(html);
  const abs = (ref: string) => new URL(ref, pageUrl).href;
  const rels = (el: { getAttribute(n: string): string | undefined }) => (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
  const stylesheets = root
    .querySelectorAll('link[href]')
    .filter((el) => rels(el).includes('stylesheet'))
    .map((el) => abs(el.getAttribute('href')!));
  const others = root
    .querySelectorAll('link[href]')
    .filter((el) => rels(el).some((r) => r === 'icon' || r === 'preload'))
    .map((el) => abs(el.getAttribute('href')!));
  const scripts = new Set<string>();
  for (const el of root.querySelectorAll('link[href]')) if (rels(el).includes('modulepreload')) scripts.add(abs(el.getAttribute('href')!));
  const inlineScripts: PageRefs['inlineScripts'] = [];
  for (const el of root.querySelectorAll('script')) {
    const type = el.getAttribute('type');
    if (!runs(type)) continue;
    const src = el.getAttribute('src');
    if (src) scripts.add(abs(src));
    else if (el.rawText.trim()) {
      inlineScripts.push({ source: el.rawText, module: type?.trim().toLowerCase() === 'module' });
      el.set_content('');
    }
  }
  const inlineStyles: string[] = [];
  for (const el of root.querySelectorAll('style')) {
    inlineStyles.push(el.rawText);
    el.set_content('');
  }
  for (const el of root.querySelectorAll('astro-island')) {
    for (const attr of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const ref = el.getAttribute(attr);
      if (ref) scripts.add(abs(ref));
    }
  }
  return { stylesheets, scripts: [...scripts], others, inlineScripts, inlineStyles, documentOnly: root.toString() };
}

/**
 * The specifiers a module imports statically (`import … from`, `import "…"`, `export … from`).
 * Dynamic `import()` is left out: it runs only when the code asks, which is what lazy loading means.
 */
export async function staticImports(source: string): Promise<string[]> {
  await init;
  const [imports] = parseModule(source);
  return imports.filter((i) => i.d === -1 && i.n !== undefined).map((i) => i.n!);
}

/** Fetches a module's source by absolute URL; undefined when there is none. */
export type ModuleLoader = (url: string) => Promise<string | undefined>;

/**
 * Every module reached from the given module sources by static imports, each once, keyed by
 * absolute URL. Roots are inline scripts (with the page's URL as base) or external modules.
 * Bare specifiers cannot load in a browser without an import map, so they are reported missing.
 */
export async function followImports(
  roots: { url: string; source?: string }[],
  load: ModuleLoader,
): Promise<{ modules: Map<string, string>; missing: string[] }> {
  const modules = new Map<string, string>();
  const missing: string[] = [];
  const queue: { base: string; specifier: string }[] = [];
  const visit = async (base: string, source: string) => {
    for (const specifier of await staticImports(source)) queue.push({ base, specifier });
  };
  for (const root of roots) {
    if (root.source !== undefined) await visit(root.url, root.source);
    else queue.push({ base: root.url, specifier: root.url });
  }
  while (queue.length > 0) {
    const { base, specifier } = queue.shift()!;
    if (!/^(\.{0,2}\/|[a-z][a-z0-9+.-]*:)/i.test(specifier)) {
      missing.push(specifier);
      continue;
    }
    const url = new URL(specifier, base).href;
    if (modules.has(url)) continue;
    const source = await load(url);
    if (source === undefined) {
      missing.push(url);
      continue;
    }
    modules.set(url, source);
    await visit(url, source);
  }
  return { modules, missing };
}

/** Gzip bytes a page transferred, by kind. */
export interface Weight {
  html: number;
  css: number;
  js: number;
  /** Anything else: images, fonts, WebAssembly, search index data. */
  other: number;
}

/** One transferred file (or the inline part of a document) and its gzip bytes. */
export interface Item {
  url: string;
  kind: AssetKind;
  bytes: number;
}

/**
 * Adds up what a page transferred, by kind. Lists from several measurements (the files, the
 * browser) are merged by URL, keeping the larger size, so nothing seen twice counts twice.
 * Returns the items too, heaviest first, to say what weighs most.
 */
export function weigh(...lists: Item[][]): { weight: Weight; items: Item[] } {
  const merged = new Map<string, Item>();
  for (const item of lists.flat()) {
    const seen = merged.get(item.url);
    if (!seen || seen.bytes < item.bytes) merged.set(item.url, item);
  }
  return sum([...merged.values()]);
}

/** Adds up every item as it is, for a list of real responses where a repeat is a real transfer. */
export function sum(items: Item[]): { weight: Weight; items: Item[] } {
  const weight: Weight = { html: 0, css: 0, js: 0, other: 0 };
  for (const { kind, bytes } of items) weight[kind] += bytes;
  return { weight, items: [...items].sort((a, b) => b.bytes - a.bytes) };
}

/** Limits in gzip bytes; a missing limit is not checked. */
export interface Budget {
  js?: number;
  css?: number;
  /** Everything the page transferred: HTML, CSS, JavaScript and anything else. */
  total?: number;
}

/** Which budget a page answers to. */
export type BudgetKind =
  | 'handbook'
  | 'embed'
  | 'list'
  | 'print'
  | 'builder'
  | 'planner'
  | 'counselors'
  | 'pack'
  | 'packEmbed'
  | 'search'
  | 'offline'
  | 'offlineAll'
  | 'bankData';

/** The budgets of issue #8. The stylesheet budget holds on every page. */
export const BUDGETS: Record<BudgetKind, Budget> = {
  handbook: { js: 2 * KB, css: 10 * KB, total: 20 * KB },
  // Embed views (issue #15) sit inside an LMS page, next to its own scripts: no site script, only
  // the inline line that picks the theme (about 0.2 KB). Same CSS and total as a handbook page.
  embed: { js: 0.5 * KB, css: 10 * KB, total: 20 * KB },
  // The do's and don'ts and the question index list a whole collection each, so their text grows
  // with it (79 tips and 206 questions in December 2026: 21 and 20 KB). Same limits on JavaScript
  // and CSS as every handbook page; the total leaves room for about a fifth more content.
  list: { js: 2 * KB, css: 10 * KB, total: 25 * KB },
  // The printable handbook is every step, tip, question, template and guide in one document, made
  // for paper: about fifty handbook pages' worth of text. It keeps the handbook's limits on
  // JavaScript and CSS; its total is the text's own weight plus room for the content to grow by a
  // tenth, so a heavier page template is caught. 45 KB in November 2026; the second edition
  // (December 2026: nine new guides, 13 tips, five templates, fuller prose) brought it to 72 KB.
  // Issue #27 added six guides, 27 questions and four tips (46 to 52 A4 pages): 84.4 KB, and 81.9 KB
  // once its headings lost the "#" marks that copy their links (paper cannot use them). The total
  // keeps room for about a twentieth more text.
  print: { js: 2 * KB, css: 10 * KB, total: 86 * KB },
  // The builder's own code has not grown since issue #21, but the class packs (issue #28) share a
  // few of the sheet's modules with it, and the bundler now serves them to the builder as four
  // chunks of 300-500 bytes instead of inside two larger ones: 25.4 KB in December 2026. The
  // planner group in astro.config.mjs shows how to gather them again if this budget gets tight.
  builder: { js: 26 * KB, css: 10 * KB },
  planner: { js: 30 * KB, css: 10 * KB },
  // The counselors page (issue #28): a handbook page's script at load (the link and pack makers load
  // on the first touch), and a total with room for the pack maker's lists of steps, checklist items,
  // guides, templates and tips (23.5 KB in December 2026).
  counselors: { js: 2 * KB, css: 10 * KB, total: 25 * KB },
  // A student's class pack (issue #28): its own script at most 15 KB (12.2 KB in December 2026), and
  // a total that counts the handbook's titles in the page and question-bank.json (40 KB then).
  pack: { js: 15 * KB, css: 10 * KB, total: 45 * KB },
  // A class pack's embed view: it reads the pack from the address, so it has a script (8.4 KB),
  // unlike the other embed views; the same titles and bank data as the pack page, less the page
  // chrome (32.4 KB in December 2026).
  packEmbed: { js: 10 * KB, css: 10 * KB, total: 35 * KB },
  search: { total: 110 * KB },
  // What the service worker fetches in the background on a first visit, after the page went idle
  // (issue #14): the three tools, the offline page, every script and style, the page being read
  // and the worker itself. 210 KB in December 2026; the budget leaves room for the tools to grow
  // within their own budgets, and catches a change that puts the search index or pages in it.
  // The class pack page joined the tools in December 2026 (12 KB): 254 KB in all.
  offline: { total: 270 * KB },
  // Everything "Keep the whole handbook on this device" stores: every page and the search index.
  // Reported, and held to twice today's size so a runaway file is noticed.
  offlineAll: { total: 2 * 1024 * KB },
  // The question bank as data, question-bank.json (issue #21): the builder's rows are in its page,
  // and this file, fetched once and kept by the offline worker, serves its filters and sheet and
  // the counselors' link builder. 9.0 KB for 206 questions in December 2026; the budget leaves
  // room for the bank to grow by about three quarters, so an edition that multiplies it decides
  // on purpose.
  bankData: { total: 16 * KB },
};

/**
 * Elements in a page's built HTML, for the pages whose content is rendered at build time and
 * grows with a collection (issue #21). The builder lists the whole bank: 1,963 elements for 206
 * questions (eight a row) in December 2026; the limit leaves room for about 60 more questions
 * before the page is looked at again (a phone lays out and styles every element it has).
 */
export const DOM_BUDGETS: Partial<Record<BudgetKind, number>> = { builder: 2500 };

/** How many elements an HTML document has: start tags, not counting comments or script and style text. */
export function countElements(html: string): number {
  const markup = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '<$1>');
  return markup.match(/<[a-zA-Z][^\s/>]*/g)?.length ?? 0;
}

export function totalOf(w: Weight): number {
  return w.html + w.css + w.js + w.other;
}

/** One line of the report: what was measured, against what, and each limit it broke. */
export interface BudgetRow extends Weight {
  page: string;
  path: string;
  budget: Budget;
  breaches: string[];
}

/** Compares a weight with a budget; each breach names the page, the limit and by how much. */
export function evaluate(page: string, path: string, weight: Weight, budget: Budget): BudgetRow {
  const measured: Record<keyof Budget, number> = { js: weight.js, css: weight.css, total: totalOf(weight) };
  const names: Record<keyof Budget, string> = { js: 'JavaScript', css: 'CSS', total: 'total' };
  const breaches: string[] = [];
  for (const key of ['js', 'css', 'total'] as const) {
    const limit = budget[key];
    if (limit !== undefined && measured[key] > limit) {
      breaches.push(
        `${page} (${path}): ${names[key]} is ${formatKB(measured[key])} gzip, over its budget of ${formatKB(limit)} by ${formatKB(measured[key] - limit)}`,
      );
    }
  }
  return { page, path, ...weight, budget, breaches };
}

/** Bytes as KiB with one decimal ("1.5 KB"). */
export function formatKB(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

function describeBudget(b: Budget): string {
  const parts: string[] = [];
  if (b.js !== undefined) parts.push(`JS ${b.js / KB}`);
  if (b.css !== undefined) parts.push(`CSS ${b.css / KB}`);
  if (b.total !== undefined) parts.push(`total ${b.total / KB}`);
  return parts.length ? `${parts.join(', ')} KB` : '—';
}

/** The report as a Markdown table, so it reads in a terminal and pastes into the README. */
export function formatTable(rows: BudgetRow[]): string {
  const header = ['page', 'HTML', 'CSS', 'JS', 'other', 'total', 'budget', 'status'];
  const lines = rows.map((r) => [
    `${r.page} \`${r.path}\``,
    formatKB(r.html),
    formatKB(r.css),
    formatKB(r.js),
    formatKB(r.other),
    formatKB(totalOf(r)),
    describeBudget(r.budget),
    r.breaches.length ? 'OVER' : 'ok',
  ]);
  return markdownTable(header, lines, ['left', 'right', 'right', 'right', 'right', 'right']);
}
