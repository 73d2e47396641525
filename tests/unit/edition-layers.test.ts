import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { hiddenLinkProblems } from '../../src/lib/edition/hidden-links';
import { explainHidden, mergeById } from '../../src/lib/edition/layers';
import { loadEdition } from '../../src/integration/edition';
import { readPresetFile } from '../../src/integration/presets-file';
import { editionReference, REFERENCE_END, REFERENCE_START } from '../../src/lib/edition/reference';
import { editionSchema } from '../../src/schemas/edition';

const entry = (id: string, filePath: string, title = id) => ({ filePath, data: { id, title } });
const rules = (hidden: string[] = [], replaced: string[] = []) => ({ field: 'guides', settingsFile: 'ed/edition.yaml', hidden, replaced });
const hideGuides = (ids: string[] = []) => rules(ids);
const base = [entry('a', 'content/guides/a.mdx'), entry('b', 'content/guides/b.mdx'), entry('c', 'content/guides/c.mdx')];

describe('layering an edition over the project’s content', () => {
  test('an edition adds entries after the project’s and replaces one listed under replace in its place', () => {
    const own = [entry('mine', 'ed/guides/mine.mdx'), entry('b', 'ed/guides/b.mdx', 'Our b')];
    const { entries, problems } = mergeById('guide', base, own, rules([], ['b']));
    expect(problems).toEqual([]);
    expect(entries.map((e) => `${e.data.id}:${e.data.title}`)).toEqual(['a:a', 'b:Our b', 'c:c', 'mine:mine']);
  });

  test('a hidden entry is left out, and hiding an id that does not exist names the field', () => {
    const { entries, problems } = mergeById('guide', base, [], hideGuides(['c', 'nope']));
    expect(entries.map((e) => e.data.id)).toEqual(['a', 'b']);
    expect(problems).toEqual([
      'ed/edition.yaml: field "hide.guides.1": no guide in the project\'s content has the id "nope"; check the spelling',
    ]);
  });

  test('two edition files with one id is a conflict, whether the id is new or a replacement', () => {
    const own = [
      entry('b', 'ed/guides/b1.mdx'),
      entry('b', 'ed/guides/b2.mdx'),
      entry('x', 'ed/guides/x1.mdx'),
      entry('x', 'ed/guides/x2.mdx'),
    ];
    const { problems } = mergeById('guide', base, own, rules([], ['b']));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('ed/guides/b2.mdx: field "id": guide id "b" is also used by ed/guides/b1.mdx in this edition');
    expect(problems[1]).toContain('ed/guides/x2.mdx: field "id": guide id "x" is also used by ed/guides/x1.mdx');
  });

  test('replacing and hiding the same entry is refused', () => {
    const { problems } = mergeById('guide', base, [entry('a', 'ed/guides/a.mdx')], hideGuides(['a']));
    expect(problems).toEqual([
      'ed/guides/a.mdx: field "id": guide "a" is both replaced here and hidden in ed/edition.yaml (hide.guides); do one or the other',
    ]);
  });

  test('a reference to a hidden entry says which setting hides it', () => {
    const problem = 'content/steps/x.mdx: field "tips.3": no tip has the id "ask-for-referrals"';
    const hidden = new Map([['ask-for-referrals', 'ed/edition.yaml (hide.tips)']]);
    expect(explainHidden(problem, hidden)).toBe(
      `${problem}, because ed/edition.yaml (hide.tips) hides it; remove the reference, or stop hiding it`,
    );
    expect(explainHidden(problem, new Map())).toBe(problem);
  });

  test('a link in content to a hidden entry is found, and a longer id that starts the same is not', () => {
    const defaults = editionSchema.parse({});
    const hide = { ...defaults.hide, tips: ['thank-you'], categories: ['pay-and-progression'], questions: ['average-pay'] };
    const sources = [
      { filePath: 'content/guides/a.mdx', text: 'See [the tip](/tips/#thank-you) and [pay](/questions/pay-and-progression/).' },
      {
        filePath: 'content/guides/b.mdx',
        text: 'See [a note](/tips/#thank-you-note) and [a question](/questions/their-path/#average-pay).',
      },
    ];
    const problems = hiddenLinkProblems(sources, { hide, sections: defaults.sections }, 'ed/edition.yaml');
    expect(problems.map((p) => p.slice(0, p.indexOf(','))).sort()).toEqual([
      'content/guides/a.mdx: its text links to "pay-and-progression"',
      'content/guides/a.mdx: its text links to "thank-you"',
      'content/guides/b.mdx: its text links to "average-pay"',
    ]);
  });
});

