// Makes sure the browser tests have a browser before they run, and never lets them skip silently.
// Order: an existing browser; Playwright's installer if its download host answers; on Debian or
// Ubuntu as root, the distribution's chromium package; otherwise stop with a one-line fix.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { findBrowser } from './lib/browser.ts';

async function reachable(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(5000) });
    return response.status < 500;
  } catch {
    return false;
  }
}

function isDebianLike(): boolean {
  if (!existsSync('/etc/os-release')) return false;
  return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
}

function run(command: string, args: string[]): boolean {
  console.log(`ensure-browser: ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

const existing = await findBrowser();
if (existing) {
  console.log(`ensure-browser: using ${existing.path} (${existing.source})`);
  process.exit(0);
}

if (await reachable('https://cdn.playwright.dev/')) {
  run('npx', ['playwright', 'install', 'chromium']);
} else if (process.getuid?.() === 0 && isDebianLike()) {
  if (run('apt-get', ['update', '-qq'])) run('apt-get', ['install', '-y', '-qq', 'chromium']);
}

const installed = await findBrowser();
if (installed) {
  console.log(`ensure-browser: using ${installed.path} (${installed.source})`);
  process.exit(0);
}
const hint = isDebianLike() ? 'sudo apt-get install chromium' : 'npx playwright install chromium';
console.error(`ensure-browser: no Chromium or Chrome found; install one (${hint}) or set CHROME_PATH, then run npm test again.`);
process.exit(1);
