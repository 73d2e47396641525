import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Every page of the built site as a URL path ("/", "/steps/x/", "/404.html"), found in dist/. */
export function builtRoutes(): string[] {
  const routes: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(full);
      } else if (entry.name.endsWith('.html')) {
        const rel = path.relative(dist, full).split(path.sep).join('/');
        routes.push(`/${rel.replace(/(^|\/)index\.html$/, '$1')}`);
      }
    }
  };
  walk(dist);
  if (routes.length === 0) throw new Error('dist/ has no pages: run npm run build first');
  return routes.sort();
}

/** One representative page per page type, for checks too slow to run on every page. */
export function samplePerType(routes: string[]): string[] {
  const seen = new Set<string>();
  return routes.filter((route) => {
    const type = route.split('/').slice(0, 2).join('/') + (route.split('/').length > 3 ? '/*' : '');
    if (seen.has(type)) return false;
    seen.add(type);
    return true;
  });
}
