// Build benchmark: builds the site from synthetic content at 1x, 10x and 50x today's size (copies
// of every step, tip and question category, see src/lib/synthetic-content.ts) in a temporary
// folder, and prints build time, pages per second, dist/ size, Pagefind index size and the weight
// of a question category page. Render-phase pages per second staying flat as the content grows
// shows per-page work does not grow with the collections (src/data/handbook.ts loads them once).
// Scales: `node scripts/bench.ts 1 10 50` (the default). BENCH_KEEP=1 keeps the folders.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatKB, gzipBytes } from './lib/budgets.ts';
import { builtPages, ROOT as root } from './lib/built-site.ts';
import { markdownTable } from './lib/markdown-table.ts';
import { watchPeak } from './lib/process-tree.ts';
import { absoluteImports, joinFrontmatter, scaleContent, splitFrontmatter, type ContentFile } from './lib/synthetic-content.ts';
import { formatToolTable, toolStartup, type ToolRow } from './lib/tool-startup.ts';

const contentDir = path.join(root, 'content');
const scales = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
if (scales.length === 0) scales.push(1, 10, 50);

/** Today's content: MDX entries by collection, and any other file to copy as it is. */
function readContent(): { entries: ContentFile[]; others: string[] } {
  const entries: ContentFile[] = [];
  const others: string[] = [];
  for (const e of readdirSync(contentDir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const file = path.join(e.parentPath, e.name);
    const rel = path.relative(contentDir, file);
    const [collection, ...rest] = rel.split(path.sep);
    if (rest.length === 1 && e.name.endsWith('.mdx')) {
      const { data, body } = splitFrontmatter(readFileSync(file, 'utf8'));
      entries.push({ collection: collection!, name: e.name.replace(/\.mdx$/, ''), data, body: absoluteImports(body, e.parentPath) });
    } else {
      others.push(rel);
    }
  }
  return { entries, others };
}

/** Wall-clock and CPU seconds (user + system, the command and everything it starts) of a command. */
interface Timed {
  wall: number;
  cpu: number;
  /** Peak resident memory of the whole process tree the command started, in bytes (NaN without /proc). */
  peak: number;
  output: string;
}

// bash's `time` counts the CPU of every process the command waited for, which wall clock on a
// shared machine cannot: other work slows the clock, not the CPU seconds.
function run(command: string, env: NodeJS.ProcessEnv): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', `TIMEFORMAT='@@time %R %U %S'; time ${command}`], {
      cwd: root,
      env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const memory = watchPeak(child.pid!);
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.once('error', reject);
    child.once('exit', (code) => {
      const peak = memory.stop();
      // eslint-disable-next-line no-control-regex -- terminal colour codes start with ESC (\x1b).
      output = output.replace(/\x1b\[[0-9;]*m/g, '');
      const t = /@@time ([\d.]+) ([\d.]+) ([\d.]+)/.exec(output);
      if (code !== 0 || !t) reject(new Error(`${command} failed (exit ${code}):\n${output.slice(-4000)}`));
      else resolve({ wall: Number(t[1]), cpu: Number(t[2]) + Number(t[3]), peak, output });
    });
  });
}

/** Median milliseconds Astro took to render each page whose path matches, from its build log. */
function medianRenderMs(output: string, route: RegExp): number {
  const times = [...output.matchAll(/[├└]─ (\/\S+) \(\+([\d.]+)(m?s)\)/g)]
    .filter((m) => route.test(m[1]!))
    .map((m) => Number(m[2]) * (m[3] === 's' ? 1000 : 1))
    .sort((a, b) => a - b);
  return times.length ? times[Math.floor(times.length / 2)]! : NaN;
}

/** Seconds from the first duration Astro logs after a pattern ("729ms", "6.43s", "1m 24s"), or NaN. */
function seconds(output: string, pattern: RegExp): number {
  const m = new RegExp(`${pattern.source}((?:\\d+m )?[\\d.]+m?s)`).exec(output);
  if (!m) return NaN;
  const d = /^(?:(\d+)m )?([\d.]+)(m?s)$/.exec(m[1]!);
  if (!d) return NaN;
  return Number(d[1] ?? 0) * 60 + Number(d[2]) / (d[3] === 'ms' ? 1000 : 1);
}

function sizeOf(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile()) total += statSync(path.join(e.parentPath, e.name)).size;
  return total;
}

