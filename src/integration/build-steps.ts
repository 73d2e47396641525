// What `astro build` does after Astro has written the pages (the integration's astro:build:done
// hook), in this order: remove the sections the edition hides, index the site for search, write
// the service worker (it lists every file, so it comes after the index), write the framing
// headers for the host, then put the new site in place of the last one and say what was built.
import { readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { ResolvedEdition } from '../lib/edition/resolved.ts';
import { framingRules, headersFile, HEADERS_FILE } from '../lib/embed/headers.ts';
import { indexSite } from './search-index.ts';
import { buildServiceWorker, prepareServiceWorker } from './service-worker.ts';

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
/** A step's time as Astro's own log writes it ("in 1.2s"), which `npm run bench` reads. */
const took = (since: number) => `${((performance.now() - since) / 1000).toFixed(2)}s`;

/** Runs the steps above on the site Astro built in `dir`; returns what the summary line reports of search. */
export async function finishSite(dir: string, edition: ResolvedEdition, logger: AstroIntegrationLogger) {
  // A section the edition hides (edition.yaml `sections`) leaves no page behind. Its entry pages
  // are never made (src/data/handbook.ts gives them no entries); its index page is removed here,
  // before the search index and the service worker list the site's files.
  for (const [section, shown] of Object.entries(edition.settings.sections)) {
    if (!shown) rmSync(path.join(dir, section), { recursive: true, force: true });
  }
  let since = performance.now();
  // The worker's code is bundled while Pagefind indexes (it does not depend on the pages); its list
  // of files waits for the index, which it includes.
  const prepared = edition.offline ? prepareServiceWorker() : undefined;
  prepared?.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled
  const counts = await indexSite(dir).catch(async (error: Error) => {
    await prepared?.then((p) => p.dispose()).catch(() => undefined);
    throw new Error(`the search index failed: ${error.message}`);
  });
  logger.info(`search index: ${counts.pages} pages, ${counts.questions} questions, ${counts.tips} tips in ${took(since)}`);
  since = performance.now();
  const worker = await buildServiceWorker(dir, edition.offline, prepared);
  for (const warning of worker.warnings) logger.warn(`service worker: ${warning}`);
  logger.info(`service worker: ${worker.summary} in ${took(since)}`);
  // Who may frame which pages, for the host. Written after the worker, which lists every file it
  // finds: this one is for the host, never for readers.
  writeFileSync(
    path.join(dir, HEADERS_FILE),
    headersFile(framingRules(edition.base, edition.embedOrigins, topLevelOf(dir)), edition.embedOrigins),
  );
  return counts;
}

/** The files and folders at the top of a built site, which the framing rules name one by one. */
export function topLevelOf(dir: string): { name: string; folder: boolean }[] {
  return readdirSync(dir, { withFileTypes: true }).map((e) => ({ name: e.name, folder: e.isDirectory() }));
}

/**
 * Where a build writes before its site replaces the last one: a hidden folder beside the output
 * folder (so the move is a rename on the same disk). A build that fails leaves the last site as
 * it was; Astro empties only this folder.
 */
export function stagingDirFor(outDir: string): string {
  return path.join(path.dirname(outDir), `.${path.basename(outDir)}-building`);
}

/** Puts the site built in `staging` where `outDir` was, removing the old one only once the new one is in place. */
export function swapIn(staging: string, outDir: string): void {
  const old = `${stagingDirFor(outDir)}-old`;
  rmSync(old, { recursive: true, force: true });
  let hadOld = true;
  try {
    renameSync(outDir, old);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    hadOld = false;
  }
  renameSync(staging, outDir);
  if (hadOld) rmSync(old, { recursive: true, force: true });
}

/** The one line a build ends with: pages, size, time, what search covers. */
export function summaryLine(outDir: string, counts: { pages: number; questions: number; tips: number }): string {
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  const pages = files.filter((e) => e.name.endsWith('.html') && !e.parentPath.includes(`${path.sep}pagefind`)).length;
  const bytes = files.reduce((sum, e) => sum + statSync(path.join(e.parentPath, e.name)).size, 0);
  const where = path.relative(process.cwd(), outDir) || outDir;
  return (
    `Built ${pages} pages into ${where}/ (${(bytes / 1024 / 1024).toFixed(1)} MB) in ${seconds(0)}; ` +
    `search covers ${counts.pages} pages, ${counts.questions} questions and ${counts.tips} tips.`
  );
}
