// A Starlight site to build beside ours in `npm run bench -- --starlight` (issue #25: "at today's
// content the clean build takes no more wall time than Starlight's at the same page count"). It
// has one page for every page of ours at the same scale, holding that page's headings and text as
// Markdown, so both generators build the same number of pages with the same words. Starlight and
// its Astro come from the npm registry into a folder of its own under .cache/ (installed once, then
// reused); nothing of Starlight's is part of this project.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { builtPages } from './built-site.ts';

/** The Starlight release compared against; the issue measured 0.42. */
export const STARLIGHT_VERSION = '0.42.9';

/** One page of the Starlight site: its file name under src/content/docs/ and its Markdown. */
export interface StarlightPage {
  file: string;
  markdown: string;
}

/** Headings and paragraphs of an element's content, as plain Markdown (no links, no markup). */
export function markdownOf(main: HTMLElement): string {
  const blocks: string[] = [];
  for (const el of main.querySelectorAll('h2, h3, h4, p, li, td')) {
    const text = el.textContent.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const level = /^h([234])$/i.exec(el.tagName)?.[1];
    blocks.push(level ? `${'#'.repeat(Number(level))} ${text}` : el.tagName === 'LI' ? `- ${text}` : text);
  }
  return blocks.join('\n\n');
}

/** One Starlight page for each page of the site built in `dist`, with its title, headings and text. */
export function starlightPagesFrom(dist: string): StarlightPage[] {
  return builtPages(dist).map(({ file }, i) => {
    const root = parse(readFileSync(file, 'utf8'));
    const title = (root.querySelector('h1')?.textContent ?? root.querySelector('title')?.textContent ?? `Page ${i + 1}`)
      .replace(/\s+/g, ' ')
      .trim();
    const main = root.querySelector('main') ?? root.querySelector('body') ?? root;
    const body = markdownOf(main);
    return { file: `page-${String(i + 1).padStart(4, '0')}.md`, markdown: `---\ntitle: ${JSON.stringify(title)}\n---\n\n${body}\n` };
  });
}

/**
 * Writes a clean Starlight project into `dir` with `pages` as its docs, installing Starlight and
 * the same Astro version as ours the first time (the npm registry is the only network needed).
 */
export function prepareStarlightSite(dir: string, pages: StarlightPage[], astroVersion: string): void {
  mkdirSync(dir, { recursive: true });
  const manifest = {
    name: 'starlight-bench',
    private: true,
    type: 'module',
    dependencies: { astro: astroVersion, '@astrojs/starlight': STARLIGHT_VERSION },
  };
  const manifestFile = path.join(dir, 'package.json');
  const wanted = JSON.stringify(manifest, null, 2);
  if (!existsSync(manifestFile) || readFileSync(manifestFile, 'utf8') !== wanted || !existsSync(path.join(dir, 'node_modules'))) {
    writeFileSync(manifestFile, wanted);
    process.stderr.write(`bench: installing Starlight ${STARLIGHT_VERSION} with Astro ${astroVersion} into ${dir}…\n`);
    // npm runs on this process's Node (24), so it picks the releases that want Node 22 or newer.
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: dir,
      stdio: 'inherit',
      env: { ...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}` },
    });
  }
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    [
      "import starlight from '@astrojs/starlight';",
      "import { defineConfig } from 'astro/config';",
      '// Clean builds: the benchmark gives each its own output and cache folder, as it does for ours.',
      'export default defineConfig({',
      "  outDir: process.env.OUT_DIR ?? './dist',",
      "  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',",
      "  integrations: [starlight({ title: 'Bench' })],",
      '});',
      '',
    ].join('\n'),
  );
  mkdirSync(path.join(dir, 'src'), { recursive: true });
  writeFileSync(
    path.join(dir, 'src', 'content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { docsLoader } from '@astrojs/starlight/loaders';",
      "import { docsSchema } from '@astrojs/starlight/schema';",
      'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
      '',
    ].join('\n'),
  );
  const docs = path.join(dir, 'src', 'content', 'docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  for (const page of pages) writeFileSync(path.join(docs, page.file), page.markdown);
}
