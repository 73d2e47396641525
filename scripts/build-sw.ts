// Writes the service worker into the built site (issue #14). Runs last in `npm run build`, after
// the search index, so every file the worker may cache is on disk: Rolldown bundles
// src/service-worker/sw.ts with Workbox, then Workbox's injectManifest lists every file of dist/
// with a hash of its content. OFFLINE=off at build writes a worker that removes itself and its
// caches instead, so a deployment that turns offline off also cleans up readers who had it.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { injectManifest } from 'workbox-build';
import { isPage, offlineGroup, pageTitle, servedPath, WORKER_FILE, type OfflineEntry } from '../src/lib/offline-files.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = path.resolve(process.env.OUT_DIR ?? 'dist');
const swDest = path.join(outDir, WORKER_FILE);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

if (process.env.OFFLINE === 'off') {
  // Pages built with OFFLINE=off never register a worker; this one replaces any earlier worker
  // the moment a reader's browser checks for an update, deletes its caches and steps aside.
  await writeFile(
    swDest,
    `self.addEventListener('install',()=>self.skipWaiting());` +
      `self.addEventListener('activate',e=>e.waitUntil(caches.keys().then(k=>Promise.all(k.filter(n=>n.startsWith('iih-')).map(n=>caches.delete(n))))` +
      `.then(()=>self.registration.unregister())));\n`,
  );
  console.log('build-sw: OFFLINE=off, wrote a worker that removes itself and its caches');
  process.exit(0);
}

await readFile(path.join(outDir, 'pagefind', 'pagefind.js')).catch(() => {
  console.error(`build-sw: ${outDir}/pagefind/ is missing; run astro build and scripts/build-search.ts first`);
  process.exit(1);
});

const temp = await mkdtemp(path.join(tmpdir(), 'iih-sw-'));
try {
  const swSrc = path.join(temp, 'sw.js');
  await build({
    input: path.join(root, 'src/service-worker/sw.ts'),
    // Workbox logs every step unless it is told this is production.
    transform: { define: { 'process.env.NODE_ENV': '"production"' } },
    output: { file: swSrc, format: 'iife', minify: true },
    logLevel: 'warn',
  });
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
  for (const warning of warnings) console.warn(`build-sw: ${warning}`);
  console.log(`build-sw: ${path.relative(root, swDest)} lists ${count} files, ${mb(size)}`);
} finally {
  await rm(temp, { recursive: true, force: true });
}
