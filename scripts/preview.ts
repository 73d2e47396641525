// Serves the built site (OUT_DIR, built for BASE_PATH) with Astro's preview server on 127.0.0.1,
// for the browser tests and the measuring scripts (scripts/lib/preview-server.ts starts it):
//   node scripts/preview.ts --port 4400 --owner <pid>
// Port 0 takes any free port. The port is strict: a port in use fails at once rather than moving
// to the next one. It prints `serving <url>` once it answers, and stops on SIGTERM or SIGINT, or
// within a second of process <pid> ending, so no server outlives an interrupted run.
import { parseArgs } from 'node:util';
import { preview } from 'astro';
import { basePath, ROOT } from './lib/built-site.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '0' }, owner: { type: 'string' } } });
// The project's own build tools never report usage to Astro (see README, Privacy).
process.env.ASTRO_TELEMETRY_DISABLED = '1';

const server = await preview({
  root: ROOT,
  logLevel: 'warn',
  server: { host: '127.0.0.1', port: Number(values.port) },
  vite: { preview: { strictPort: true } },
});
console.log(`serving http://127.0.0.1:${server.port}${basePath()}`);

let stopping = false;
async function stop(): Promise<never> {
  if (!stopping) {
    stopping = true;
    await server.stop();
  }
  process.exit(0);
}
process.once('SIGTERM', stop);
process.once('SIGINT', stop);

const owner = Number(values.owner);
if (owner) {
  setInterval(() => {
    try {
      process.kill(owner, 0);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') void stop();
    }
  }, 1000);
}
