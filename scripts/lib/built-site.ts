// Where the built site is and what pages it has, for every script and test helper. The build
// writes to OUT_DIR when it is set (the sub-path build: .cache/dist-subpath), else to dist/; a
// relative folder is taken from the project root, as astro.config.mjs does, whatever folder the
// command runs in.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEdition } from '../../src/integration/edition.ts';

/** The project's root folder. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Where `npm run build:subpath` writes the site built for a sub-path. */
export const SUBPATH_OUT_DIR = '.cache/dist-subpath';

/** The built site's folder: `dir` when given, else OUT_DIR, else dist/. */
export function outDir(dir: string | undefined = process.env.OUT_DIR): string {
  return path.resolve(ROOT, dir || 'dist');
}

/** Where `npm run build:edition` writes the example edition (tests/fixtures/edition-harbor-college). */
export const EDITION_OUT_DIR = '.cache/dist-edition';

/** The path the site was built to be served under: BASE_PATH, else the edition's site.basePath (EDITION_DIR), "/" by default. */
export function basePath(): string {
  return loadEdition().base;
}

/** A built page: its path on the site below the base ("/", "/steps/x/", "/404.html") and its file. */
export interface BuiltPage {
  route: string;
  file: string;
}

/** The route of a built file: `steps/find-people/index.html` is `/steps/find-people/`. */
export function routeOf(relativeFile: string): string {
  return `/${relativeFile
    .split(path.sep)
    .join('/')
    .replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Every page of the site built in `dir` (HTML files except Pagefind's), by route. Exits with the fix when there is no build. */
export function builtPages(dir = outDir()): BuiltPage[] {
  if (!existsSync(path.join(dir, 'index.html'))) {
    console.error(`${path.relative(process.cwd(), dir) || dir}/ has no built site: run "npm run build" first`);
    process.exit(1);
  }
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html') && !e.parentPath.includes(`${path.sep}pagefind`))
    .map((e) => {
      const file = path.join(e.parentPath, e.name);
      return { route: routeOf(path.relative(dir, file)), file };
    })
    .sort((a, b) => (a.route < b.route ? -1 : a.route > b.route ? 1 : 0));
}

/** The built file that serves `urlPath` (a path below `base`): the file itself or a folder's index.html. */
export function fileForPath(dir: string, base: string, urlPath: string): string | undefined {
  if (!urlPath.startsWith(base)) return undefined;
  const candidate = path.join(dir, decodeURIComponent(urlPath.slice(base.length)));
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = path.join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}
