import { describe, expect, test } from 'vitest';
import { guideSchema } from '../../src/schemas/guide';
import { questionCategorySchema } from '../../src/schemas/question';
import { stepSchema } from '../../src/schemas/step';
import { templateSchema } from '../../src/schemas/template';
import { tipGroupSchema, tipSchema } from '../../src/schemas/tip';

const goodStep = {
  id: 'find-people',
  order: 3,
  title: 'Find people to ask',
  summary: 'Start with the people you already know.',
  time: 'A week',
  checklist: [{ id: 'list-five-people', text: 'List five people you know.' }],
};
const goodTip = { id: 'end-on-time', kind: 'do', rule: 'End on time.', why: 'You promised a short talk.' };
const goodCategory = {
  id: 'their-path',
  title: 'Their path',
  description: 'How they got where they are.',
  order: 1,
  questions: [{ id: 'how-did-you-start', text: 'How did you start?', situations: ['student'], part: 'opening' }],
};
const goodTemplate = {
  id: 'thank-you',
  title: 'Thank-you note',
  order: 1,
  channel: 'email',
  when: 'Within a week of the talk.',
  subject: 'Thank you, {theirName}',
  message: 'Dear {theirName}, thank you for your time today.',
  placeholders: [{ name: 'theirName', label: 'Their name' }],
};
const goodGuide = { id: 'what-it-is', title: 'What it is', description: 'A short talk to learn about a field.', order: 1, part: 'basics' };

/** The dotted paths of every issue, so tests can check the field that is named. */
function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((i) => i.path.join('.'));
}

describe('content schemas', () => {
  test('names the groups a guide may be listed under when its part is not one of them', () => {
    const result = guideSchema.safeParse({ ...goodGuide, part: 'extras' });
    expect(issuePaths(result)).toEqual(['part']);
    expect(JSON.stringify(result.error?.issues)).toContain('basics');
  });

  test.each([
    ['step', stepSchema, goodStep],
    ['tip', tipSchema, goodTip],
    ['question category', questionCategorySchema, goodCategory],
    ['template', templateSchema, goodTemplate],
    ['guide', guideSchema, goodGuide],
  ] as const)('accepts a good %s', (_, schema, good) => {
    expect(schema.safeParse(good).success).toBe(true);
  });

  test.each([
    ['step', stepSchema, goodStep],
    ['tip', tipSchema, goodTip],
    ['question category', questionCategorySchema, goodCategory],
    ['template', templateSchema, goodTemplate],
    ['guide', guideSchema, goodGuide],
  ] as const)('rejects an unknown field in a %s, naming it', (_, schema, good) => {
    const result = schema.safeParse({ ...good, colour: 'blue' });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('colour');
  });

  test.each([
    ['step', stepSchema, goodStep, 'title'],
    ['tip', tipSchema, goodTip, 'why'],
    ['question category', questionCategorySchema, goodCategory, 'questions'],
    ['template', templateSchema, goodTemplate, 'message'],
    ['guide', guideSchema, goodGuide, 'description'],
    ['guide', guideSchema, goodGuide, 'part'],
  ] as const)('rejects a %s missing a required field, naming it', (_, schema, good, field) => {
    const { [field]: _removed, ...rest } = good as Record<string, unknown>;
    expect(issuePaths(schema.safeParse(rest))).toContain(field);
  });

  test('rejects an unknown field inside a question, naming its path', () => {
    const bad = { ...goodCategory, questions: [{ ...goodCategory.questions[0], mood: 'happy' }] };
    const result = questionCategorySchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(issuePaths(result)).toContain('questions.0');
  });

  test('a tips file holds one phase, and names the tip and field that is wrong', () => {
    expect(tipGroupSchema.safeParse({ phase: 'during', tips: [goodTip] }).success).toBe(true);
    expect(issuePaths(tipGroupSchema.safeParse({ phase: 'lunch', tips: [goodTip] }))).toEqual(['phase']);
    expect(issuePaths(tipGroupSchema.safeParse({ phase: 'during', tips: [goodTip, { ...goodTip, why: '' }] }))).toEqual(['tips.1.why']);
    expect(issuePaths(tipGroupSchema.safeParse({ phase: 'during', tips: [{ ...goodTip, phase: 'during' }] }))).toEqual(['tips.0']);
  });

  test('rejects an id that is not lowercase words joined by hyphens', () => {
    expect(issuePaths(tipSchema.safeParse({ ...goodTip, id: 'End On Time' }))).toEqual(['id']);
  });

  test('rejects a situation or part outside the known lists', () => {
    const bad = { ...goodCategory, questions: [{ ...goodCategory.questions[0], situations: ['retired'], part: 'middle' }] };
    expect(issuePaths(questionCategorySchema.safeParse(bad)).sort()).toEqual(['questions.0.part', 'questions.0.situations.0']);
  });

  test('fills in optional question flags as false', () => {
    const q = questionCategorySchema.parse(goodCategory).questions[0]!;
    expect([q.sensitive, q.needsResearch]).toEqual([false, false]);
  });

  test('rejects a template that uses a placeholder it does not declare', () => {
    const result = templateSchema.safeParse({ ...goodTemplate, message: 'Hello {theirName}, from {myName}.' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('{myName}');
    expect(issuePaths(result)).toEqual(['placeholders']);
  });

  test('rejects a template that declares a placeholder it never uses', () => {
    const result = templateSchema.safeParse({
      ...goodTemplate,
      placeholders: [...goodTemplate.placeholders, { name: 'field', label: 'The field' }],
    });
    expect(result.error?.issues[0]?.message).toContain('"field" is declared but never used');
  });

  test("accepts a question's old ids as aliases, and a category's moved questions; rejects malformed ones, naming the path", () => {
    const good = {
      ...goodCategory,
      movedQuestions: ['old-one'],
      questions: [{ ...goodCategory.questions[0], aliases: ['how-you-began'] }],
    };
    expect(questionCategorySchema.parse(good).questions[0]!.aliases).toEqual(['how-you-began']);
    const bad = { ...good, movedQuestions: [], questions: [{ ...good.questions[0], aliases: ['How You Began'] }] };
    expect(issuePaths(questionCategorySchema.safeParse(bad)).sort()).toEqual(['movedQuestions', 'questions.0.aliases.0']);
  });

  test('rejects a checklist that is empty', () => {
    expect(issuePaths(stepSchema.safeParse({ ...goodStep, checklist: [] }))).toEqual(['checklist']);
  });
});
