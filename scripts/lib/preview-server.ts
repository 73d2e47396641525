// Serves a built site with Astro's preview server on a loopback port, for the browser tests and
// the measuring scripts. Every server runs as its own small process (scripts/preview.ts) that
// stops when the process that started it is gone, however that ended (Ctrl-C, kill, a crash), so
// an interrupted run never leaves a server behind on a port.
import { spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { ROOT } from './built-site.ts';

/** `count` different free TCP ports on 127.0.0.1, as the OS hands them out. */
export async function freePorts(count = 1): Promise<number[]> {
  // All held open at once, so the OS cannot hand out the same port twice.
  const servers = Array.from({ length: count }, () => createServer());
  const ports = await Promise.all(
    servers.map(
      (server) =>
        new Promise<number>((resolve, reject) => {
          server.once('error', reject);
          server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
        }),
    ),
  );
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

/**
 * The command that serves the site built in OUT_DIR (for BASE_PATH) on `port` (0: any free port)
 * until process `owner` ends. It prints `serving <url>` once it answers.
 */
export function previewCommand(port: number, owner = process.pid): string[] {
  return [process.execPath, 'scripts/preview.ts', '--port', String(port), '--owner', String(owner)];
}

/** A running preview server: the site's URL (with its base path) and a way to stop it. */
export interface Preview {
  url: string;
  stop: () => void;
}

/** Starts a preview server for OUT_DIR (default dist/) on a free port and resolves once it answers. */
export async function startPreview(env: NodeJS.ProcessEnv = process.env): Promise<Preview> {
  const [command, ...args] = previewCommand(Number(env.PERF_PORT) || 0);
  const child = spawn(command!, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  process.once('exit', stop);
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`astro preview did not answer within 60 s:\n${output}`));
    }, 60_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      const url = /^serving (\S+)$/m.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, stop });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', () => {
      clearTimeout(timer);
      reject(new Error(`astro preview stopped before serving:\n${output}`));
    });
  });
}
