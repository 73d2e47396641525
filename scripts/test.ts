// `npm test`: every check the project has, in three stages. Within a stage, lanes run side by side
// (most steps use one core, and the machines here have two), each lane's steps one after another;
// a lane's output is printed whole when it ends, so lanes never interleave. The first failure
// stops the other lanes and the run. The end is a table of every step's time, so a slow step shows.
//   1. type check | lint | the three builds (which every later step reads)
//   2. unit tests | HTML and link checks | size budgets of the site and the example edition
//   3. browser tests (two Playwright workers use both cores alone)
// `astro check` syncs content into a cache of its own, so it never writes the cache a build beside
// it is reading.
import { spawn, type ChildProcess } from 'node:child_process';
import { markdownTable } from './lib/markdown-table.ts';

/** One step: an npm script, with the environment it needs. */
interface Step {
  script: string;
  env?: Record<string, string>;
}

const strict = { BUILD_FAIL_ON_WARNING: '1' };
const stages: Step[][][] = [
  [
    [{ script: 'check', env: { ASTRO_CACHE_DIR: '.cache/astro-check' } }],
    [{ script: 'lint' }],
    [
      { script: 'build', env: strict },
      { script: 'build:subpath', env: strict },
      { script: 'build:edition', env: strict },
    ],
  ],
  [[{ script: 'test:unit' }], [{ script: 'test:html' }, { script: 'test:links' }], [{ script: 'budgets' }, { script: 'budgets:edition' }]],
  [[{ script: 'test:e2e' }]],
];

const running = new Set<ChildProcess>();
const times: string[][] = [];
const started = performance.now();
const secondsSince = (t: number) => `${((performance.now() - t) / 1000).toFixed(1)} s`;

/** Runs one step, keeping its output; resolves with whether it passed. */
function runStep(step: Step, live: boolean): Promise<{ ok: boolean; output: string; time: string }> {
  const t = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', step.script], {
      env: { ...process.env, ...step.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    running.add(child);
    let output = '';
    // A lane alone in its stage (the browser tests) shows its progress as it goes.
    child.stdout.on('data', (d) => (live ? process.stdout.write(d) : (output += d)));
    child.stderr.on('data', (d) => (live ? process.stderr.write(d) : (output += d)));
    child.once('close', (code, signal) => {
      running.delete(child);
      resolve({ ok: code === 0, output: signal ? `${output}\n(stopped: another step failed)` : output, time: secondsSince(t) });
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

/** Runs a lane's steps in order; resolves false at the first that fails, after printing it. */
async function runLane(lane: Step[], live: boolean): Promise<boolean> {
  for (const step of lane) {
    const label = `npm run ${step.script}`;
    if (live) process.stdout.write(`\n── ${label} ──\n`);
    const result = await runStep(step, live);
    times.push([label, result.time, result.ok ? 'passed' : 'FAILED']);
    process.stdout.write(`\n── ${label} (${result.time}) ${result.ok ? '' : 'FAILED '}──\n${result.output.trimEnd()}\n`);
    if (!result.ok) return false;
  }
  return true;
}

let failed = false;
for (const stage of stages) {
  const lanes = stage.map((lane) =>
    runLane(lane, stage.length === 1).then((ok) => {
      if (!ok && !failed) {
        failed = true;
        stopAll();
      }
    }),
  );
  await Promise.all(lanes);
  if (failed) break;
}

console.log(`\n${markdownTable(['step', 'time', 'result'], times, ['left', 'right', 'left'])}`);
console.log(`npm test: ${failed ? 'failed' : 'passed'} in ${secondsSince(started)} (steps in a stage run side by side).`);
process.exit(failed ? 1 : 0);
