import { beforeEach, expect, test, vi } from 'vitest';
import { edition } from 'virtual:handbook/edition';
import { questionCategorySchema } from '../../src/schemas/question';

// The handbook module reads Astro's content collections; here they hold one category with the
// first starter sheet's questions, so the test runs the same load-and-check path a build does.
vi.mock('astro:content', () => ({
  getCollection: async (name: string) =>
    name !== 'questions'
      ? []
      : [
          {
            filePath: 'content/questions/start.mdx',
            data: questionCategorySchema.parse({
              id: 'start',
              title: 'Getting started',
              description: 'How they began.',
              order: 1,
              questions: edition.presets[0]!.questions.map((id) => ({
                id,
                text: 'How did you start?',
                situations: ['student'],
                part: 'core',
              })),
            }),
          },
        ],
}));

// The reviewed near-duplicate pairs name questions of the real bank, which this one-category bank lacks.
vi.mock('../../src/data/question-pairs-reviewed', () => ({ reviewedQuestionPairs: [] }));

// A fresh handbook module (it checks once per build) with only the first starter sheet, changed by `edit`.
async function loadHandbook(edit: (sheet: (typeof edition.presets)[number]) => void = () => {}) {
  const { presets } = (await import('virtual:handbook/edition')).edition;
  presets.splice(1);
  edit(presets[0]!);
  const { getHandbook } = await import('../../src/data/handbook');
  return getHandbook();
}

beforeEach(() => {
  vi.resetModules();
});

// The first load imports the Markdown processor: seconds on a busy machine.
test('the handbook loads when the starter sheets name questions in the bank', { timeout: 30_000 }, async () => {
  await expect(loadHandbook()).resolves.toMatchObject({ questions: expect.any(Array) });
});

test('a starter sheet naming a question the bank does not have fails the handbook load, naming the file and the field', async () => {
  const failed = loadHandbook((sheet) => (sheet.questions[1] = 'no-such-question'));
  await expect(failed).rejects.toThrow(
    'content/presets.yaml: preset "student": field "questions.1": no question in content/questions/ has the id "no-such-question"',
  );
});
