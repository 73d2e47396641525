// Checks every internal link, asset and #fragment in the built site resolves: a file exists for the
// path and an element with that id exists on the target page. Works for sub-path builds too.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { basePath, builtPages, fileForPath, outDir as builtSite } from './lib/built-site.ts';

const outDir = builtSite(process.argv[2]);
const base = basePath();
const origin = 'http://site.invalid';

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set(
      parse(readFileSync(file, 'utf8'))
        .querySelectorAll('[id]')
        .map((el) => el.id),
    );
    idsCache.set(file, ids);
  }
  return ids;
}

const pages = builtPages(outDir);
const broken: string[] = [];
let checked = 0;
for (const { route, file } of pages) {
  const rel = path.relative(outDir, file).split(path.sep).join('/');
  const pageUrl = new URL(base + route.slice(1), origin);
  const root = parse(readFileSync(file, 'utf8'));
  for (const el of root.querySelectorAll('a[href], link[href], script[src], img[src], source[src]')) {
    const raw = el.getAttribute('href') ?? el.getAttribute('src')!;
    if (/^(mailto:|tel:|data:|javascript:)/i.test(raw)) continue;
    const url = new URL(raw, pageUrl);
    if (url.origin !== origin) continue;
    checked++;
    const target = fileForPath(outDir, base, url.pathname);
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
  console.error(`check-links: ${broken.length} broken of ${checked} internal links in ${pages.length} pages`);
  process.exit(1);
}
console.log(`check-links: ${checked} internal links in ${pages.length} pages, none broken`);
