// Measures the JavaScript a built page loads at start, gzipped, and checks it against a budget.
// "At start" means what runs without any interaction: inline scripts, module scripts, the island
// components and renderers Astro hydrates on load, and every module those import statically.
// Dynamic import() is left out on purpose: it is what keeps the QR encoder and Pagefind off the
// start-up bill.
//
//   node scripts/measure-js.ts                     checks builder/ against 25 KB and planner/ against 30 KB
//   node scripts/measure-js.ts builder/=25 questions/their-path/=2
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const outDir = path.resolve(process.env.OUT_DIR ?? 'dist');
const base = process.env.BASE_PATH ?? '/';
const args = process.argv.slice(2);
const targets = (args.length > 0 ? args : ['builder/=25', 'planner/=30']).map((arg) => {
  const [page, kb] = arg.split('=');
  return { page: page!, budget: Number(kb ?? Infinity) * 1024 };
});

const gz = (text: string) => gzipSync(text, { level: 9 }).length;

/** The file in dist/ for a URL path on the site, or undefined for another origin. */
function fileFor(url: string, from: string): string | undefined {
  if (/^[a-z]+:/i.test(url) && !url.startsWith('/')) return undefined;
  const resolved = new URL(url, `http://site${from}`).pathname;
  const rel = resolved.startsWith(base) ? resolved.slice(base.length) : resolved.replace(/^\//, '');
  return path.join(outDir, decodeURIComponent(rel));
}

// Static imports and re-exports in (minified) module code; `import(` is dynamic and skipped.
const staticImport = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g;

function measurePage(page: string): { total: number; parts: { name: string; bytes: number }[] } {
  const htmlFile = path.join(outDir, page, page.endsWith('.html') ? '' : 'index.html');
  if (!existsSync(htmlFile)) throw new Error(`${htmlFile} is missing: run npm run build first`);
  const html = readFileSync(htmlFile, 'utf8');
  const pageUrl = `${base}${page}`;
  const parts: { name: string; bytes: number }[] = [];
  const seen = new Set<string>();
  const queue: { url: string; from: string }[] = [];

  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1]!;
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    if (/type="(application\/(ld\+)?json|text\/template)"/.test(attrs)) continue;
    if (src) queue.push({ url: src, from: pageUrl });
    else if (m[2]!.trim()) {
      parts.push({ name: `inline script ${parts.length + 1}`, bytes: gz(m[2]!) });
      // Inline modules can import too.
      for (const i of m[2]!.matchAll(staticImport)) queue.push({ url: i[1]!, from: pageUrl });
    }
  }
  // Islands hydrated on load (client:load and client:only) fetch their component and renderer at once.
  for (const m of html.matchAll(/<astro-island\b([^>]*)>/g)) {
    const attrs = m[1]!;
    if (!/\bclient="(load|only)"/.test(attrs)) continue;
    for (const attr of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const url = new RegExp(`\\b${attr}="([^"]+)"`).exec(attrs)?.[1];
      if (url) queue.push({ url: url.replace(/&amp;/g, '&'), from: pageUrl });
    }
  }
  for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) queue.push({ url: m[1]!, from: pageUrl });

  while (queue.length > 0) {
    const { url, from } = queue.shift()!;
    const file = fileFor(url, from);
    if (!file || seen.has(file)) continue;
    seen.add(file);
    if (!existsSync(file)) throw new Error(`${page}: ${url} is referenced but ${file} does not exist`);
    const code = readFileSync(file, 'utf8');
    parts.push({ name: path.relative(outDir, file), bytes: gz(code) });
    const self = `/${path.relative(outDir, file).split(path.sep).join('/')}`;
    for (const i of code.matchAll(staticImport)) queue.push({ url: i[1]!, from: `${base}${self.slice(1)}` });
  }
  return { total: parts.reduce((sum, p) => sum + p.bytes, 0), parts };
}

let failed = false;
for (const { page, budget } of targets) {
  const { total, parts } = measurePage(page);
  console.log(`${page}: ${(total / 1024).toFixed(1)} KB gzip of JavaScript at start (budget ${Number.isFinite(budget) ? `${budget / 1024} KB` : 'none'})`);
  for (const p of parts.sort((a, b) => b.bytes - a.bytes)) console.log(`  ${String(p.bytes).padStart(6)} B  ${p.name}`);
  if (total > budget) {
    console.error(`measure-js: ${page} is over its budget by ${total - budget} bytes`);
    failed = true;
  }
}
if (failed) process.exit(1);
