// Build benchmark: builds the site from synthetic content at 1x, 10x and 50x today's size (copies
// of every step, question category, guide and template, and of every tip inside its phase file;
// see scripts/lib/synthetic-content.ts) in a temporary folder, each build clean (its own output
// and cache folders), and prints wall and CPU time, whole-tree peak memory, Astro's phases, the
// cost each page added over the smallest scale, dist/ size, Pagefind index size and the weight of
// a question category page. Render-phase pages per second staying flat as the content grows shows
// per-page work does not grow with the collections (src/data/handbook.ts loads them once).
// Scales: `node scripts/bench.ts 1 10 50` (the default). `--runs N` builds every scale N times,
// alternating scales, and reports medians (a shared machine is noisy). `--site DIR` builds another
// checkout of the site (for example the main branch's) from this checkout's content, for a before
// and after on the same content. Every build's figures are also appended to
// .cache/bench/runs.jsonl. BENCH_KEEP=1 keeps the folders.
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatKB, gzipBytes } from './lib/budgets.ts';
import { builtPages, ROOT as root } from './lib/built-site.ts';
import { markdownTable } from './lib/markdown-table.ts';
import { prepareStarlightSite, STARLIGHT_VERSION, starlightPagesFrom, type StarlightPage } from './lib/starlight-site.ts';
import { watchPeak } from './lib/process-tree.ts';
import { absoluteImports, joinFrontmatter, scaleContent, splitFrontmatter, type ContentFile } from './lib/synthetic-content.ts';
import { formatToolTable, toolStartup, type ToolRow } from './lib/tool-startup.ts';

const contentDir = path.join(root, 'content');
const args = process.argv.slice(2);
/** The value after a flag (`--runs 3`), if given. */
const option = (name: string) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args.splice(i, 2)[1];
};
const runs = Number(option('--runs') ?? 1);
const site = path.resolve(option('--site') ?? root);
// --starlight: after each build of ours, a clean Starlight site of the same pages and words
// (scripts/lib/starlight-site.ts) is built the same way, for the comparison issue #25 asks for.
const starlightFlag = args.indexOf('--starlight');
const withStarlight = starlightFlag !== -1;
if (withStarlight) args.splice(starlightFlag, 1);
if (!Number.isInteger(runs) || runs < 1) throw new Error('bench: --runs takes a whole number of at least 1');
const scales = args.map(Number).filter((n) => Number.isInteger(n) && n > 0);
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
function run(command: string, env: NodeJS.ProcessEnv, cwd = site): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', `TIMEFORMAT='@@time %R %U %S'; time ${command}`], {
      cwd,
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
mkdirSync(logDir, { recursive: true });
// The builder's and the companion's start-up at each scale (issue #21), in a table of their own.
const toolRows: ToolRow[] = [];

/** One clean build's figures (seconds, bytes). */
interface Measured {
  pages: number;
  wall: number;
  cpu: number;
  peak: number;
  collect: number;
  server: number;
  client: number;
  render: number;
  search: number;
  stepMs: number;
  categoryMs: number;
}

/** The synthetic content of one scale, written once, and what it holds. */
interface Prepared {
  scale: number;
  tmp: string;
  content: string;
  label: string;
}

function prepare(scale: number): Prepared {
  const tmp = mkdtempSync(path.join(os.tmpdir(), `handbook-bench-${scale}x-`));
  const content = path.join(tmp, 'content');
  const files = scaleContent(entries, scale);
  for (const f of files) {
    mkdirSync(path.join(content, f.collection), { recursive: true });
    writeFileSync(path.join(content, f.collection, `${f.name}.mdx`), joinFrontmatter(f.data, f.body));
  }
  for (const rel of others) cpSync(path.join(contentDir, rel), path.join(content, rel));
  const count = (c: string) => files.filter((f) => f.collection === c).length;
  const sum = (c: string, list: string) =>
    files.filter((f) => f.collection === c).reduce((n, f) => n + (f.data[list] as unknown[]).length, 0);
  const label = `${count('steps')} / ${count('guides')} / ${count('templates')} / ${sum('tips', 'tips')} / ${count('questions')} / ${sum('questions', 'questions')}`;
  return { scale, tmp, content, label };
}

