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

const category = (id: string, questionIds: string[], aliases: Record<string, string[]> = {}) =>
  questionCategorySchema.parse({
    id,
    title: 'A category',
    description: 'What these questions are for.',
    order: 1,
    questions: questionIds.map((q) => ({
      id: q,
      text: 'Why did you choose this?',
      situations: ['student'],
      part: 'core',
      ...(aliases[q] ? { aliases: aliases[q] } : {}),
    })),
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

  describe('question aliases', () => {
    test('an alias that names no live question is fine, and a step may refer to it', () => {
      const problems = findIntegrityProblems(
        entries({
          steps: [{ filePath: 'content/steps/a.mdx', data: step('a', 1, { tips: ['t1'], questions: ['old-q'], templates: ['m1'] }) }],
          questions: [{ filePath: 'content/questions/c1.mdx', data: category('c1', ['q1', 'q2'], { q1: ['old-q', 'older-q'] }) }],
        }),
      );
      expect(problems).toEqual([]);
    });

    test('an alias that is a live question id fails, naming the file and the field', () => {
      const problems = findIntegrityProblems(
        entries({
          questions: [
            { filePath: 'content/questions/c1.mdx', data: category('c1', ['q1']) },
            { filePath: 'content/questions/c2.mdx', data: category('c2', ['q2', 'q3'], { q3: ['gone', 'q1'] }) },
          ],
        }),
      );
      expect(problems).toEqual([
        'content/questions/c2.mdx: field "questions.1.aliases.1": alias "q1" of question "q3" is the id of a live question in content/questions/c1.mdx; an old id can only point at one question',
      ]);
    });

    test("a question's own id as its alias fails too", () => {
      const problems = findIntegrityProblems(
        entries({ questions: [{ filePath: 'content/questions/c1.mdx', data: category('c1', ['q1', 'q2'], { q2: ['q2'] }) }] }),
      );
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain('content/questions/c1.mdx: field "questions.1.aliases.0": alias "q2"');
    });

    test('the same alias on two questions fails, naming both', () => {
      const problems = findIntegrityProblems(
        entries({
          questions: [
            { filePath: 'content/questions/c1.mdx', data: category('c1', ['q1', 'q2'], { q2: ['old'] }) },
            { filePath: 'content/questions/c2.mdx', data: category('c2', ['q3'], { q3: ['old'] }) },
          ],
        }),
      );
      expect(problems).toEqual([
        'content/questions/c2.mdx: field "questions.0.aliases.0": alias "old" of question "q3" is already an alias of question "q2" in content/questions/c1.mdx',
      ]);
    });

    test('a moved question names an alias of a question in another category', () => {
      const c1 = { ...category('c1', ['q1', 'q2']), movedQuestions: ['gone'] };
      const c2 = category('c2', ['q3'], { q3: ['gone'] });
      const problems = findIntegrityProblems(
        entries({
          questions: [
            { filePath: 'content/questions/c1.mdx', data: c1 },
            { filePath: 'content/questions/c2.mdx', data: c2 },
          ],
        }),
      );
      expect(problems).toEqual([]);
    });

    test('a moved question that is no alias, an alias in the same category, or listed twice fails', () => {
      const c1 = { ...category('c1', ['q1', 'q2'], { q2: ['here'] }), movedQuestions: ['nowhere', 'here', 'gone'] };
      const c3 = { ...category('c3', ['q4']), movedQuestions: ['gone'] };
      const problems = findIntegrityProblems(
        entries({
          questions: [
            { filePath: 'content/questions/c1.mdx', data: c1 },
            { filePath: 'content/questions/c2.mdx', data: category('c2', ['q3'], { q3: ['gone'] }) },
            { filePath: 'content/questions/c3.mdx', data: c3 },
          ],
        }),
      );
      expect(problems).toEqual([
        'content/questions/c1.mdx: field "movedQuestions.0": "nowhere" is not an alias of any question; list it in the "aliases" of the question it was merged into',
        'content/questions/c1.mdx: field "movedQuestions.1": "here" is an alias of "q2" in this same category, whose entry already keeps its anchor; remove it here',
        'content/questions/c3.mdx: field "movedQuestions.0": "gone" is already listed as moved in content/questions/c1.mdx',
      ]);
    });

    test('an alias listed twice on one question fails', () => {
      const problems = findIntegrityProblems(
        entries({ questions: [{ filePath: 'content/questions/c1.mdx', data: category('c1', ['q1', 'q2'], { q1: ['old', 'old'] }) }] }),
      );
      expect(problems).toEqual([
        'content/questions/c1.mdx: field "questions.0.aliases.1": alias "old" of question "q1" is already an alias of question "q1" in content/questions/c1.mdx',
      ]);
    });
  });
});
