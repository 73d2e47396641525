// Measures the JavaScript the built planner page loads before the reader does anything: module
// scripts, inline scripts, the island's component and renderer, and every chunk they import
// statically (dynamic imports such as the CSV and calendar code load on click and are listed
// apart). Exits non-zero above the budget. Run after `npm run build`: node scripts/planner-budget.ts
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Most gzip bytes of JavaScript the planner page may load at start. */
const BUDGET = 30 * 1024;
const dist = process.env.OUT_DIR ?? 'dist';
const base = process.env.BASE_PATH ?? '/';
const html = readFileSync(join(dist, 'planner', 'index.html'), 'utf8');

const gz = (text: string) => gzipSync(text, { level: 9 }).length;
const fileOf = (url: string) => join(dist, url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, ''));
const staticImports = (code: string) => [...code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);
const dynamicImports = (code: string) => [...code.matchAll(/import\(\s*[`"']([^`"']+)[`"']\s*\)/g)].map((m) => m[1]!);

const start = new Map<string, number>();
const lazy = new Set<string>();
const visit = (url: string) => {
  if (start.has(url)) return;
  const code = readFileSync(fileOf(url), 'utf8');
  start.set(url, gz(code));
  for (const spec of staticImports(code)) visit(posix.join(posix.dirname(url), spec));
  for (const spec of dynamicImports(code)) lazy.add(posix.join(posix.dirname(url), spec));
};

let inline = 0;
for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
  const [, attrs, body] = m;
  const src = /\bsrc="([^"]+)"/.exec(attrs!)?.[1];
  if (src) visit(src);
  else if (!/type="application\/(ld\+)?json"/.test(attrs!)) {
    inline += gz(body!);
    for (const spec of staticImports(body!)) visit(spec);
  }
}
for (const m of html.matchAll(/(?:component|renderer)-url="([^"]+)"/g)) visit(m[1]!);

const total = inline + [...start.values()].reduce((a, b) => a + b, 0);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log('Planner page JavaScript at start (gzip):');
console.log(`  inline scripts  ${kb(inline)}`);
for (const [url, size] of [...start].sort((a, b) => b[1] - a[1])) console.log(`  ${url}  ${kb(size)}`);
console.log(`  total           ${kb(total)} of ${kb(BUDGET)}`);
const later = [...lazy].filter((u) => !start.has(u));
if (later.length) {
  console.log('Loaded only when used:');
  for (const url of later) console.log(`  ${url}  ${kb(gz(readFileSync(fileOf(url), 'utf8')))}`);
}
if (total > BUDGET) {
  console.error(`Over budget by ${kb(total - BUDGET)}.`);
  process.exit(1);
}
