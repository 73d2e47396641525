// `npm run build`: `astro build`, which makes the whole site (pages, then the search index, the
// service worker and the framing headers, then one line saying what was built: the handbook
// integration, src/integration/), with quieter output. Astro's line per page is left out unless
// asked for (`npm run build -- --verbose`, or BUILD_VERBOSE=1); its warnings and errors always
// show. With --fail-on-warning or BUILD_FAIL_ON_WARNING=1 (as `npm test` runs it) a build that
// printed any warning exits 1, so a new warning cannot slip in unseen. It adds nothing to the site.

import { enableCompileCache } from 'node:module';

// A privacy-first handbook does not report on its own builds.
process.env.ASTRO_TELEMETRY_DISABLED = '1';
// Node keeps the compiled code of Astro, Vite and the rest between builds, as Astro's own command
// (`astro build`) asks it to; without it every build compiles them again.
enableCompileCache();
const verbose = process.argv.includes('--verbose') || Boolean(process.env.BUILD_VERBOSE);
const failOnWarning = process.argv.includes('--fail-on-warning') || Boolean(process.env.BUILD_FAIL_ON_WARNING);

// Count the warnings Astro (and Vite, through Astro's logger) print, whatever stream they use.
let warnings = 0;
for (const stream of [process.stdout, process.stderr]) {
  const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (/\[WARN\]/.test(String(chunk))) warnings++;
    return write(chunk, ...rest);
  }) as typeof stream.write;
}

// Imported here, not at the top, so telemetry is off before Astro loads.
const { build } = await import('astro');
try {
  await build({ logLevel: verbose ? 'info' : 'warn' });
} catch (error) {
  // Astro's logger has said that the build failed; this says why (for content: the file and the
  // field; for the edition: its folder or settings), with the stack when asked for.
  console.error(verbose ? error : `build: ${(error as Error).message}`);
  process.exit(1);
}

if (warnings > 0) console.log(`build: ${warnings} warning${warnings === 1 ? '' : 's'} above.`);
if (failOnWarning && warnings > 0) {
  console.error(`build: ${warnings} warning${warnings === 1 ? '' : 's'} printed; a clean build prints none (see above).`);
  process.exit(1);
}

export {}; // a module, for the top-level await
