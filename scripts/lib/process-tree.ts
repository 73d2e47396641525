// The memory of a whole process tree, for measuring builds: Astro starts workers and Pagefind its
// own binary, so the build process's own peak alone misses much of what a build needs.
import { readdirSync, readFileSync } from 'node:fs';

/** Parent pid and resident memory (bytes) of every process, read from /proc; empty where there is no /proc. */
function processTable(): Map<number, { parent: number; rss: number }> {
  const table = new Map<number, { parent: number; rss: number }>();
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return table;
  }
  for (const name of entries) {
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const rss = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024;
      table.set(Number(name), { parent, rss });
    } catch {
      // The process ended while the table was read.
    }
  }
  return table;
}

/** Resident memory (bytes) of `root` and all its descendants now; NaN where /proc is not available. */
export function treeRss(root: number): number {
  const table = processTable();
  if (table.size === 0) return NaN;
  const children = new Map<number, number[]>();
  for (const [pid, { parent }] of table) children.set(parent, [...(children.get(parent) ?? []), pid]);
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += table.get(pid)?.rss ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Samples `treeRss(pid)` every `ms` until stopped; `stop()` returns the peak seen (bytes, or NaN). */
export function watchPeak(pid: number, ms = 100): { stop: () => number } {
  let peak = NaN;
  const sample = () => {
    const now = treeRss(pid);
    if (!Number.isNaN(now)) peak = Number.isNaN(peak) ? now : Math.max(peak, now);
  };
  sample();
  const timer = setInterval(sample, ms);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
