// Finds a Chromium-family browser for the browser tests, in the documented order:
// CHROME_PATH, then a system Chromium or Chrome on PATH, then Playwright's own download.
import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

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
export type BrowserSource = 'CHROME_PATH' | 'system' | 'playwright';

/** The first browser found, or undefined when there is none. */
export async function findBrowser(): Promise<{ path: string; source: BrowserSource } | undefined> {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!executable(fromEnv)) throw new Error(`CHROME_PATH is set to "${fromEnv}", which is not an executable file`);
    return { path: fromEnv, source: 'CHROME_PATH' };
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
