// The handbook's own Astro integration (the pattern of Starlight's integrations/). At
// astro:config:setup it loads the edition once (src/integration/edition.ts) and hands it on: the
// base path, site and Markdown processor to Astro's config, the edition to every module through
// virtual:handbook/edition, the brand colors to global.css. At astro:build:done it makes the rest
// of the site in the same process (src/integration/build-steps.ts): so `astro build` alone
// builds the whole site, and `npm run build` only makes the output quieter.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroIntegration } from 'astro';
import type { ResolvedEdition } from '../lib/edition/resolved.ts';
import { recordedLayering } from '../lib/edition/layering-report.ts';
import { editionSummary } from '../lib/edition/summary.ts';
import { markdownPlugins } from '../lib/markdown-plugins.ts';
import { finishSite, stagingDirFor, summaryLine, swapIn } from './build-steps.ts';
import { editionCacheDir, loadEdition } from './edition.ts';
import { preactWithoutBabel } from './preact-without-babel.ts';
import { editionModule, editionTheme } from './virtual-module.ts';

/** A folder as the file: URL Astro's config holds, relative to the project root unless absolute. */
const asDirUrl = (root: URL, dir: string) => pathToFileURL(`${path.resolve(fileURLToPath(root), dir)}/`);

/** The integration; put it first in `integrations`, so others see the base path it sets. */
export default function handbook(): AstroIntegration {
  let edition: ResolvedEdition;
  let outDir: string;
  let staging: string | undefined;
  return {
    name: 'handbook',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        edition = loadEdition();
        outDir = fileURLToPath(config.outDir);
        // A build writes beside the output folder and moves in only when every step succeeded,
        // so a failed build leaves the last good site (and a host that deploys it) as it was.
        if (command === 'build') {
          staging = stagingDirFor(outDir);
          const building = staging;
          process.once('exit', () => rmSync(building, { recursive: true, force: true }));
        }
        updateConfig({
          base: edition.base,
          site: edition.site,
          cacheDir: asDirUrl(config.root, editionCacheDir()),
          ...(staging && { outDir: asDirUrl(config.root, staging) }),
          // Sätteri, Astro's Rust Markdown processor, with the handbook's additions (scoped heading
          // ids, copy-link controls, links with the base path: src/lib/markdown-plugins.ts).
          markdown: { processor: satteri({ hastPlugins: markdownPlugins(edition.base) }) },
          vite: {
            plugins: [editionModule(edition), editionTheme(edition), ...(command === 'build' ? [preactWithoutBabel()] : [])],
            // OFFLINE=off leaves the service worker out. A plain constant, not import.meta.env.OFFLINE:
            // Astro fills import.meta.env from process.env while rendering pages, where "off" would read as true.
            define: { __OFFLINE__: JSON.stringify(edition.offline) },
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const built = fileURLToPath(dir);
        const counts = await finishSite(built, edition, logger);
        if (staging) swapIn(built, outDir);
        console.log(summaryLine(outDir, counts));
        // What an edition folder replaced, hid and dropped (src/lib/edition/summary.ts), as the handbook loader recorded it.
        const layering = recordedLayering();
        if (layering) console.log(editionSummary(layering));
      },
    },
  };
}
