import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePorts } from '../../scripts/lib/preview-server.ts';
import { expect, test } from './fixtures';
import { skipToOfflineCode, waitForWorker } from './offline-journey';

// An update (issue #14): a reader has version 1; version 2 changes the home page's heading. The
// second version is made as a deployment's build makes it: the built site with its content
// changed, and scripts/build-sw.ts run over it, which revisions every file by content. (A whole
// `astro build` of changed content would take a minute here and test nothing more of the worker.)
// A small server of our own serves one version, then the other, with no HTTP caching.
const root = fileURLToPath(new URL('../..', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};
const OLD = 'Learn about a career by talking to someone who does it';
const NEW = 'Learn about a career from someone who does it';
const md5 = (file: string) => createHash('md5').update(readFileSync(file)).digest('hex');

let temp: string;
let served: string;
let server: Server;
// The port is chosen when the file loads, so the fixture knows the origin this test may talk to.
const [port] = await freePorts(1);
const origin = `http://127.0.0.1:${port}`;
test.use({ otherOrigins: [origin] });

test.beforeAll(async () => {
  temp = mkdtempSync(path.join(tmpdir(), 'iih-update-'));
  const v1 = path.join(temp, 'v1');
  const v2 = path.join(temp, 'v2');
  cpSync(path.join(root, 'dist'), v1, { recursive: true });
  cpSync(v1, v2, { recursive: true });
  const home = path.join(v2, 'index.html');
  writeFileSync(home, readFileSync(home, 'utf8').replace(`>${OLD}<`, `>${NEW}<`));
  execFileSync(process.execPath, [path.join(root, 'scripts/build-sw.ts')], {
    cwd: root,
    env: { ...process.env, OUT_DIR: v2 },
    stdio: 'pipe',
  });
  served = v1;
  server = createServer((req, res) => {
    let file = path.join(served, decodeURIComponent(new URL(req.url!, 'http://x').pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    res.writeHead(found ? 200 : 404, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    res.end(found ? readFileSync(file) : readFileSync(path.join(served, '404.html')));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
});

test.afterAll(() => {
  server?.close();
  if (temp) rmSync(temp, { recursive: true, force: true });
});

// The page's own clock, so the wait before each page loads the worker's side can be skipped.
test.beforeEach(({ page }) => page.clock.install());

test('a new version is offered, never forced, and once reloaded shows new content and leaves no old cache', async ({ page }) => {
  await page.goto(`${origin}/`);
  await waitForWorker(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(OLD);
  const oldHome = md5(path.join(temp, 'v1', 'index.html'));
  const newHome = md5(path.join(temp, 'v2', 'index.html'));

  served = path.join(temp, 'v2');
  // Typing in a form when the new version arrives: the notice waits until the form is closed.
  await page.goto(`${origin}/planner/`);
  await expect(page.locator('[data-ready]')).toBeVisible();
  await page.getByRole('button', { name: 'Add a person' }).click();
  await page.getByRole('dialog', { name: 'Add a person' }).getByLabel('Name (required)').fill('Ada Okafor');
  await skipToOfflineCode(page);
  await page.waitForFunction(
    async () => Boolean(document.querySelector('update-notice') && (await navigator.serviceWorker.getRegistration())?.waiting),
    undefined,
    {
      timeout: 30_000,
    },
  );
  const notice = page.getByRole('button', { name: 'Reload for the new version' });
  await expect(notice).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(notice).toBeVisible();
  await page.goto(`${origin}/`);
  // Until the reader chooses, the version they have keeps answering.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(OLD);
  await skipToOfflineCode(page);
  await expect(notice).toBeVisible({ timeout: 30_000 });
  await notice.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NEW);
  await expect(notice).toBeHidden();

  const keys = await page.evaluate(async () => {
    const all: string[] = [];
    for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) all.push(`${name} ${r.url}`);
    return all;
  });
  expect(keys.some((k) => k.includes(newHome))).toBe(true);
  expect(keys.filter((k) => k.includes(oldHome))).toEqual([]);
});
