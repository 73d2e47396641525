// `npm run build`: Astro's static build, the search index, the service worker (scripts/build-sw.ts),
// then a short summary a person can read. Astro's line per page is left out unless asked for (`npm run build -- --verbose`, or
// BUILD_VERBOSE=1); its warnings and errors always show. With --fail-on-warning or
// BUILD_FAIL_ON_WARNING=1 (as `npm test` runs it) a build that printed any warning exits 1, so a
// new warning cannot slip in unseen.
import { spawnSync } from 'node:child_process';
import { statSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { basePath, outDir } from './lib/built-site.ts';
import { allowedEmbedOrigins, framingRules, headersFile, HEADERS_FILE, topLevelOf } from './lib/headers.ts';
import { EditionSettingsError, loadEditionSettings } from '../src/lib/edition/settings.ts';
import { indexSite } from './lib/search-index.ts';
import { recordedLayering } from '../src/lib/edition/layering-report.ts';
import { editionSummary } from '../src/lib/edition/summary.ts';

// A privacy-first handbook does not report on its own builds.
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const verbose = process.argv.includes('--verbose') || Boolean(process.env.BUILD_VERBOSE);
const failOnWarning = process.argv.includes('--fail-on-warning') || Boolean(process.env.BUILD_FAIL_ON_WARNING);
const started = performance.now();

// Count the warnings Astro (and Vite, through Astro's logger) print, whatever stream they use.
let warnings = 0;
for (const stream of [process.stdout, process.stderr]) {
  const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (/\[WARN\]/.test(String(chunk))) warnings++;
    return write(chunk, ...rest);
  }) as typeof stream.write;
}

// The edition's settings are checked before Astro starts (astro.config.mjs checks them again), so
// a wrong setting reads as what it is, not as "Unable to load your Astro config".
try {
  loadEditionSettings();
} catch (error) {
  if (!(error instanceof EditionSettingsError)) throw error;
  console.error(`build: ${error.message}`);
  process.exit(1);
}

// Checked before Astro starts, so a mistyped origin stops the build at once with the value named.
let embedOrigins: string[];
try {
  embedOrigins = allowedEmbedOrigins();
} catch (error) {
  console.error(`build: ${(error as Error).message}`);
  process.exit(1);
}

const { build } = await import('astro');
try {
  await build({ logLevel: verbose ? 'info' : 'warn' });
} catch (error) {
  // Astro's logger has said that the build failed; this says why (for content: the file and the
  // field), with the stack when asked for.
  console.error(verbose ? error : `build: ${(error as Error).message}`);
  process.exit(1);
}

const dir = outDir();
let counts;
try {
  counts = await indexSite(dir);
} catch (error) {
  console.error(`build: the search index failed: ${(error as Error).message}`);
  process.exit(1);
}

// The service worker lists every built file with its hash, so it is written last.
const worker = spawnSync(process.execPath, ['scripts/build-sw.ts'], { stdio: 'inherit' });
if (worker.status !== 0) process.exit(worker.status ?? 1);

// Who may frame which pages, for the host (scripts/lib/headers.ts). Written after the worker, which
// lists every file it finds: this one is for the host, never for readers.
writeFileSync(path.join(dir, HEADERS_FILE), headersFile(framingRules(basePath(), embedOrigins, topLevelOf(dir)), embedOrigins));

const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
const pages = files.filter((e) => e.name.endsWith('.html') && !e.parentPath.includes(`${path.sep}pagefind`)).length;
const bytes = files.reduce((sum, e) => sum + statSync(path.join(e.parentPath, e.name)).size, 0);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const where = path.relative(process.cwd(), dir) || dir;
console.log(
  `Built ${pages} pages into ${where}/ (${(bytes / 1024 / 1024).toFixed(1)} MB) in ${seconds} s; ` +
    `search covers ${counts.pages} pages, ${counts.questions} questions and ${counts.tips} tips.` +
    (warnings ? ` ${warnings} warning${warnings === 1 ? '' : 's'} above.` : ''),
);
// What an edition folder replaced, hid and dropped (src/lib/edition/summary.ts), as the handbook loader found it.
if (recordedLayering()) console.log(editionSummary(recordedLayering()!));
if (failOnWarning && warnings > 0) {
  console.error(`build: ${warnings} warning${warnings === 1 ? '' : 's'} printed; a clean build prints none (see above).`);
  process.exit(1);
}
