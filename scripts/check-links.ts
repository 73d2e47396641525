// Checks every internal link, asset and #fragment in the built site resolves: a file exists for the
// path and an element with that id exists on the target page. Works for sub-path builds too.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { htmlFiles } from './lib/html-files.ts';

const outDir = path.resolve(process.argv[2] ?? process.env.OUT_DIR ?? 'dist');
const base = process.env.BASE_PATH ?? '/';
const origin = 'http://site.invalid';

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set(parse(readFileSync(file, 'utf8')).querySelectorAll('[id]').map((el) => el.id));
    idsCache.set(file, ids);
  }
  return ids;
}

/** Maps a URL path on the site to the built file that serves it, or undefined. */
function fileFor(urlPath: string): string | undefined {
  if (!urlPath.startsWith(base)) return undefined;
  const rel = decodeURIComponent(urlPath.slice(base.length));
  const candidate = path.join(outDir, rel);
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = path.join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

const files = htmlFiles(outDir);
const broken: string[] = [];
let checked = 0;
for (const file of files) {
  const rel = path.relative(outDir, file).split(path.sep).join('/');
  const pageUrl = new URL(base + rel.replace(/(^|\/)index\.html$/, '$1'), origin);
  const root = parse(readFileSync(file, 'utf8'));
  for (const el of root.querySelectorAll('a[href], link[href], script[src], img[src], source[src]')) {
    const raw = el.getAttribute('href') ?? el.getAttribute('src')!;
    if (/^(mailto:|tel:|data:|javascript:)/i.test(raw)) continue;
    const url = new URL(raw, pageUrl);
    if (url.origin !== origin) continue;
    checked++;
    const target = fileFor(url.pathname);
    if (!target) {
      broken.push(`${rel}: ${raw} → no page at ${url.pathname}`);
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    // `#key=value` fragments carry state for an island (a shared sheet, a preset), not an anchor.
    if (fragment && !fragment.includes('=') && target.endsWith('.html') && !idsOf(target).has(fragment)) {
      broken.push(`${rel}: ${raw} → ${url.pathname} has no element with id "${fragment}"`);
    }
  }
}
if (broken.length > 0) {
  console.error(broken.join('\n'));
  console.error(`check-links: ${broken.length} broken of ${checked} internal links in ${files.length} pages`);
  process.exit(1);
}
console.log(`check-links: ${checked} internal links in ${files.length} pages, none broken`);
