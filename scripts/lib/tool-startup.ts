// What the question builder and the conversation companion cost a phone at a given bank size
// (issue #21), for the build benchmark: their HTML (raw and gzip), its elements, the bank's data
// file, and, with BENCH_LIGHTHOUSE=1, Lighthouse's mobile figures (median of LIGHTHOUSE_RUNS, 3 by
// default): Total Blocking Time, the longest task, the DOM it counts and the bytes transferred.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { launchOptions } from './browser.ts';
import { countElements, formatKB, gzipBytes } from './budgets.ts';
import { medianSummary, summarize, type LhrLike, type Summary } from './lighthouse-summary.ts';
import { markdownTable } from './markdown-table.ts';
import { startPreview } from './preview-server.ts';

const TOOLS = [
  { page: 'builder', route: 'builder/' },
  { page: 'companion', route: 'planner/conversation/' },
];

/** One tool at one scale. */
export interface ToolRow {
  scale: string;
  page: string;
  htmlRaw: number;
  htmlGzip: number;
  elements: number;
  /** question-bank.json, gzip; the same file for both tools. */
  dataGzip: number;
  lighthouse?: Summary;
}

/** Figures for the builder and the companion as built in `dist`, Lighthouse's too when asked. */
export async function toolStartup(dist: string, scale: string, withLighthouse = Boolean(process.env.BENCH_LIGHTHOUSE)): Promise<ToolRow[]> {
  const data = path.join(dist, 'question-bank.json');
  const dataGzip = existsSync(data) ? gzipBytes(readFileSync(data)) : NaN;
  const rows: ToolRow[] = TOOLS.map(({ page, route }) => {
    const html = readFileSync(path.join(dist, route, 'index.html'));
    return { scale, page, htmlRaw: html.length, htmlGzip: gzipBytes(html), elements: countElements(html.toString()), dataGzip };
  });
  if (!withLighthouse) return rows;
  const runs = Number(process.env.LIGHTHOUSE_RUNS) || 3;
  const browser = await launchOptions('full');
  const preview = await startPreview({ ...process.env, OUT_DIR: dist });
  const chrome = await chromeLauncher.launch({ chromePath: browser.executablePath, chromeFlags: ['--headless=new', ...browser.args] });
  try {
    for (const row of rows) {
      const url = new URL(TOOLS.find((t) => t.page === row.page)!.route, preview.url).href;
      const summaries: Summary[] = [];
      for (let i = 0; i < runs; i++) {
        const lhr = (await lighthouse(url, { port: chrome.port, logLevel: 'error', disableFullPageScreenshot: true }))?.lhr;
        if (lhr && !lhr.runtimeError) summaries.push(summarize(lhr as LhrLike));
      }
      if (summaries.length) row.lighthouse = medianSummary(summaries);
    }
  } finally {
    chrome.kill();
    preview.stop();
  }
  return rows;
}

const ms = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${Math.round(v)} ms`);

/** The rows as a Markdown table; the Lighthouse columns say "—" where it was not run. */
export function formatToolTable(rows: ToolRow[]): string {
  const header = [
    'scale',
    'page',
    'HTML (raw / gzip)',
    'elements in HTML',
    'bank data (gzip)',
    'TBT',
    'longest task',
    'DOM (Lighthouse)',
    'page weight',
  ];
  const lines = rows.map((r) => {
    const lh = r.lighthouse;
    return [
      r.scale,
      r.page,
      `${formatKB(r.htmlRaw)} / ${formatKB(r.htmlGzip)}`,
      String(r.elements),
      Number.isNaN(r.dataGzip) ? '—' : formatKB(r.dataGzip),
      ms(lh?.tbt),
      lh?.longestTask === undefined || lh.longestTask === null ? '—' : lh.longestTask < 50 ? '< 50 ms' : ms(lh.longestTask),
      lh?.dom === undefined || lh.dom === null ? '—' : String(Math.round(lh.dom)),
      lh?.bytes === undefined || lh.bytes === null ? '—' : formatKB(lh.bytes),
    ];
  });
  return markdownTable(header, lines, ['left', 'left', ...header.slice(2).map(() => 'right' as const)]);
}
