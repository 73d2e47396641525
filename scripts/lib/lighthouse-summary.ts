// Boils Lighthouse reports down to what we track: four category scores and three metrics, as the
// median of several runs, plus what Lighthouse flags wherever a score falls short of 100.
import { markdownTable } from './markdown-table.ts';

/** The part of a Lighthouse result (LHR) this module reads. */
export interface LhrLike {
  categories: Record<string, { score: number | null; auditRefs: { id: string }[] }>;
  audits: Record<
    string,
    {
      score: number | null;
      scoreDisplayMode: string;
      title: string;
      numericValue?: number;
      displayValue?: string;
      /** Table audits (long-tasks) list their rows here. */
      details?: { items?: { duration?: number }[] };
    }
  >;
  runtimeError?: { code: string; message: string };
}

/** The numbers we report for one page: scores out of 100, LCP and TBT in ms, CLS unitless. */
export interface Summary {
  performance: number | null;
  accessibility: number | null;
  'best-practices': number | null;
  seo: number | null;
  lcp: number | null;
  tbt: number | null;
  cls: number | null;
  /**
   * Start-up cost (issue #21): the longest main-thread task in ms as Lighthouse simulates it (it
   * lists tasks of 50 ms and more, so 0 means none reached 50), the page's element count, and the
   * bytes it transferred.
   */
  longestTask: number | null;
  dom: number | null;
  bytes: number | null;
}

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = { lcp: 'largest-contentful-paint', tbt: 'total-blocking-time', cls: 'cumulative-layout-shift' } as const;

/** The scores and metrics of one run. */
export function summarize(lhr: LhrLike): Summary {
  const score = (id: string) => {
    const s = lhr.categories[id]?.score;
    return typeof s === 'number' ? Math.round(s * 100) : null;
  };
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? null;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    lcp: metric(METRICS.lcp),
    tbt: metric(METRICS.tbt),
    cls: metric(METRICS.cls),
    longestTask: lhr.audits['long-tasks']
      ? Math.max(0, ...(lhr.audits['long-tasks'].details?.items ?? []).map((t) => t.duration ?? 0))
      : null,
    dom: metric('dom-size-insight'),
    bytes: metric('total-byte-weight'),
  };
}

/** The median of the numbers given, ignoring missing ones; null when none is left. */
export function median(values: (number | null)[]): number | null {
  const sorted = values.filter((v): v is number => typeof v === 'number' && !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Each score and metric as its median across runs, taken one by one. */
export function medianSummary(runs: Summary[]): Summary {
  const keys = Object.keys(runs[0] ?? summarize({ categories: {}, audits: {} })) as (keyof Summary)[];
  return Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))])) as unknown as Summary;
}

/** An audit that costs a category points. */
export interface Flag {
  category: string;
  id: string;
  title: string;
  score: number;
  displayValue?: string;
}

// Audits that carry a score; the rest are informative, manual or do not apply.
const SCORED = new Set(['binary', 'numeric', 'metricSavings']);

/** Every scored audit below full marks, in each category that is below 100. */
export function flags(lhr: LhrLike): Flag[] {
  const found: Flag[] = [];
  for (const category of CATEGORIES) {
    const c = lhr.categories[category];
    if (!c || c.score === null || c.score >= 1) continue;
    for (const { id } of c.auditRefs) {
      const a = lhr.audits[id];
      if (!a || a.score === null || a.score >= 1 || !SCORED.has(a.scoreDisplayMode)) continue;
      found.push({ category, id, title: a.title, score: a.score, ...(a.displayValue ? { displayValue: a.displayValue } : {}) });
    }
  }
  return found;
}

/**
 * The flags raised in more than half of the runs, with the median score: one slow run on a busy
 * machine should not send anyone chasing a problem the page does not have.
 */
export function steadyFlags(lhrs: LhrLike[]): Flag[] {
  const byKey = new Map<string, Flag[]>();
  for (const lhr of lhrs) {
    for (const f of flags(lhr)) {
      const key = `${f.category} ${f.id}`;
      byKey.set(key, [...(byKey.get(key) ?? []), f]);
    }
  }
  return [...byKey.values()]
    .filter((seen) => seen.length * 2 > lhrs.length)
    .map((seen) => ({ ...seen[0]!, score: median(seen.map((f) => f.score))! }));
}

const show = (v: number | null, unit = '') => (v === null ? '—' : `${v}${unit}`);

/** One Markdown table row per page: scores, LCP and TBT in ms, CLS to three places. */
export function formatLighthouseTable(rows: { page: string; path: string; summary: Summary }[]): string {
  const header = ['page', 'performance', 'accessibility', 'best-practices', 'seo', 'LCP', 'TBT', 'CLS'];
  const lines = rows.map(({ page, path, summary: s }) => [
    `${page} \`${path}\``,
    ...CATEGORIES.map((c) => show(s[c])),
    show(s.lcp === null ? null : Math.round(s.lcp), ' ms'),
    show(s.tbt === null ? null : Math.round(s.tbt), ' ms'),
    s.cls === null ? '—' : s.cls.toFixed(3),
  ]);
  return markdownTable(header, lines, ['left', ...header.slice(1).map(() => 'right' as const)]);
}

/**
 * One Markdown table row per page on what starting it costs a phone (issue #21): Total Blocking
 * Time, the longest task ("< 50 ms" when Lighthouse lists none), elements and bytes transferred.
 */
export function formatStartupTable(rows: { page: string; path: string; summary: Summary }[]): string {
  const header = ['page', 'TBT', 'longest task', 'DOM elements', 'page weight'];
  const lines = rows.map(({ page, path, summary: s }) => [
    `${page} \`${path}\``,
    show(s.tbt === null ? null : Math.round(s.tbt), ' ms'),
    s.longestTask === null ? '—' : s.longestTask < 50 ? '< 50 ms' : `${Math.round(s.longestTask)} ms`,
    show(s.dom === null ? null : Math.round(s.dom)),
    s.bytes === null ? '—' : `${(s.bytes / 1024).toFixed(1)} KB`,
  ]);
  return markdownTable(header, lines, ['left', 'right', 'right', 'right', 'right']);
}
