import { describe, expect, test } from 'vitest';
import {
  flags,
  formatLighthouseTable,
  formatStartupTable,
  median,
  medianSummary,
  steadyFlags,
  summarize,
  type LhrLike,
} from '../../scripts/lib/lighthouse-summary.ts';

function lhr(perf: number, tbt: number, extra: Partial<LhrLike['audits']> = {}): LhrLike {
  return {
    categories: {
      performance: { score: perf, auditRefs: [{ id: 'total-blocking-time' }, { id: 'largest-contentful-paint' }, { id: 'diagnostics' }] },
      accessibility: { score: 1, auditRefs: [{ id: 'color-contrast' }] },
      'best-practices': { score: 1, auditRefs: [] },
      seo: { score: 0.92, auditRefs: [{ id: 'is-crawlable' }, { id: 'manual-check' }] },
    },
    audits: {
      'total-blocking-time': {
        score: tbt > 200 ? 0.5 : 1,
        scoreDisplayMode: 'numeric',
        title: 'Total Blocking Time',
        numericValue: tbt,
        displayValue: `${tbt} ms`,
      },
      'largest-contentful-paint': { score: 1, scoreDisplayMode: 'numeric', title: 'Largest Contentful Paint', numericValue: 900 },
      'cumulative-layout-shift': { score: 1, scoreDisplayMode: 'numeric', title: 'Cumulative Layout Shift', numericValue: 0.01 },
      diagnostics: { score: null, scoreDisplayMode: 'informative', title: 'Diagnostics' },
      'color-contrast': { score: 1, scoreDisplayMode: 'binary', title: 'Contrast' },
      'is-crawlable': { score: 0, scoreDisplayMode: 'binary', title: 'Page is blocked from indexing' },
      'manual-check': { score: 0, scoreDisplayMode: 'manual', title: 'Check by hand' },
      ...extra,
    } as LhrLike['audits'],
  };
}

test.each([
  [[3, 1, 2], 2],
  [[4, 1, 3, 2], 2.5],
  [[null, 5, null], 5],
  [[], null],
  [[null], null],
] as const)('the median of %j is %s', (values, expected) => {
  expect(median([...values])).toBe(expected);
});

test('a run becomes scores out of 100 and three metrics', () => {
  expect(summarize(lhr(0.987, 30))).toEqual({
    performance: 99,
    accessibility: 100,
    'best-practices': 100,
    seo: 92,
    lcp: 900,
    tbt: 30,
    cls: 0.01,
    longestTask: null,
    dom: null,
    bytes: null,
  });
});

test('a run’s start-up cost: the longest task Lighthouse lists, the element count and the bytes', () => {
  const audit = { score: null, scoreDisplayMode: 'informative', title: '' };
  const run = lhr(1, 80, {
    'long-tasks': { ...audit, details: { items: [{ duration: 61.2 }, { duration: 133.4 }, {}] } },
    'dom-size-insight': { ...audit, numericValue: 1963 },
    'total-byte-weight': { ...audit, numericValue: 65_536 },
  });
  expect(summarize(run)).toMatchObject({ longestTask: 133.4, dom: 1963, bytes: 65_536 });
  // Lighthouse lists only tasks of 50 ms or more: an empty list is a page without a long task.
  const quiet = lhr(1, 0, { 'long-tasks': { ...audit, details: { items: [] } } });
  expect(summarize(quiet).longestTask).toBe(0);
  const table = formatStartupTable([
    { page: 'builder', path: '/builder/', summary: summarize(run) },
    { page: 'home', path: '/', summary: summarize(quiet) },
  ]).split('\n');
  expect(table[0]).toMatch(/^\| page +\| +TBT \| longest task \| DOM elements \| page weight \|$/);
  expect(table[2]).toMatch(/\| 80 ms \| +133 ms \| +1963 \| +64\.0 KB \|$/);
  expect(table[3]).toMatch(/\| +0 ms \| +< 50 ms \| +— \| +— \|$/);
});

test('a category Lighthouse could not score stays missing', () => {
  const run = lhr(1, 0);
  run.categories.performance!.score = null;
  expect(summarize(run).performance).toBeNull();
});

test('the summary of several runs takes each number’s own median', () => {
  const runs = [lhr(1, 0), lhr(0.9, 400), lhr(0.95, 100)].map(summarize);
  expect(medianSummary(runs)).toMatchObject({ performance: 95, tbt: 100, seo: 92 });
});

describe('flags', () => {
  test('lists scored audits below full marks in categories below 100', () => {
    expect(flags(lhr(0.9, 400)).map((f) => f.id)).toEqual(['total-blocking-time', 'is-crawlable']);
  });

  test('leaves out informative and manual audits, and categories at 100', () => {
    const ids = flags(lhr(1, 0)).map((f) => f.id);
    expect(ids).toEqual(['is-crawlable']);
  });

  test('keeps only what most runs flag, with the median score', () => {
    const steady = steadyFlags([lhr(0.9, 400), lhr(1, 0), lhr(1, 0)]);
    expect(steady.map((f) => f.id)).toEqual(['is-crawlable']);
    const slow = steadyFlags([lhr(0.9, 400), lhr(0.9, 500), lhr(1, 0)]);
    expect(slow.find((f) => f.id === 'total-blocking-time')).toMatchObject({ score: 0.5, displayValue: '400 ms' });
  });
});

test('the table shows scores, milliseconds and CLS', () => {
  const table = formatLighthouseTable([{ page: 'home', path: '/', summary: summarize(lhr(1, 12.4)) }]);
  const lines = table.split('\n');
  expect(lines[0]).toMatch(/^\| page +\| performance \| accessibility \| best-practices \| seo \| +LCP \| +TBT \| +CLS \|$/);
  expect(lines[2]).toMatch(/\| +100 \| +100 \| +100 \| +92 \| 900 ms \| 12 ms \| 0\.010 \|$/);
});
