import { describe, expect, test } from 'vitest';
import { javaMajor } from '../../scripts/lib/java.ts';
import { formatReport, groupMessages, parseNuOutput, severityOf, type NuMessage } from '../../scripts/lib/nu-report.ts';

const root = '/site';
const at = (page: string, line: number, column = 1): Partial<NuMessage> => ({
  url: `file:${root}/${page}`,
  lastLine: line,
  firstColumn: column,
});
const stray: NuMessage = {
  type: 'error',
  message: 'Stray start tag “script”.',
  extract: '</html><script>',
  ...at('dist/offline/index.html', 1, 9442),
};
const styleFirst = (page: string, line: number): NuMessage => ({
  type: 'error',
  message: 'A “style” element in “body” must be the first child of its parent.',
  extract: '</noscript>\n<style>astro-',
  ...at(page, line),
});
const noHeading: NuMessage = { type: 'info', subType: 'warning', message: 'Section lacks heading.', ...at('dist/builder/index.html', 3) };
const slash: NuMessage = { type: 'info', message: 'Trailing slash on void elements has no effect.', ...at('dist/builder/index.html', 3) };
const csp: NuMessage = {
  type: 'info',
  subType: 'warning',
  message: 'Inline script violates Content Security Policy (meta tag): blocked by “script-src” directive.',
  ...at('dist/index.html', 1),
};

describe('parseNuOutput', () => {
  test('reads the messages of the checker’s JSON report', () => {
    expect(parseNuOutput(JSON.stringify({ messages: [stray, noHeading] }))).toEqual([stray, noHeading]);
  });

  test('says what the checker printed when it is not a report', () => {
    expect(() => parseNuOutput('Error: Unable to access jarfile vnu.jar')).toThrow(/did not write a JSON report.*Unable to access jarfile/);
    expect(() => parseNuOutput('')).toThrow(/\(nothing\)/);
    expect(() => parseNuOutput('{"version":"1"}')).toThrow(/no "messages" list/);
  });

  test('drops entries that are not messages', () => {
    expect(parseNuOutput(JSON.stringify({ messages: [null, { type: 'error' }, 3, stray] }))).toEqual([stray]);
  });
});

test.each([
  [{ type: 'error', message: 'x' }, 'error'],
  [{ type: 'error', subType: 'fatal', message: 'x' }, 'error'],
  [{ type: 'non-document-error', subType: 'io', message: 'File not found' }, 'error'],
  [{ type: 'info', subType: 'warning', message: 'x' }, 'warning'],
  [{ type: 'info', message: 'x' }, 'note'],
] as const)('severityOf(%o) is %s', (message, severity) => {
  expect(severityOf(message)).toBe(severity);
});

describe('groupMessages', () => {
  test('groups each kind of error once, with every page and line, most frequent first', () => {
    const report = groupMessages([styleFirst('dist/planner/index.html', 2), stray, styleFirst('dist/builder/index.html', 3)], root);
    expect(report.errors.map((g) => [g.message, g.places.map((p) => `${p.page}:${p.line}`)])).toEqual([
      [styleFirst('', 0).message, ['dist/builder/index.html:3', 'dist/planner/index.html:2']],
      [stray.message, ['dist/offline/index.html:1']],
    ]);
    expect(report.errors[1]?.places[0]).toEqual({ page: 'dist/offline/index.html', line: 1, column: 9442, extract: '</html><script>' });
  });

  test('keeps warnings and notes apart from errors', () => {
    const report = groupMessages([noHeading, slash, slash], root);
    expect(report.errors).toEqual([]);
    expect(report.warnings.map((g) => g.message)).toEqual([noHeading.message]);
    expect(report.notes.map((g) => [g.message, g.places.length])).toEqual([[slash.message, 2]]);
  });

  test('sets aside the Content Security Policy notes and counts them', () => {
    const report = groupMessages([csp, csp, stray], root);
    expect(report.warnings).toEqual([]);
    expect([...report.ignored.values()]).toEqual([2]);
    expect(report.errors).toHaveLength(1);
  });
});

describe('formatReport', () => {
  test('lists every place of every error and warning, then the summary', () => {
    const text = formatReport(groupMessages([styleFirst('dist/planner/index.html', 2), stray, noHeading, slash, csp], root), 95);
    expect(text.split('\n')).toEqual([
      `error (1×): ${styleFirst('', 0).message}`,
      '  dist/planner/index.html:2:1  “</noscript> <style>astro-”',
      `error (1×): ${stray.message}`,
      '  dist/offline/index.html:1:9442  “</html><script>”',
      `warning (1×): ${noHeading.message}`,
      '  dist/builder/index.html:3:1',
      `note (1×, not failing): ${slash.message}`,
      'set aside: 1 message: Content Security Policy notes (not judged from files)',
      'check-nu: 2 errors of 2 kinds on 2 of 95 pages, 1 warning',
    ]);
  });

  test('says the pages are valid when there is no error', () => {
    expect(formatReport(groupMessages([noHeading], root), 1)).toMatch(/check-nu: 1 page valid, 1 warning$/);
  });
});

test.each([
  ['openjdk version "17.0.15" 2025-04-15', 17],
  ['java version "1.8.0_392"', 8],
  ['openjdk version "21" 2023-09-19', 21],
  ['bash: java: command not found', undefined],
])('javaMajor reads %j as %s', (output, major) => {
  expect(javaMajor(output)).toBe(major);
});
