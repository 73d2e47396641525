// Runs Lighthouse (mobile, its default) three times on one page of each type of the built site,
// with the system Chromium, and prints the median scores with LCP, TBT and CLS, then whatever
// Lighthouse flags on any page below 100. The runs go one after another so they do not compete
// for the CPU. A report, not a gate: it exits 1 only when Lighthouse cannot run.
// Name page types to audit only those (`npm run lighthouse -- builder "question category"`);
// LIGHTHOUSE_RUNS changes the number of runs. The median run's full report for each page is
// written to .cache/lighthouse/ to open in the Lighthouse viewer (chosen the way Lighthouse CI
// does, by FCP and TTI closest to the median).
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import {
  formatLighthouseTable,
  formatStartupTable,
  medianSummary,
  steadyFlags,
  summarize,
  type Flag,
  type LhrLike,
  type Summary,
} from './lib/lighthouse-summary.ts';
import { launchOptions } from './lib/browser.ts';
import { outDir as builtSite } from './lib/built-site.ts';
import { pagesByType } from './lib/page-types.ts';
import { startPreview } from './lib/preview-server.ts';

const outDir = builtSite();
const runs = Number(process.env.LIGHTHOUSE_RUNS) || 3;
const reportDir = path.resolve('.cache/lighthouse');
// One page of each type, the largest where a type has several.
const ALL = [
  'home',
  'step',
  'guide',
  'question category',
  'template',
  'tips',
  'builder',
  'planner',
  'conversation companion',
  'counselors',
  'class pack',
  'print handbook',
  '404',
];
const AUDITED = process.argv.length > 2 ? process.argv.slice(2) : ALL;
const unknown = AUDITED.filter((p) => !ALL.includes(p));
if (unknown.length) {
  console.error(`lighthouse: unknown page type(s) ${unknown.join(', ')}; choose from: ${ALL.join(', ')}`);
  process.exit(1);
}

const started = Date.now();
const targets = [...pagesByType(outDir)]
  .filter(([type, pages]) => AUDITED.includes(type.page) && pages.length > 0)
  .map(([type, pages]) => ({
    page: type.page,
    route: pages.reduce((a, b) => (statSync(b.file).size > statSync(a.file).size ? b : a)).route,
  }));

const browser = await launchOptions('full');
const preview = await startPreview();
const chrome = await chromeLauncher.launch({ chromePath: browser.executablePath, chromeFlags: ['--headless=new', ...browser.args] });
const rows: { page: string; path: string; summary: Summary }[] = [];
const flagged: { page: string; flags: Flag[] }[] = [];
let failed = false;
try {
  mkdirSync(reportDir, { recursive: true });
  for (const target of targets) {
    const url = new URL(target.route.slice(1), preview.url).href;
    const lhrs = [];
    for (let i = 0; i < runs; i++) {
      // The full-page screenshot only decorates the report and costs seconds a run.
      const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', disableFullPageScreenshot: true });
      const lhr = result?.lhr;
      if (!lhr || lhr.runtimeError) {
        console.error(`lighthouse: ${target.page} (${target.route}): ${lhr?.runtimeError?.message ?? 'no result'}`);
        failed = true;
        break;
      }
      lhrs.push(lhr);
    }
    if (lhrs.length < runs) continue;
    const representative = computeMedianRun(lhrs);
    writeFileSync(path.join(reportDir, `${target.page.replace(/\W+/g, '-')}.json`), JSON.stringify(representative));
    rows.push({ page: target.page, path: target.route, summary: medianSummary(lhrs.map((l) => summarize(l as LhrLike))) });
    const found = steadyFlags(lhrs as LhrLike[]);
    if (found.length) flagged.push({ page: target.page, flags: found });
    process.stderr.write(`lighthouse: ${target.page} done (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
  }
} finally {
  chrome.kill();
  preview.stop();
}

console.log(formatLighthouseTable(rows));
console.log(
  `\nMedian of ${runs} runs each, Lighthouse mobile defaults (simulated slow 4G, 4x CPU slowdown); ${((Date.now() - started) / 1000).toFixed(0)} s in all.`,
);
// What starting each page costs a phone (issue #21), from the same runs.
console.log(`\nStart-up (median of ${runs}; longest task as Lighthouse simulates it, which lists tasks of 50 ms and more):\n`);
console.log(formatStartupTable(rows));
if (flagged.length) {
  console.log(`\nWhat Lighthouse flags (in most of the ${runs} runs, median score):`);
  for (const { page, flags: list } of flagged) {
    for (const f of list)
      console.log(`- ${page}: [${f.category}] ${f.title} (${f.id}, score ${f.score}${f.displayValue ? `, ${f.displayValue}` : ''})`);
  }
}
console.log(`Full reports: ${path.relative(process.cwd(), reportDir)}/`);
if (failed) process.exit(1);
