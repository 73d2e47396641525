import { describe, expect, test } from 'vitest';
import { findIntegrityProblems } from '../../src/lib/integrity';
import { movedAwayFrom, movedItemProblems } from '../../src/lib/moved-checklist-items';
import { stepSchema, type Step } from '../../src/schemas/step';

const step = (id: string, order: number, checklist: { id: string; text: string; movedFrom?: string }[]): Step =>
  stepSchema.parse({ id, order, title: `Step ${id}`, summary: 'A summary long enough.', time: 'An hour', checklist });

const prepare = step('prepare', 2, [{ id: 'read-field', text: 'Read about the field.' }]);
const meet = step('meet', 5, [
  { id: 'arrive', text: 'Arrive on time.' },
  { id: 'read-org', text: 'Read their news.', movedFrom: 'prepare' },
  { id: 'outfit', text: 'Plan your outfit.', movedFrom: 'prepare' },
]);
const sourced = (...steps: Step[]) => steps.map((data) => ({ filePath: `content/steps/${data.id}.mdx`, data }));

describe('movedAwayFrom', () => {
  test('lists the items that left a step, with the step they live on now', () => {
    expect(movedAwayFrom([meet, prepare], 'prepare')).toEqual([
      { id: 'read-org', text: 'Read their news.', to: { id: 'meet', order: 5, title: 'Step meet' } },
      { id: 'outfit', text: 'Plan your outfit.', to: { id: 'meet', order: 5, title: 'Step meet' } },
    ]);
  });

  test('is empty for a step nothing moved away from', () => {
    expect(movedAwayFrom([meet, prepare], 'meet')).toEqual([]);
  });
});

describe('movedItemProblems', () => {
  test('accepts items moved from another step', () => {
    expect(movedItemProblems(sourced(prepare, meet))).toEqual([]);
  });

  test('names the field when movedFrom names no step', () => {
    const lost = step('meet', 5, [{ id: 'outfit', text: 'Plan your outfit.', movedFrom: 'gone' }]);
    expect(movedItemProblems(sourced(prepare, lost))).toEqual([
      'content/steps/meet.mdx: field "checklist.0.movedFrom": no step has the id "gone"',
    ]);
  });

  test('rejects an item moved from its own step', () => {
    const self = step('meet', 5, [{ id: 'outfit', text: 'Plan your outfit.', movedFrom: 'meet' }]);
    expect(movedItemProblems(sourced(self))).toEqual([
      'content/steps/meet.mdx: field "checklist.0.movedFrom": an item cannot move from its own step',
    ]);
  });

  test('rejects a move when the old step still has an item with that id', () => {
    const both = step('meet', 5, [{ id: 'read-field', text: 'Read about the field.', movedFrom: 'prepare' }]);
    expect(movedItemProblems(sourced(prepare, both))).toEqual([
      'content/steps/meet.mdx: field "checklist.0.movedFrom": content/steps/prepare.mdx still has a checklist item "read-field", so the old link would be ambiguous',
    ]);
  });

  test('the build-time integrity check reports these problems too', () => {
    const lost = step('meet', 5, [{ id: 'outfit', text: 'Plan your outfit.', movedFrom: 'gone' }]);
    const problems = findIntegrityProblems({
      steps: sourced(prepare, lost),
      tips: [],
      questions: [],
      templates: [],
      guides: [],
      presets: [],
    });
    expect(problems).toContain('content/steps/meet.mdx: field "checklist.0.movedFrom": no step has the id "gone"');
  });
});

test('the step schema rejects a movedFrom that is not an id, naming the field', () => {
  const result = stepSchema.safeParse({
    id: 'meet',
    order: 5,
    title: 'Meet',
    summary: 'A summary long enough.',
    time: 'An hour',
    checklist: [{ id: 'outfit', text: 'Plan your outfit.', movedFrom: 'Research and prepare' }],
  });
  expect(result.success).toBe(false);
  expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['checklist.0.movedFrom']);
});