describe('links in an edition’s own files to what it hides', () => {
  const defaults = editionSchema.parse({});
  test('each is named once per file, in full, with the fix for an entry or for a whole section', () => {
    const settings = { hide: { ...defaults.hide, tips: ['thank-you'] }, sections: { ...defaults.sections, templates: false } };
    const sources = [
      {
        filePath: 'ed/guides/a.mdx',
        text: '[one](/tips/#thank-you) [again](/tips/#thank-you) [a template](/templates/cold-email/) [another](/templates/thank-you/)',
      },
      { filePath: 'ed/guides/b.mdx', text: '[same tip, other file](/tips/#thank-you)' },
    ];
    expect(hiddenLinkProblems(sources, settings, 'ed/edition.yaml')).toEqual([
      'ed/guides/a.mdx: its text links to "thank-you", which ed/edition.yaml hides (hide.tips); remove or change the link, or stop hiding "thank-you"',
      'ed/guides/a.mdx: its text links to "/templates/", which ed/edition.yaml hides (sections.templates: false); remove or change the link, or show that section again',
      'ed/guides/b.mdx: its text links to "thank-you", which ed/edition.yaml hides (hide.tips); remove or change the link, or stop hiding "thank-you"',
    ]);
  });
});

describe('the layering report', () => {
  test('what one copy of the module records, another reads: it lives on the global object', async () => {
    const first = await import('../../src/lib/edition/layering-report.ts');
    const report = { replaced: [], hidden: [], dropped: [] } as unknown as Parameters<typeof first.recordLayering>[0];
    first.recordLayering(report);
    expect(first.recordedLayering()).toBe(report);
    const key = Symbol.for('informational-interview-handbook.edition-layering');
    expect((globalThis as Record<symbol, unknown>)[key]).toBe(report);
    delete (globalThis as Record<symbol, unknown>)[key];
    expect(first.recordedLayering()).toBeUndefined();
  });
});

describe('starter sheets in the edition folder', () => {
  test('the example edition offers the project’s four sheets, then its own', () => {
    const { presets } = loadEdition({ EDITION_DIR: 'tests/fixtures/edition-harbor-college' });
    expect(presets.map((p) => p.id)).toEqual(['student', 'changer', 'returning', 'seeker', 'harbor-first-year']);
  });

  test('a wrong field in presets.yaml names the file, the sheet and the field', () => {
    const { problems } = readPresetFile('tests/fixtures/presets-bad/presets.yaml');
    expect(problems).toEqual([
      expect.stringContaining('tests/fixtures/presets-bad/presets.yaml: preset 1 ("first-job"): field "minutes":'),
    ]);
  });
});

/** A Markdown table with its cells trimmed, so Prettier's column padding does not count. */
const cells = (table: string) =>
  table
    .trim()
    .split('\n')
    .map((row) => row.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/^-+$/, '---')));

test('a link in content to a section the edition hides is found', () => {
  const sections = { ...editionSchema.parse({}).sections, templates: false };
  const sources = [{ filePath: 'content/steps/a.mdx', text: 'Use [the cold email](/templates/cold-email/).' }];
  expect(hiddenLinkProblems(sources, { hide: editionSchema.parse({}).hide, sections }, 'ed/edition.yaml')).toEqual([
    expect.stringContaining(
      'content/steps/a.mdx: its text links to "/templates/", which ed/edition.yaml hides (sections.templates: false)',
    ),
  ]);
});

test('the README’s settings reference is the one the schema describes', () => {
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf(REFERENCE_START);
  const end = readme.indexOf(REFERENCE_END);
  expect(start, 'README.md has the edition reference markers').toBeGreaterThan(0);
  expect(cells(readme.slice(start + REFERENCE_START.length, end)), 'run `node scripts/edition-reference.ts --write`').toEqual(
    cells(editionReference()),
  );
});
