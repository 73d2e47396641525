// Writes the service worker into an already built site on its own (`astro build` does it as its
// last step; the offline-update test reruns it over a changed copy). Logic: src/integration/service-worker.ts.
import { outDir } from './lib/built-site.ts';
import { buildServiceWorker } from '../src/integration/service-worker.ts';

try {
  const { summary, warnings } = await buildServiceWorker(outDir(), process.env.OFFLINE !== 'off');
  for (const warning of warnings) console.warn(`build-sw: ${warning}`);
  console.log(`build-sw: ${summary}`);
} catch (error) {
  console.error(`build-sw: ${(error as Error).message}`);
  process.exit(1);
}
