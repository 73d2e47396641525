// Makes sure the browser tests have a browser before they run, and never lets them skip silently.
// Order: an existing browser; Playwright's installer if its download host answers; on Debian or
// Ubuntu as root, the distribution's package; otherwise stop with a one-line fix.
// The tests and budgets want Chromium's headless shell (three times faster to open a page than the
// whole browser, scripts/lib/browser.ts); with --full (Lighthouse) the whole browser. A machine
// with only the whole browser still runs the tests, more slowly, unless the shell can be installed.
import { findBrowser, type BrowserUse } from './lib/browser.ts';
import { aptInstall, canAptInstall, isDebianLike, run } from './lib/system-packages.ts';

const use: BrowserUse = process.argv.includes('--full') ? 'full' : 'headless';
const debianPackage = use === 'full' ? 'chromium' : 'chromium-headless-shell';

async function reachable(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(5000) });
    return response.status < 500;
  } catch {
    return false;
  }
}

const existing = await findBrowser(use);
// A whole browser will do for headless pages, but the shell is worth installing where we may.
if (existing && (use === 'full' || existing.source !== 'system' || !canAptInstall())) {
  console.log(`ensure-browser: using ${existing.path} (${existing.source})`);
  process.exit(0);
}

if (!existing && (await reachable('https://cdn.playwright.dev/'))) {
  run('ensure-browser', 'npx', ['playwright', 'install', 'chromium']);
} else if (canAptInstall()) {
  aptInstall('ensure-browser', debianPackage);
}

const installed = await findBrowser(use);
if (installed) {
  console.log(`ensure-browser: using ${installed.path} (${installed.source})`);
  process.exit(0);
}
const hint = isDebianLike() ? `sudo apt-get install ${debianPackage}` : 'npx playwright install chromium';
console.error(`ensure-browser: no Chromium or Chrome found; install one (${hint}) or set CHROME_PATH, then run npm test again.`);
process.exit(1);