const mb = (bytes: number) => (bytes < 1024 * 1024 ? formatKB(bytes) : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

const { entries, others } = readContent();
// The category page to weigh: today's largest category, whose copy 1 keeps its id at every scale.
const category = entries
  .filter((e) => e.collection === 'questions')
  .reduce((a, b) => ((b.data.questions as unknown[]).length > (a.data.questions as unknown[]).length ? b : a));
const logDir = path.join(root, '.cache', 'bench');
const rows: string[][] = [];
const notes: string[] = [];
// The builder's and the companion's start-up at each scale (issue #21), in a table of their own.
const toolRows: ToolRow[] = [];

for (const scale of scales) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), `handbook-bench-${scale}x-`));
  try {
    const content = path.join(tmp, 'content');
    const files = scaleContent(entries, scale);
    for (const f of files) {
      mkdirSync(path.join(content, f.collection), { recursive: true });
      writeFileSync(path.join(content, f.collection, `${f.name}.mdx`), joinFrontmatter(f.data, f.body));
    }
    for (const rel of others) cpSync(path.join(contentDir, rel), path.join(content, rel));
    const count = (c: string) => files.filter((f) => f.collection === c).length;
    const questions = files.filter((f) => f.collection === 'questions').reduce((n, f) => n + (f.data.questions as unknown[]).length, 0);
    const tips = files.filter((f) => f.collection === 'tips').reduce((n, f) => n + (f.data.tips as unknown[]).length, 0);
    const env = { CONTENT_DIR: content, OUT_DIR: path.join(tmp, 'dist'), ASTRO_CACHE_DIR: path.join(tmp, 'cache') };
    process.stderr.write(
      `bench: ${scale}x: ${count('steps')} steps, ${tips} tips, ${count('questions')} categories, ${questions} questions; building…\n`,
    );
    const astro = await run('npx astro build', env);
    const search = await run(`"${process.execPath}" scripts/build-search.ts`, env);
    mkdirSync(logDir, { recursive: true });
    writeFileSync(path.join(logDir, `${scale}x-astro-build.log`), astro.output);
    const dist = env.OUT_DIR;
    const pages = Number(/(\d+) page\(s\) built/.exec(astro.output)?.[1] ?? NaN);
    const render = seconds(astro.output, /generating static routes[\s\S]*?Completed in /);
    // Astro's phases, from its log: collecting build info, then Vite's server bundle and client
    // bundle (the first and second "built in"), then page generation (render, above).
    const collect = seconds(astro.output, /Collecting build info[\s\S]*?Completed in /);
    const server = seconds(astro.output, /Building static entrypoints[\s\S]*?built in /);
    const client = seconds(astro.output, /Building static entrypoints[\s\S]*?built in [\s\S]*?built in /);
    const peak = Math.max(astro.peak, search.peak);
    const wall = astro.wall + search.wall;
    const cpu = astro.cpu + search.cpu;
    const categoryHtml = readFileSync(path.join(dist, 'questions', String(category.data.id), 'index.html'));
    rows.push([
      `${scale}x`,
      `${count('steps')} / ${tips} / ${count('questions')} / ${questions}`,
      String(pages),
      `${wall.toFixed(1)} s`,
      `${cpu.toFixed(1)} s`,
      `${collect.toFixed(1)} / ${server.toFixed(1)} / ${client.toFixed(1)} / ${render.toFixed(1)} / ${search.wall.toFixed(1)} s`,
      Number.isNaN(peak) ? 'n/a' : `${Math.round(peak / 1024 / 1024)} MiB`,
      Number.isNaN(peak) ? 'n/a' : `${((wall * 1000) / pages).toFixed(0)} ms, ${(peak / 1024 / 1024 / pages).toFixed(2)} MiB`,
      (pages / wall).toFixed(1),
      (pages / cpu).toFixed(1),
      `${medianRenderMs(astro.output, /^\/steps\/[^/]+\/index\.html$/)} / ${medianRenderMs(astro.output, /^\/questions\/[^/]+\/index\.html$/)} ms`,
      mb(sizeOf(dist)),
      mb(sizeOf(path.join(dist, 'pagefind'))),
      `${formatKB(categoryHtml.length)} / ${formatKB(gzipBytes(categoryHtml))}`,
    ]);
    // Pages that list whole collections grow with the content; name the largest at each scale.
    const largest = builtPages(dist)
      .map((p) => ({ ...p, size: statSync(p.file).size }))
      .sort((x, y) => y.size - x.size)
      .slice(0, 4)
      .map(({ route, file }) => {
        const html = readFileSync(file);
        return `${route} ${mb(html.length)} (${formatKB(gzipBytes(html))} gzip)`;
      });
    notes.push(`${scale}x largest pages: ${largest.join(', ')}`);
    toolRows.push(...(await toolStartup(dist, `${scale}x`)));
  } finally {
    if (process.env.BENCH_KEEP) process.stderr.write(`bench: kept ${tmp}\n`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

const header = [
  'scale',
  'steps / tips / categories / questions',
  'pages',
  'build (wall)',
  'build (CPU)',
  'phases: info / server / client / pages / search',
  'peak memory (whole tree)',
  'per page: wall, peak memory',
  'pages/s (wall)',
  'pages/CPU-s',
  'ms per step / category page',
  'dist/',
  'Pagefind index',
  `/questions/${String(category.data.id)}/ (raw / gzip)`,
];
console.log(markdownTable(header, rows, ['left', 'left', ...header.slice(2).map(() => 'right' as const)]));
console.log(
  `\nbuild = astro build + Pagefind (wall clock, and CPU seconds of every process); phases from Astro's log: collecting build info,` +
    `\nVite's server and client bundles, page generation, then the Pagefind index; peak memory = resident memory of every process` +
    `\nthe build started (Astro, its workers, Pagefind), sampled every 100 ms;` +
    `\nms per page = median time Astro logs for one step or question category page. ${os.cpus().length} CPUs, Node ${process.version}.` +
    `\nBuild logs: ${path.relative(process.cwd(), logDir)}/`,
);
for (const n of notes) console.log(n);

console.log(
  `\nThe tools at each scale (issue #21): their HTML, its elements, the bank's data file they fetch; Lighthouse mobile` +
    ` (median of ${Number(process.env.LIGHTHOUSE_RUNS) || 3}) with BENCH_LIGHTHOUSE=1.\n`,
);
console.log(formatToolTable(toolRows));
