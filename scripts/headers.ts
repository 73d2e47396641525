// Prints the framing headers for this build's settings (BASE_PATH, EMBED_ORIGINS) in a host's own
// words, for hosts that do not read the `_headers` file `npm run build` writes:
//   node scripts/headers.ts nginx    (or apache, or netlify for the _headers rules)
// The rules come from src/lib/embed/headers.ts, the same place as `_headers`.
import { basePath, outDir } from './lib/built-site.ts';
import { apacheSnippet, framingRules, headersFile, nginxSnippet } from '../src/lib/embed/headers.ts';
import { topLevelOf } from '../src/integration/build-steps.ts';
import { loadEdition } from '../src/integration/edition.ts';

const host = process.argv[2];
try {
  const origins = loadEdition().embedOrigins;
  if (host === 'nginx') process.stdout.write(nginxSnippet(basePath(), origins));
  else if (host === 'apache') process.stdout.write(apacheSnippet(basePath(), origins));
  else if (host === 'netlify') process.stdout.write(headersFile(framingRules(basePath(), origins, topLevelOf(outDir())), origins));
  else {
    console.error('Say which host: node scripts/headers.ts nginx (or apache, or netlify)');
    process.exit(1);
  }
} catch (error) {
  console.error(`headers: ${(error as Error).message}`);
  process.exit(1);
}
