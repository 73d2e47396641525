// Checks every page of the built sites with the W3C Nu HTML checker (vnu-jar), the reference for
// what HTML allows, in one Java run for all pages (Java starts once, about a second). With no
// arguments: the three builds `npm test` makes; else the folders given. Prints each error and
// warning with its pages and lines (scripts/lib/nu-report.ts); exits 1 on any error. Warnings are
// shown but do not fail: the checker's advice, not a breach of the standard.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { builtPages, EDITION_OUT_DIR, ROOT, SUBPATH_OUT_DIR } from './lib/built-site.ts';
import { ensureJava, VNU_JAR } from './lib/java.ts';
import { formatReport, groupMessages, parseNuOutput } from './lib/nu-report.ts';

const WHO = 'check-nu';
const BUILDS: [dir: string, command: string][] = [
  ['dist', 'npm run build'],
  [SUBPATH_OUT_DIR, 'npm run build:subpath'],
  [EDITION_OUT_DIR, 'npm run build:edition'],
];

const given = process.argv.slice(2);
const builds = given.length > 0 ? given.map((dir): [string, string] => [dir, 'npm run build']) : BUILDS;
const missing = builds.filter(([dir]) => !existsSync(path.resolve(ROOT, dir, 'index.html')));
if (missing.length > 0) {
  for (const [dir, command] of missing) console.error(`${WHO}: ${dir}/ has no built site: run "${command}" first`);
  process.exit(1);
}
const files = builds.flatMap(([dir]) => builtPages(path.resolve(ROOT, dir)).map((p) => p.file));

const java = ensureJava(WHO);
const started = performance.now();
// A short single-threaded run: the quick compiler alone (TieredStopAtLevel=1) and the serial
// collector halve its CPU time and keep it under 400 MB even at ten times today's pages (measured:
// 287 pages 6.8 s CPU against 15 s with the defaults; 2,280 pages 28 s and 345 MB against 49 s and
// 2.9 GB). The quick compiler's deeper stack frames need the larger thread stack (-Xss) the checker
// asks for. --exit-zero-always: the exit status comes from the report below, which also fails when
// the checker could not run at all (no JSON report).
const JVM = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xss4m'];
const result = spawnSync(java, [...JVM, '-jar', VNU_JAR, '--format', 'json', '--stdout', '--exit-zero-always', ...files], {
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
if (result.error) {
  console.error(`${WHO}: could not run ${java}: ${result.error.message}`);
  process.exit(1);
}

let report;
try {
  report = groupMessages(parseNuOutput(result.stdout), process.cwd());
} catch (error) {
  console.error(`${WHO}: ${(error as Error).message}${result.stderr ? `\n${result.stderr.trim()}` : ''}`);
  process.exit(1);
}
const text = formatReport(report, files.length);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (report.errors.length > 0) {
  console.error(`${text} (${seconds} s)`);
  process.exit(1);
}
console.log(`${text} (${builds.map(([dir]) => `${dir}/`).join(', ')}; ${seconds} s)`);
