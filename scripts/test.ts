// `npm test`: every check the project has, each step started as soon as what it reads exists.
// The browser tests are the longest step and need the three builds, so those run first, one after
// another, and the browser tests start the moment they are done. Everything else runs beside them
// at a lower CPU priority (`nice`), using the time the browser tests leave idle while they wait
// on pages, without slowing the step that decides when the run ends:
//   builds (build, build:edition, build:subpath)  ──►  browser tests
//   a browser (installed if missing)               ──►  browser tests, budgets
//   type check, lint                               (from the start)
//   unit tests, HTML and link checks, budgets      (once the builds exist, which they read)
// A step's output is printed whole when it ends, so steps never interleave; the browser tests
// show their progress as they go. The first failure stops every other step and the run. The end
// is a table of every step's start and time, so a slow step shows.
// `astro check` syncs content into a cache of its own, so it never writes the cache a build beside
// it is reading.
import { spawn, type ChildProcess } from 'node:child_process';
import { markdownTable } from './lib/markdown-table.ts';

/** One step: an npm script, the environment it needs, and the steps that must pass first. */
interface Step {
  script: string;
  env?: Record<string, string>;
  after?: string[];
  /** Shows its output as it comes (only one step may). */
  live?: boolean;
  /** Runs at the normal CPU priority; the rest yield to it. */
  critical?: boolean;
}

const strict = { BUILD_FAIL_ON_WARNING: '1' };
const builds = ['build', 'build:subpath', 'build:edition'];
// The browser steps install a missing browser themselves when run alone; here it is installed
// once, first, so three installers never race for the package manager's lock.
const browserSteps = [...builds, 'ensure-browser'];
const steps: Step[] = [
  { script: 'ensure-browser', critical: true },
  { script: 'build', env: strict, critical: true },
  // Edition A, then B, then A again at another base path: the third build reuses the first's
  // content cache after another edition has built, and BUILD_FAIL_ON_WARNING fails it if that
  // cache was touched (issue #25: "multiple entries with the same slug").
  { script: 'build:edition', env: strict, after: ['build'], critical: true },
  { script: 'build:subpath', env: strict, after: ['build:edition'], critical: true },
  { script: 'test:e2e', after: browserSteps, live: true, critical: true },
  { script: 'check', env: { ASTRO_CACHE_DIR: '.cache/astro-check' } },
  { script: 'lint' },
  { script: 'test:unit', after: builds },
  // The Nu checker installs Java where it is missing: never while the browser is being installed.
  { script: 'test:html', after: browserSteps },
  { script: 'test:links', after: builds },
  { script: 'budgets', after: browserSteps },
  { script: 'budgets:edition', after: browserSteps },
];

/** How much lower the other steps' priority is than the critical path's (0 to 19; Unix only). */
const NICE = '10';
const canNice = process.platform !== 'win32';

const running = new Set<ChildProcess>();
const rows: { script: string; startMs: number; time: string; result: string }[] = [];
const started = performance.now();
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Runs one step, keeping its output unless it is live; resolves with whether it passed. */
function runStep(step: Step): Promise<boolean> {
  const t = performance.now();
  const label = `npm run ${step.script}`;
  if (step.live) process.stdout.write(`\n── ${label} ──\n`);
  const niced = canNice && !step.critical;
  const command = niced ? 'nice' : 'npm';
  const args = [...(niced ? ['-n', NICE, 'npm'] : []), 'run', '--silent', step.script];
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      env: { ...process.env, ...step.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    running.add(child);
    let output = '';
    child.stdout.on('data', (d) => (step.live ? process.stdout.write(d) : (output += d)));
    child.stderr.on('data', (d) => (step.live ? process.stderr.write(d) : (output += d)));
    child.once('close', (code, signal) => {
      running.delete(child);
      const ok = code === 0;
      const time = seconds(performance.now() - t);
      rows.push({ script: label, startMs: t - started, time, result: signal ? 'stopped' : ok ? 'passed' : 'FAILED' });
      const stopped = signal ? '\n(stopped: another step failed)' : '';
      process.stdout.write(`\n── ${label} (${time}) ${ok ? '' : 'FAILED '}──\n${output.trimEnd()}${stopped}\n`);
      resolve(ok);
    });
  });
}

/** Ends every step still running, with all it started (each step leads its own process group). */
function stopAll(): void {
  for (const child of running) {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // It ended on its own meanwhile.
    }
  }
}
process.once('SIGINT', () => {
  stopAll();
  process.exit(130);
});

let failed = false;
const done = new Map<string, Promise<boolean>>();
/** A step's run, started once every step it comes after has passed (false if any failed). */
function run(step: Step): Promise<boolean> {
  let result = done.get(step.script);
  if (!result) {
    const before = (step.after ?? []).map((name) => run(steps.find((s) => s.script === name)!));
    result = Promise.all(before).then(async (passed) => {
      if (failed || !passed.every(Boolean)) return false;
      const ok = await runStep(step);
      if (!ok && !failed) {
        failed = true;
        stopAll();
      }
      return ok;
    });
    done.set(step.script, result);
  }
  return result;
}
await Promise.all(steps.map(run));

rows.sort((a, b) => a.startMs - b.startMs);
console.log(
  `\n${markdownTable(
    ['step', 'started at', 'took', 'result'],
    rows.map((r) => [r.script, seconds(r.startMs), r.time, r.result]),
    ['left', 'right', 'right', 'left'],
  )}`,
);
console.log(
  `npm test: ${failed ? 'failed' : 'passed'} in ${seconds(performance.now() - started)} (steps run side by side; see the start times).`,
);
process.exit(failed ? 1 : 0);
