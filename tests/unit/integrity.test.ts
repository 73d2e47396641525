import { describe, expect, test } from 'vitest';
import { findIntegrityProblems, type HandbookEntries } from '../../src/lib/integrity';
import { stepSchema } from '../../src/schemas/step';
import { questionCategorySchema } from '../../src/schemas/question';

const step = (id: string, order: number, refs: Partial<Record<'tips' | 'questions' | 'templates', string[]>> = {}) =>
  stepSchema.parse({
    id,
    order,
    title: 'A step',
    summary: 'A summary long enough.',
    time: 'An hour',
    checklist: [{ id: 'one', text: 'Do one thing.' }],
    ...refs,
  });

const category = (id: string, questionIds: string[]) =>
  questionCategorySchema.parse({
    id,
    title: 'A category',
    description: 'What these questions are for.',
    order: 1,
    questions: questionIds.map((q) => ({ id: q, text: 'Why did you choose this?', situations: ['student'], part: 'core' })),
  });

function entries(overrides: Partial<HandbookEntries> = {}): HandbookEntries {
  return {
    steps: [{ filePath: 'content/steps/a.mdx', data: step('a', 1, { tips: ['t1'], questions: ['q1'], templates: ['m1'] }) }],
    tips: [{ filePath: 'content/tips/t1.mdx', data: { id: 't1' } }],
    questions: [{ filePath: 'content/questions/c1.mdx', data: category('c1', ['q1', 'q2']) }],
    templates: [{ filePath: 'content/templates/m1.mdx', data: { id: 'm1' } }],
    guides: [{ filePath: 'content/guides/g1.mdx', data: { id: 'g1' } }],
    presets: [],
    ...overrides,
  };
}

describe('findIntegrityProblems', () => {
  test('finds nothing in consistent content', () => {
    expect(findIntegrityProblems(entries())).toEqual([]);
  });

  test('reports a question id used in two categories, naming both files and the field', () => {
    const problems = findIntegrityProblems(
      entries({
        questions: [
          { filePath: 'content/questions/c1.mdx', data: category('c1', ['q1']) },
          { filePath: 'content/questions/c2.mdx', data: category('c2', ['q1']) },
        ],
      }),
    );
    expect(problems).toEqual([
      'content/questions/c2.mdx: field "questions.0.id": question id "q1" is already used in content/questions/c1.mdx',
    ]);
  });

  test.each([
    ['tips', 'content/tips/x.mdx'],
    ['templates', 'content/templates/x.mdx'],
    ['guides', 'content/guides/x.mdx'],
  ] as const)('reports a duplicate id in %s', (collection, filePath) => {
    const base = entries();
    const first = base[collection][0]!;
    const problems = findIntegrityProblems({ ...base, [collection]: [first, { filePath, data: { id: first.data.id } }] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${filePath}: field "id"`);
  });

  test('reports a duplicate checklist id within a step', () => {
    const s = step('a', 1);
    s.checklist.push({ id: 'one', text: 'Again.' });
    const problems = findIntegrityProblems(entries({ steps: [{ filePath: 'content/steps/a.mdx', data: s }] }));
    expect(problems).toEqual(['content/steps/a.mdx: field "checklist.1.id": checklist id "one" appears twice in this step']);
  });

  test('reports two steps with the same order', () => {
    const problems = findIntegrityProblems(
      entries({
        steps: [
          { filePath: 'content/steps/a.mdx', data: step('a', 1) },
          { filePath: 'content/steps/b.mdx', data: step('b', 1) },
        ],
      }),
    );
    expect(problems).toEqual(['content/steps/b.mdx: field "order": step order 1 is already used by content/steps/a.mdx']);
  });

  test.each([
    ['tips', 'no tip has the id "missing"'],
    ['questions', 'no question has the id "missing"'],
    ['templates', 'no template has the id "missing"'],
  ] as const)('reports a step referring to a missing entry in %s', (field, message) => {
    const problems = findIntegrityProblems(
      entries({ steps: [{ filePath: 'content/steps/a.mdx', data: step('a', 1, { [field]: ['missing'] }) }] }),
    );
    expect(problems).toEqual([`content/steps/a.mdx: field "${field}.0": ${message}`]);
  });
});
