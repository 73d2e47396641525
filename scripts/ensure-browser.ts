// Makes sure the browser tests have a browser before they run, and never lets them skip silently.
// Order: an existing browser; Playwright's installer if its download host answers; on Debian or
// Ubuntu as root, the distribution's chromium package; otherwise stop with a one-line fix.
import { findBrowser } from './lib/browser.ts';
import { aptInstall, canAptInstall, isDebianLike, run } from './lib/system-packages.ts';

async function reachable(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(5000) });
    return response.status < 500;
  } catch {
    return false;
  }
}

const existing = await findBrowser();
if (existing) {
  console.log(`ensure-browser: using ${existing.path} (${existing.source})`);
  process.exit(0);
}

if (await reachable('https://cdn.playwright.dev/')) {
  run('ensure-browser', 'npx', ['playwright', 'install', 'chromium']);
} else if (canAptInstall()) {
  aptInstall('ensure-browser', 'chromium');
}

const installed = await findBrowser();
if (installed) {
  console.log(`ensure-browser: using ${installed.path} (${installed.source})`);
  process.exit(0);
}
const hint = isDebianLike() ? 'sudo apt-get install chromium' : 'npx playwright install chromium';
console.error(`ensure-browser: no Chromium or Chrome found; install one (${hint}) or set CHROME_PATH, then run npm test again.`);
process.exit(1);
