// Serves a built site with `astro preview` on a free loopback port, for the measuring scripts.
// --ignore-lock lets it run beside another preview (the e2e tests, a developer's own).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A free TCP port on 127.0.0.1, as the OS hands one out. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** A running preview server: the site's URL (with its base path) and a way to stop it. */
export interface Preview {
  url: string;
  stop: () => void;
}

/** Starts `astro preview` for OUT_DIR (default dist/) and resolves once it answers. */
export async function startPreview(env: NodeJS.ProcessEnv = process.env): Promise<Preview> {
  const port = Number(env.PERF_PORT) || (await freePort());
  const base = env.BASE_PATH ?? '/';
  const url = `http://127.0.0.1:${port}${base}`;
  // Its own process group, so stopping it also stops the node process npx starts.
  const child = spawn('npx', ['astro', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let exited = false;
  child.once('exit', () => (exited = true));
  const stop = () => {
    if (exited || child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  process.once('exit', stop);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`astro preview stopped before serving:\n${output}`);
    try {
      const response = await fetch(url);
      if (response.ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`astro preview did not answer at ${url} within 60 s:\n${output}`);
}

/** Chromium flags that keep the browser off the network on a closed machine. */
export const QUIET_CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
