// Serves the built site (OUT_DIR, built for BASE_PATH) with Astro's preview server on 127.0.0.1,
// for the browser tests and the measuring scripts (scripts/lib/preview-server.ts starts it):
//   node scripts/preview.ts --port 4400 --owner <pid>
// Port 0 takes any free port. The port is strict: a port in use fails at once rather than moving
// to the next one. It prints `serving <url>` once it answers, and stops on SIGTERM or SIGINT, or
// within a second of process <pid> ending, so no server outlives an interrupted run.
// It sends the headers the build wrote for static hosts (`_headers`: who may frame which page), as
// Netlify or Cloudflare Pages would, so the browser tests see framing enforced for real.
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { preview } from 'astro';
import { basePath, outDir, ROOT } from './lib/built-site.ts';
import { HEADERS_FILE, headersFor, parseHeadersFile } from '../src/lib/embed/headers.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '0' }, owner: { type: 'string' } } });
// The project's own build tools never report usage to Astro (see README, Privacy).
process.env.ASTRO_TELEMETRY_DISABLED = '1';

const server = await preview({
  root: ROOT,
  logLevel: 'warn',
  server: { host: '127.0.0.1', port: Number(values.port) },
  vite: { preview: { strictPort: true } },
});
const headersPath = path.join(outDir(), HEADERS_FILE);
if (existsSync(headersPath)) {
  const rules = parseHeadersFile(readFileSync(headersPath, 'utf8'));
  // Astro's static preview hands back its Node HTTP server (not in its types); a listener put
  // first sets the headers before Vite's static file handler answers.
  const http = (server as { server?: Server }).server;
  if (!http) throw new Error(`astro preview no longer exposes its HTTP server, so ${HEADERS_FILE} cannot be applied (scripts/preview.ts)`);
  http.prependListener('request', (request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://preview.invalid').pathname;
    for (const [name, value] of headersFor(rules, pathname)) response.setHeader(name, value);
  });
}
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
