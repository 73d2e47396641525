// Compares two builds of the site page by page, for changes to how the site is built that must
// not change what readers get: each page's text, its headings (level, id and text), every other
// id, and every link (href) must be the same. Hashed asset names (/_astro/name.HASH.css) are
// compared by name without the hash, since a different build may hash a file differently.
// Usage: node scripts/compare-builds.ts <before-dir> [after-dir, default dist/]
// Exits 1 and lists the differences when there are any.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { builtPages, outDir } from './lib/built-site.ts';

/** What a reader meets on a page, in document order. */
export interface PageFacts {
  title: string;
  text: string;
  headings: string[];
  ids: string[];
  links: string[];
}

/** An asset path without its content hash: /_astro/site.B2x_9a.css -> /_astro/site.css. */
const unhashed = (url: string) => url.replace(/(\/_astro\/[^/?#]*?)\.[\w-]{6,12}(\.\w+)(?=$|[?#])/, '$1$2');

/** The facts of one HTML page. Scripts, styles and templates are not text a reader sees. */
export function pageFacts(html: string): PageFacts {
  const root = parse(html, { comment: false });
  const body = root.querySelector('body') ?? root;
  for (const hidden of body.querySelectorAll('script, style, template, noscript')) hidden.remove();
  return {
    title: root.querySelector('title')?.text.trim() ?? '',
    text: body.textContent.replace(/\s+/g, ' ').trim(),
    headings: body
      .querySelectorAll('h1, h2, h3, h4, h5, h6')
      .map((h: HTMLElement) => `${h.tagName.toLowerCase()}#${h.id} ${h.textContent.replace(/\s+/g, ' ').trim()}`),
    ids: root.querySelectorAll('[id]').map((e: HTMLElement) => e.id),
    links: root.querySelectorAll('[href], [src]').map((e: HTMLElement) => unhashed(e.getAttribute('href') ?? e.getAttribute('src') ?? '')),
  };
}

/** Human-readable differences between two lists, at most `limit` of them. */
function listDiff(name: string, a: string[], b: string[], limit = 5): string[] {
  if (a.length === b.length && a.every((x, i) => x === b[i])) return [];
  const inA = new Set(a);
  const inB = new Set(b);
  const gone = a.filter((x) => !inB.has(x));
  const added = b.filter((x) => !inA.has(x));
  const out = [`${name}: ${a.length} before, ${b.length} after`];
  for (const x of gone.slice(0, limit)) out.push(`  - ${x}`);
  for (const x of added.slice(0, limit)) out.push(`  + ${x}`);
  if (gone.length === 0 && added.length === 0) out.push('  (same items, different order or count)');
  return out;
}

/** Where two strings first differ, with some context either side. */
function textDiff(a: string, b: string): string[] {
  if (a === b) return [];
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return [
    `text differs at character ${i}:`,
    `  - …${a.slice(Math.max(0, i - 60), i + 60)}…`,
    `  + …${b.slice(Math.max(0, i - 60), i + 60)}…`,
  ];
}

/** Every difference between the pages of two built sites, by route. */
export function compareBuilds(beforeDir: string, afterDir: string): { pages: number; problems: string[] } {
  const before = new Map(builtPages(beforeDir).map((p) => [p.route, p.file]));
  const after = new Map(builtPages(afterDir).map((p) => [p.route, p.file]));
  const problems: string[] = [];
  for (const route of before.keys()) if (!after.has(route)) problems.push(`${route}: missing after`);
  for (const route of after.keys()) if (!before.has(route)) problems.push(`${route}: new after`);
  for (const [route, file] of before) {
    const other = after.get(route);
    if (!other) continue;
    const a = pageFacts(readFileSync(file, 'utf8'));
    const b = pageFacts(readFileSync(other, 'utf8'));
    const found = [
      ...(a.title === b.title ? [] : [`title: "${a.title}" -> "${b.title}"`]),
      ...textDiff(a.text, b.text),
      ...listDiff('headings', a.headings, b.headings),
      ...listDiff('ids', a.ids, b.ids),
      ...listDiff('links', a.links, b.links),
    ];
    if (found.length) problems.push(`${route}:\n    ${found.join('\n    ')}`);
  }
  return { pages: before.size, problems };
}

if (import.meta.main) {
  const [beforeArg, afterArg] = process.argv.slice(2);
  if (!beforeArg) {
    console.error('usage: node scripts/compare-builds.ts <before-dir> [after-dir, default dist/]');
    process.exit(2);
  }
  const beforeDir = path.resolve(beforeArg);
  const afterDir = outDir(afterArg);
  const { pages, problems } = compareBuilds(beforeDir, afterDir);
  if (problems.length) {
    console.error(`compare-builds: ${problems.length} page(s) differ:\n${problems.join('\n')}`);
    process.exit(1);
  }
  console.log(`compare-builds: all ${pages} pages have the same text, headings, ids and links.`);
}
