import { defineConfig } from '@playwright/test';
import { launchOptions } from '../scripts/lib/browser.ts';
import { EDITION_OUT_DIR, SUBPATH_OUT_DIR } from '../scripts/lib/built-site.ts';
import { freePorts, previewCommand } from '../scripts/lib/preview-server.ts';

/** The time zone of the browser and of the test code alike, so "today" is the same day on both sides. */
const TIME_ZONE = 'Europe/London';
// Set before any test code works out a date; the workers inherit it from this process.
process.env.TZ = TIME_ZONE;

const SUBPATH = '/careers/handbook/';
// The example edition (issue #15): its folder, and the base path its edition.yaml sets.
const EDITION_DIR = 'tests/fixtures/edition-harbor-college';
const EDITION_BASE = '/harbor/handbook/';
// Free ports for each run, chosen once here and handed to the workers (which load this file again)
// through the environment, so no other checkout or left-over server can be in the way; TEST_PORT
// fixes them (it and the next). The servers stop when this run ends, however it ends
// (scripts/preview.ts), so an interrupted run leaves nothing behind.
if (!process.env.TEST_PORTS) {
  const fixed = Number(process.env.TEST_PORT);
  process.env.TEST_PORTS = (fixed ? [fixed, fixed + 1, fixed + 2] : await freePorts(3)).join(',');
}
const [port, subPort, editionPort] = process.env.TEST_PORTS.split(',').map(Number) as [number, number, number];
const serve = (p: number) =>
  previewCommand(p)
    .map((part) => JSON.stringify(part))
    .join(' ');

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
    timezoneId: TIME_ZONE,
    // ensure-browser runs before Playwright, so a missing browser here is a set-up mistake.
    launchOptions: await launchOptions(),
    trace: 'off',
  },
  projects: [
    { name: 'site', testIgnore: /(subpath|edition)\.spec\.ts/ },
    { name: 'subpath', testMatch: /subpath\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${subPort}${SUBPATH}` } },
    { name: 'edition', testMatch: /\.edition\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${editionPort}${EDITION_BASE}` } },
  ],
  webServer: [
    {
      command: serve(port),
      cwd: '..',
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
    },
    {
      command: serve(subPort),
      cwd: '..',
      env: { BASE_PATH: SUBPATH, OUT_DIR: SUBPATH_OUT_DIR },
      url: `http://127.0.0.1:${subPort}${SUBPATH}`,
      reuseExistingServer: false,
    },
    {
      // The base path comes from the edition's own settings, as a centre's build would.
      command: serve(editionPort),
      cwd: '..',
      env: { EDITION_DIR, OUT_DIR: EDITION_OUT_DIR },
      url: `http://127.0.0.1:${editionPort}${EDITION_BASE}`,
      reuseExistingServer: false,
    },
  ],
});
