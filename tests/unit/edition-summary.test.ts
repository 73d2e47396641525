import { describe, expect, test } from 'vitest';
import type { DroppedReference, HiddenKind } from '../../src/lib/edition/hidden-references';
import { editionSummary } from '../../src/lib/edition/summary';
import { editionSchema } from '../../src/schemas/edition';

// The line the build prints about an edition layered on the project's content: a career centre
// reads it to see what its edition.yaml changed, so every list and kind is named in plain words.
const defaults = editionSchema.parse({});
const report = { edition: 'harbor-college', layered: true, replace: defaults.replace, hide: defaults.hide, dropped: [] };

/** `n` references of one kind, dropped from a step's frontmatter list (or from links in its text). */
const droppedOf = (kind: HiddenKind, n: number, where = `${kind}s`): DroppedReference[] =>
  Array.from({ length: n }, (_, i) => ({ filePath: 'content/steps/prepare.mdx', where, kind, id: `${kind}-${i + 1}` }));

describe('what the edition replaced and hid', () => {
  test('one entry of each list is named in the singular', () => {
    expect(
      editionSummary({
        ...report,
        replace: {
          steps: ['follow-up'],
          categories: ['day-to-day'],
          questions: ['typical-day'],
          tips: ['arrive-on-time'],
          guides: ['finding-people'],
          templates: ['cold-email'],
          presets: ['student'],
        },
        hide: {
          categories: ['pay-and-progression'],
          questions: ['average-pay'],
          tips: ['dress-for-success'],
          guides: ['international-students'],
          templates: ['voicemail'],
          presets: ['returning'],
        },
      }),
    ).toBe(
      'Edition harbor-college: replaced 1 step (follow-up), 1 question category (day-to-day), 1 question (typical-day), ' +
        '1 tip (arrive-on-time), 1 guide (finding-people), 1 template (cold-email), 1 starter sheet (student); ' +
        'hid 1 question category (pay-and-progression), 1 question (average-pay), 1 tip (dress-for-success), ' +
        '1 guide (international-students), 1 template (voicemail), 1 starter sheet (returning).',
    );
  });

  test('several entries of each list are named in the plural', () => {
    expect(
      editionSummary({
        ...report,
        replace: {
          steps: ['follow-up', 'thank-you'],
          categories: ['day-to-day', 'their-path'],
          questions: ['typical-day', 'first-job'],
          tips: ['arrive-on-time', 'bring-questions'],
          guides: ['finding-people', 'accessibility'],
          templates: ['cold-email', 'voicemail'],
          presets: ['student', 'returning'],
        },
        hide: {
          categories: ['pay-and-progression', 'day-to-day'],
          questions: ['average-pay', 'raises'],
          tips: ['dress-for-success', 'send-a-gift'],
          guides: ['international-students', 'alumni'],
          templates: ['voicemail', 'linkedin-note'],
          presets: ['returning', 'career-change'],
        },
      }),
    ).toBe(
      'Edition harbor-college: replaced 2 steps (follow-up, thank-you), 2 question categories (day-to-day, their-path), ' +
        '2 questions (typical-day, first-job), 2 tips (arrive-on-time, bring-questions), 2 guides (finding-people, accessibility), ' +
        '2 templates (cold-email, voicemail), 2 starter sheets (student, returning); ' +
        'hid 2 question categories (pay-and-progression, day-to-day), 2 questions (average-pay, raises), ' +
        '2 tips (dress-for-success, send-a-gift), 2 guides (international-students, alumni), ' +
        '2 templates (voicemail, linkedin-note), 2 starter sheets (returning, career-change).',
    );
  });

  test('names up to four ids in full, and counts the rest from the fifth on', () => {
    const hidingGuides = (guides: string[]) => editionSummary({ ...report, hide: { ...defaults.hide, guides } });
    expect(hidingGuides(['a', 'b', 'c', 'd'])).toBe('Edition harbor-college: replaced nothing; hid 4 guides (a, b, c, d).');
    expect(hidingGuides(['a', 'b', 'c', 'd', 'e'])).toBe(
      'Edition harbor-college: replaced nothing; hid 5 guides (a, b, c, d, and 1 more).',
    );
  });
});

describe('references dropped from the project’s files', () => {
  test('one reference from one file is counted in the singular, with no links mentioned when there were none', () => {
    expect(editionSummary({ ...report, dropped: droppedOf('question', 1) })).toBe(
      "Edition harbor-college: replaced nothing; hid nothing; dropped 1 reference to hidden entries (1 question) from 1 of the project's files.",
    );
  });

  test('every kind of entry is counted in its own words, one or several, links last', () => {
    const some = [
      ...droppedOf('question', 2),
      ...droppedOf('tip', 1),
      ...droppedOf('template', 2),
      ...droppedOf('guide', 1),
      ...droppedOf('category', 2, 'categories'),
      ...droppedOf('section', 1),
      ...droppedOf('tip', 1, 'a link'),
    ];
    expect(editionSummary({ ...report, dropped: some })).toBe(
      'Edition harbor-college: replaced nothing; hid nothing; dropped 10 references to hidden entries ' +
        "(2 questions, 1 tip, 2 templates, 1 guide, 2 question categories, 1 section, 1 link) from 1 of the project's files.",
    );
    const others = [
      ...droppedOf('question', 1),
      ...droppedOf('tip', 2),
      ...droppedOf('template', 1),
      ...droppedOf('guide', 2),
      ...droppedOf('category', 1, 'categories'),
      ...droppedOf('section', 2),
      ...droppedOf('guide', 2, 'a link'),
    ];
    expect(editionSummary({ ...report, dropped: others })).toBe(
      'Edition harbor-college: replaced nothing; hid nothing; dropped 11 references to hidden entries ' +
        "(1 question, 2 tips, 1 template, 2 guides, 1 question category, 2 sections, 2 links) from 1 of the project's files.",
    );
  });
});