async function measure({ scale, tmp, content }: Prepared, runNumber: number): Promise<Measured> {
  const dist = path.join(tmp, 'dist');
  const cache = path.join(tmp, 'cache');
  // A clean build every time: no output and no content-layer cache from an earlier run.
  rmSync(dist, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  const env = { CONTENT_DIR: content, OUT_DIR: dist, ASTRO_CACHE_DIR: cache };
  process.stderr.write(`bench: ${scale}x, run ${runNumber} of ${runs}${site === root ? '' : ` (${site})`}…\n`);
  // astro build makes the whole site: pages, then the search index and the service worker
  // (src/integration/build-steps.ts), in one process.
  const astro = await run('npx astro build', env);
  writeFileSync(path.join(logDir, `${scale}x-astro-build.log`), astro.output);
  const measured: Measured = {
    pages: Number(/(\d+) page\(s\) built/.exec(astro.output)?.[1] ?? NaN),
    wall: astro.wall,
    cpu: astro.cpu,
    peak: astro.peak,
    // Astro's phases, from its log: collecting build info, then Vite's server bundle and client
    // bundle (the first and second "built in"), then page generation; then the Pagefind index.
    collect: seconds(astro.output, /Collecting build info[\s\S]*?Completed in /),
    server: seconds(astro.output, /Building static entrypoints[\s\S]*?built in /),
    client: seconds(astro.output, /Building static entrypoints[\s\S]*?built in [\s\S]*?built in /),
    render: seconds(astro.output, /generating static routes[\s\S]*?Completed in /),
    search: seconds(astro.output, /search index: [^\n]* in /),
    stepMs: medianRenderMs(astro.output, /^\/steps\/[^/]+\/index\.html$/),
    categoryMs: medianRenderMs(astro.output, /^\/questions\/[^/]+\/index\.html$/),
  };
  appendFileSync(
    path.join(logDir, 'runs.jsonl'),
    `${JSON.stringify({ at: new Date().toISOString(), site, scale, run: runNumber, ...measured })}\n`,
  );
  return measured;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const starlightDir = path.join(logDir, 'starlight');
const starlightPages = new Map<number, StarlightPage[]>();
const starlightResults = new Map<number, { pages: number; wall: number; cpu: number; peak: number }[]>(scales.map((s) => [s, []]));
const ourAstro = (JSON.parse(readFileSync(path.join(root, 'node_modules', 'astro', 'package.json'), 'utf8')) as { version: string })
  .version;

/** One clean build of the Starlight site holding the pages of ours at this scale. */
async function measureStarlight({ scale, tmp }: Prepared, runNumber: number) {
  // The pages come from our first build at this scale; the folder's docs are rewritten for each scale.
  if (!starlightPages.has(scale)) starlightPages.set(scale, starlightPagesFrom(path.join(tmp, 'dist')));
  prepareStarlightSite(starlightDir, starlightPages.get(scale)!, ourAstro);
  const dist = path.join(tmp, 'starlight-dist');
  const cache = path.join(tmp, 'starlight-cache');
  rmSync(dist, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  process.stderr.write(`bench: Starlight ${STARLIGHT_VERSION} at ${scale}x, run ${runNumber} of ${runs}…\n`);
  const built = await run('npx astro build', { OUT_DIR: dist, ASTRO_CACHE_DIR: cache }, starlightDir);
  writeFileSync(path.join(logDir, `${scale}x-starlight-build.log`), built.output);
  return { pages: Number(/(\d+) page\(s\) built/.exec(built.output)?.[1] ?? NaN), wall: built.wall, cpu: built.cpu, peak: built.peak };
}

const prepared = scales.map(prepare);
const results = new Map<number, Measured[]>(scales.map((s) => [s, []]));
try {
  // Scales alternate within each round, so a slow spell on a shared machine hits them alike.
  for (let r = 1; r <= runs; r++) {
    for (const p of prepared) {
      results.get(p.scale)!.push(await measure(p, r));
      if (withStarlight) starlightResults.get(p.scale)!.push(await measureStarlight(p, r));
    }
  }

  const rows: string[][] = [];
  const notes: string[] = [];
  const medians = new Map<number, Measured>();
  for (const p of prepared) {
    const all = results.get(p.scale)!;
    const m = Object.fromEntries(
      Object.keys(all[0]!).map((k) => [k, median(all.map((x) => x[k as keyof Measured]))]),
    ) as unknown as Measured;
    medians.set(p.scale, m);
    const dist = path.join(p.tmp, 'dist');
    const categoryHtml = readFileSync(path.join(dist, 'questions', String(category.data.id), 'index.html'));
    const mib = (bytes: number) => (Number.isNaN(bytes) ? 'n/a' : `${Math.round(bytes / 1024 / 1024)} MiB`);
    rows.push([
      `${p.scale}x`,
      p.label,
      String(m.pages),
      `${m.wall.toFixed(1)} s`,
      `${m.cpu.toFixed(1)} s`,
      `${m.collect.toFixed(1)} / ${m.server.toFixed(1)} / ${m.client.toFixed(1)} / ${m.render.toFixed(1)} / ${m.search.toFixed(1)} s`,
      mib(m.peak),
      (m.pages / m.wall).toFixed(1),
      (m.pages / m.cpu).toFixed(1),
      `${m.stepMs} / ${m.categoryMs} ms`,
      mb(sizeOf(dist)),
      mb(sizeOf(path.join(dist, 'pagefind'))),
      `${formatKB(categoryHtml.length)} / ${formatKB(gzipBytes(categoryHtml))}`,
    ]);
    // Pages that list whole collections grow with the content; name the largest at each scale.
    const largest = builtPages(dist)
      .map((page) => ({ ...page, size: statSync(page.file).size }))
      .sort((x, y) => y.size - x.size)
      .slice(0, 4)
      .map(({ route, file }) => {
        const html = readFileSync(file);
        return `${route} ${mb(html.length)} (${formatKB(gzipBytes(html))} gzip)`;
      });
    notes.push(`${p.scale}x largest pages: ${largest.join(', ')}`);
    toolRows.push(...(await toolStartup(dist, `${p.scale}x`)));
  }
  // What each page the content added cost, over the smallest scale: the figure to compare with
  // another site generator's, since fixed start-up costs drop out.
  const base = medians.get(scales[0]!)!;
  const added = scales.slice(1).map((scale) => {
    const m = medians.get(scale)!;
    const n = m.pages - base.pages;
    return (
      `${scale}x vs ${scales[0]}x: ${n} added pages, each ${(((m.wall - base.wall) * 1000) / n).toFixed(1)} ms wall, ` +
      `${(((m.cpu - base.cpu) * 1000) / n).toFixed(1)} ms CPU, ${((m.peak - base.peak) / 1024 / 1024 / n).toFixed(2)} MiB peak memory; ` +
      `server bundle ${(((m.server - base.server) * 1000) / n).toFixed(1)} ms, pages ${(((m.render - base.render) * 1000) / n).toFixed(1)} ms`
    );
  });

  const header = [
    'scale',
    'steps / guides / templates / tips / categories / questions',
    'pages',
    'build (wall)',
    'build (CPU)',
    'phases: info / server / client / pages / search',
    'peak memory (whole tree)',
    'pages/s (wall)',
    'pages/CPU-s',
    'ms per step / category page',
    'dist/',
    'Pagefind index',
    `/questions/${String(category.data.id)}/ (raw / gzip)`,
  ];
  console.log(markdownTable(header, rows, ['left', 'left', ...header.slice(2).map(() => 'right' as const)]));
  console.log(
    `\nbuild = astro build (pages, Pagefind, service worker), clean (wall clock, and CPU seconds of every process), median of ${runs} run(s);` +
      `\nphases from Astro's log: collecting build info, Vite's server and client bundles, page generation, then the` +
      `\nPagefind index; peak memory = resident memory of every process the build started (Astro, its workers, Pagefind),` +
      `\nsampled every 100 ms; ms per page = median time Astro logs for one step or question category page.` +
      `\n${os.cpus().length} CPUs, Node ${process.version}. Build logs: ${path.relative(process.cwd(), logDir)}/`,
  );
  for (const line of [...added, ...notes]) console.log(line);
  if (withStarlight) {
    console.log(
      `\nStarlight ${STARLIGHT_VERSION} (Astro ${ourAstro}), built alternately with ours, the same pages and words, median of ${runs}:`,
    );
    for (const scale of scales) {
      const all = starlightResults.get(scale)!;
      const them = {
        pages: median(all.map((x) => x.pages)),
        wall: median(all.map((x) => x.wall)),
        cpu: median(all.map((x) => x.cpu)),
        peak: median(all.map((x) => x.peak)),
      };
      const ours = medians.get(scale)!;
      console.log(
        `${scale}x: Starlight ${them.pages} pages, ${them.wall.toFixed(1)} s wall, ${them.cpu.toFixed(1)} s CPU, ${Math.round(them.peak / 1024 / 1024)} MiB; ` +
          `ours ${ours.pages} pages: ${(ours.wall / them.wall).toFixed(2)}× its wall time, ${(ours.cpu / them.cpu).toFixed(2)}× its CPU, ${(ours.peak / them.peak).toFixed(2)}× its memory`,
      );
    }
  }
  console.log(
    `\nThe tools at each scale (issue #21): their HTML, its elements, the bank's data file they fetch; Lighthouse mobile` +
      ` (median of ${Number(process.env.LIGHTHOUSE_RUNS) || 3}) with BENCH_LIGHTHOUSE=1.\n`,
  );
  console.log(formatToolTable(toolRows));
} finally {
  for (const p of prepared) {
    if (process.env.BENCH_KEEP) process.stderr.write(`bench: kept ${p.tmp}\n`);
    else rmSync(p.tmp, { recursive: true, force: true });
  }
}
