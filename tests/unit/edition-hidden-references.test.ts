import { describe, expect, test } from 'vitest';
import { dropHiddenLinks, hiddenIds, hiddenTargets, withoutHidden, type DroppedReference } from '../../src/lib/edition/hidden-references';
import { editionSummary } from '../../src/lib/edition/summary';
import { editionSchema } from '../../src/schemas/edition';

const defaults = editionSchema.parse({});
const hide = { ...defaults.hide, categories: ['day-to-day'], questions: ['average-pay'], guides: ['accessibility'] };
const categories = [
  { data: { id: 'day-to-day', questions: [{ id: 'typical-day', aliases: ['typical-week'] }, { id: 'tools-you-use' }] } },
  { data: { id: 'pay-and-progression', questions: [{ id: 'average-pay' }, { id: 'raises' }] } },
];

describe('references from the project’s content to what an edition hides', () => {
  test('a hidden category hides its questions and their old ids, each saying which setting hides it', () => {
    const hidden = hiddenIds(hide, categories, 'ed/edition.yaml');
    expect([...hidden.question]).toEqual([
      ['typical-day', 'ed/edition.yaml (hide.categories: its category "day-to-day")'],
      ['typical-week', 'ed/edition.yaml (hide.categories: its category "day-to-day")'],
      ['tools-you-use', 'ed/edition.yaml (hide.categories: its category "day-to-day")'],
      ['average-pay', 'ed/edition.yaml (hide.questions)'],
    ]);
  });

  test('a step’s list loses the hidden ids, each one recorded', () => {
    const dropped: DroppedReference[] = [];
    const hidden = hiddenIds(hide, categories, 'ed/edition.yaml').question;
    const ref = { filePath: 'content/steps/a.mdx', where: 'questions', kind: 'question' as const };
    expect(withoutHidden(['typical-week', 'raises', 'average-pay'], hidden, ref, dropped)).toEqual(['raises']);
    expect(dropped.map((d) => d.id)).toEqual(['typical-week', 'average-pay']);
    const untouched = ['raises'];
    expect(withoutHidden(untouched, hidden, ref, dropped)).toBe(untouched);
  });

  test('a link to a hidden page becomes its words; other links, and longer ids that start the same, stay', () => {
    const dropped: DroppedReference[] = [];
    const html =
      '<p>See <a href="/careers/questions/day-to-day/">the <em>work</em> day to day</a>, ' +
      '<a href="/careers/questions/day-to-day-extra/">more</a>, <a href="/careers/questions/their-path/#average-pay">pay</a>, ' +
      '<a href="/careers/guides/accessibility/#ask">access</a> and <a href="https://example.org/questions/day-to-day/">elsewhere</a>.</p>';
    expect(dropHiddenLinks(html, '/careers/', hiddenTargets({ hide, sections: defaults.sections }), 'content/guides/g.mdx', dropped)).toBe(
      '<p>See the <em>work</em> day to day, <a href="/careers/questions/day-to-day-extra/">more</a>, pay, access and ' +
        '<a href="https://example.org/questions/day-to-day/">elsewhere</a>.</p>',
    );
    expect(dropped).toEqual([
      { filePath: 'content/guides/g.mdx', where: 'a link', kind: 'category', id: 'day-to-day' },
      { filePath: 'content/guides/g.mdx', where: 'a link', kind: 'question', id: 'average-pay' },
      { filePath: 'content/guides/g.mdx', where: 'a link', kind: 'guide', id: 'accessibility' },
    ]);
  });

  test('a link into a hidden section is dropped too', () => {
    const dropped: DroppedReference[] = [];
    const targets = hiddenTargets({ hide: defaults.hide, sections: { ...defaults.sections, templates: false } });
    expect(dropHiddenLinks('<a href="/templates/cold-email/">the email</a>', '/', targets, 'content/steps/s.mdx', dropped)).toBe(
      'the email',
    );
    expect(dropped[0]).toMatchObject({ kind: 'section', id: '/templates/' });
  });
});

describe('the build’s line about the edition', () => {
  const report = { edition: 'harbor-college', layered: true, replace: defaults.replace, hide: defaults.hide, dropped: [] };

  test('names what was replaced and hidden, with the ids', () => {
    expect(
      editionSummary({
        ...report,
        replace: { ...defaults.replace, tips: ['arrive-on-time'] },
        hide: { ...defaults.hide, categories: ['pay-and-progression', 'day-to-day'], questions: ['a', 'b', 'c', 'd', 'e', 'f'] },
      }),
    ).toBe(
      'Edition harbor-college: replaced 1 tip (arrive-on-time); hid 2 question categories (pay-and-progression, day-to-day), 6 questions (a, b, c, d, and 2 more).',
    );
  });

  test('counts the references dropped from the project’s files by kind, links apart', () => {
    const dropped = [
      { filePath: 'content/steps/a.mdx', where: 'questions', kind: 'question' as const, id: 'x' },
      { filePath: 'content/steps/a.mdx', where: 'questions', kind: 'question' as const, id: 'y' },
      { filePath: 'content/steps/b.mdx', where: 'tips', kind: 'tip' as const, id: 'z' },
      { filePath: 'content/guides/g.mdx', where: 'a link', kind: 'category' as const, id: 'day-to-day' },
    ];
    expect(editionSummary({ ...report, dropped })).toBe(
      "Edition harbor-college: replaced nothing; hid nothing; dropped 4 references to hidden entries (2 questions, 1 tip, 1 link) from 3 of the project's files.",
    );
  });

  test('says when the edition stands alone', () => {
    expect(editionSummary({ ...report, layered: false })).toBe(
      "Edition harbor-college: its own content only (extends: none), nothing of the project's underneath.",
    );
  });
});
