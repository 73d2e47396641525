// Writes the service worker into the built site (issue #14), last of the build's steps, so every
// file the worker may cache is on disk: Rolldown bundles src/service-worker/sw.ts with Workbox,
// then Workbox's injectManifest lists every file of the site with a hash of its content. A build
// with OFFLINE=off writes a worker that removes itself and its caches instead, so a deployment
// that turns offline off also cleans up readers who had it.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isPage, offlineGroup, pageTitle, servedPath, WORKER_FILE, type OfflineEntry } from '../lib/offline-files.ts';

const source = fileURLToPath(new URL('../service-worker/sw.ts', import.meta.url));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

// Pages built with OFFLINE=off never register a worker; this one replaces any earlier worker the
// moment a reader's browser checks for an update, deletes its caches and steps aside.
const SELF_REMOVING_WORKER =
  `self.addEventListener('install',()=>self.skipWaiting());` +
  `self.addEventListener('activate',e=>e.waitUntil(caches.keys().then(k=>Promise.all(k.filter(n=>n.startsWith('iih-')).map(n=>caches.delete(n))))` +
  `.then(()=>self.registration.unregister())));\n`;

/** The worker's code, bundled, and Workbox's injectManifest, loaded: what does not depend on the built site. */
export interface PreparedWorker {
  /** The bundled worker, in a temporary folder, before its list of files is put in. */
  swSrc: string;
  injectManifest: (typeof import('workbox-build'))['injectManifest'];
  /** Removes the temporary folder. */
  dispose: () => Promise<void>;
}

/**
 * Bundles src/service-worker/sw.ts with Workbox and loads Workbox's injectManifest. Neither needs
 * the built site, so the build starts this while Pagefind indexes the pages (in a process of its
 * own) and the wait for one covers most of the other.
 */
export async function prepareServiceWorker(): Promise<PreparedWorker> {
  // Loaded here, not at the top: only a build needs them, and Workbox is slow to load (only its
  // injectManifest, not the whole package, which brings a bundler and Babel). Node's own require,
  // because Astro has closed the loader it read its config with by the time a build is done.
  const require = createRequire(import.meta.url);
  const { build } = require('rolldown') as typeof import('rolldown');
  const { injectManifest } = require('workbox-build/build/inject-manifest') as typeof import('workbox-build');
  const temp = await mkdtemp(path.join(tmpdir(), 'iih-sw-'));
  const dispose = () => rm(temp, { recursive: true, force: true });
  try {
    const swSrc = path.join(temp, 'sw.js');
    await build({
      input: source,
      // Workbox logs every step unless it is told this is production.
      transform: { define: { 'process.env.NODE_ENV': '"production"' } },
      output: { file: swSrc, format: 'iife', minify: true },
      logLevel: 'warn',
    });
    return { swSrc, injectManifest, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

/**
 * Writes `sw.js` into the site built in `outDir` (with a worker prepared beforehand, or prepared
 * now); returns one line saying what it wrote, and Workbox's warnings. Throws if the search index is
 * missing.
 */
export async function buildServiceWorker(
  outDir: string,
  offline: boolean,
  prepared?: Promise<PreparedWorker>,
): Promise<{ summary: string; warnings: string[] }> {
  const swDest = path.join(outDir, WORKER_FILE);
  if (!offline) {
    await prepared?.then((p) => p.dispose());
    await writeFile(swDest, SELF_REMOVING_WORKER);
    return { summary: 'OFFLINE=off, wrote a worker that removes itself and its caches', warnings: [] };
  }
  const worker = prepared ?? prepareServiceWorker();
  try {
    await readFile(path.join(outDir, 'pagefind', 'pagefind.js')).catch(() => {
      throw new Error(`${outDir}/pagefind/ is missing; the search index is built before the worker`);
    });
    const { swSrc, injectManifest } = await worker;
    const { count, size, warnings } = await injectManifest({
      swSrc,
      swDest,
      globDirectory: outDir,
      globPatterns: ['**/*'],
      // The worker's list holds only what it may cache; pages are named as the site serves them.
      manifestTransforms: [
        async (files) => ({
          manifest: await Promise.all(
            files
              .filter((f) => offlineGroup(servedPath(f.url)) !== null)
              .map(async (f): Promise<OfflineEntry & { size: number }> => {
                const url = servedPath(f.url);
                const title = isPage(url) ? pageTitle(await readFile(path.join(outDir, f.url), 'utf8')) : undefined;
                return { url, revision: f.revision, bytes: f.size, size: f.size, ...(title && { title }) };
              }),
          ),
          warnings: [],
        }),
      ],
      // Files under _astro/ carry a content hash in their names already.
      dontCacheBustURLsMatching: /^_astro\//,
      maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    });
    return { summary: `${WORKER_FILE} lists ${count} files, ${mb(size)}`, warnings };
  } finally {
    await worker.then((p) => p.dispose()).catch(() => undefined);
  }
}
