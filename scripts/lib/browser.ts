// The one browser launcher for the browser tests (Playwright) and the measuring scripts (budgets,
// Lighthouse, the planner benchmark): which Chromium-family browser, found in the documented order
// (CHROME_PATH; for headless runs, Chromium's headless shell on PATH; a system Chromium or Chrome
// on PATH; Playwright's own download), and the flags every one of them starts it with.
// Headless runs (the tests, budgets, the planner benchmark) look first for Chromium's headless
// shell, which Playwright itself uses for headless Chromium: the same engine without the
// browser's window and profile machinery, about three times faster to open a page here (263 ms
// against 814 ms for a new context and a step page). Lighthouse wants the whole browser.
import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
/** Debian's package chromium-headless-shell; Playwright's own download is found through Playwright. */
const HEADLESS_SHELL_NAMES = ['chromium-headless-shell', 'chrome-headless-shell'];

/** What a browser is wanted for: headless pages (the default), or the whole browser (Lighthouse). */
export type BrowserUse = 'headless' | 'full';

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, name);
    if (dir && executable(candidate)) return candidate;
  }
  return undefined;
}

/** Where the browser came from, for messages. */
export type BrowserSource = 'CHROME_PATH' | 'system headless shell' | 'system' | 'playwright';

/** The first browser found, or undefined when there is none. */
export async function findBrowser(use: BrowserUse = 'headless'): Promise<{ path: string; source: BrowserSource } | undefined> {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!executable(fromEnv)) throw new Error(`CHROME_PATH is set to "${fromEnv}", which is not an executable file`);
    return { path: fromEnv, source: 'CHROME_PATH' };
  }
  if (use === 'headless') {
    for (const name of HEADLESS_SHELL_NAMES) {
      const found = onPath(name);
      if (found) return { path: found, source: 'system headless shell' };
    }
  }
  for (const name of SYSTEM_NAMES) {
    const found = onPath(name);
    if (found) return { path: found, source: 'system' };
  }
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: own, source: 'playwright' };
  } catch {
    // Playwright knows no browser of its own here.
  }
  return undefined;
}

/**
 * Flags for every browser the project starts: no sandbox (CI runs as root in a container, where
 * Chromium's sandbox cannot start), no GPU, and nothing that reaches for the network on a closed
 * machine (QUIC, background updates, sync, first-run pages).
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** What to launch: the browser found and the project's flags. Throws with the fix when there is no browser. */
export async function launchOptions(use: BrowserUse = 'headless'): Promise<{ executablePath: string; args: string[] }> {
  const browser = await findBrowser(use);
  if (!browser) throw new Error('No Chromium or Chrome found: run "node scripts/ensure-browser.ts" or set CHROME_PATH.');
  return { executablePath: browser.path, args: CHROMIUM_FLAGS };
}
