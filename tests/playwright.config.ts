import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { findBrowser } from '../scripts/lib/find-browser';

// ensure-browser runs before Playwright, so a missing browser here is a set-up mistake.
const browser = await findBrowser();
if (!browser) throw new Error('No browser found: run "node scripts/ensure-browser.ts" or set CHROME_PATH.');

export const SUBPATH = '/careers/handbook/';
// Each checkout gets its own pair of ports (derived from its folder), so several checkouts on one
// machine can test side by side; TEST_PORT overrides it.
const root = fileURLToPath(new URL('..', import.meta.url));
const derived = 4400 + (createHash('sha1').update(root).digest().readUInt16BE(0) % 400) * 2;
const port = Number(process.env.TEST_PORT ?? derived);
const subPort = port + 1;

export default defineConfig({
  testDir: './e2e',
  outputDir: '../.cache/test-results',
  fullyParallel: true,
  // Generous limits: axe on long pages is slow, and machines here are shared and noisy.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: {
      executablePath: browser.path,
      // Flags that keep Chromium from reaching for the network on a closed machine.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    trace: 'off',
  },
  projects: [
    { name: 'site', testIgnore: /subpath\.spec\.ts/ },
    { name: 'subpath', testMatch: /subpath\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${subPort}${SUBPATH}` } },
  ],
  webServer: [
    {
      command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
      cwd: '..',
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
    },
    {
      command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${subPort}`,
      cwd: '..',
      env: { BASE_PATH: SUBPATH, OUT_DIR: '.cache/dist-subpath' },
      url: `http://127.0.0.1:${subPort}${SUBPATH}`,
      reuseExistingServer: false,
    },
  ],
});
