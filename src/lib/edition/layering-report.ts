// Astro renders pages from its own bundle of src/, so the copy of a module that the handbook
// loader fills is not the copy the build script imports. Both run in one process, though, so the
// report is kept on the global object under a registered symbol, which every copy shares.
import type { LayeringReport } from './summary.ts';

const KEY = Symbol.for('informational-interview-handbook.edition-layering');
type Holder = { [KEY]?: LayeringReport };

/** Keeps what layering found in this build, for the summary line. */
export function recordLayering(report: LayeringReport): void {
  (globalThis as Holder)[KEY] = report;
}

/** What layering found in this build, if an edition folder was built. */
export function recordedLayering(): LayeringReport | undefined {
  return (globalThis as Holder)[KEY];
}
