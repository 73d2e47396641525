import { describe, expect, test } from 'vitest';
import { mergeById } from '../../src/lib/edition/layers';
import { layerQuestions } from '../../src/lib/edition/question-layers';
import { editionSchema } from '../../src/schemas/edition';

const entry = (id: string, filePath: string, title = id) => ({ filePath, data: { id, title } });
const base = [entry('arrive-on-time', 'content/tips/during.mdx'), entry('dress-for-success', 'content/tips/prepare.mdx')];
const rules = (replaced: string[] = [], hidden: string[] = []) => ({ field: 'tips', settingsFile: 'ed/edition.yaml', hidden, replaced });

describe('replacing a project entry is explicit', () => {
  test('an edition file that reuses a project id without listing it fails, naming both files and how to replace on purpose', () => {
    const { problems } = mergeById('tip', base, [entry('arrive-on-time', 'ed/tips/during.mdx')], rules());
    expect(problems).toEqual([
      'ed/tips/during.mdx: field "id": tip id "arrive-on-time" is already used by the project\'s content/tips/during.mdx. ' +
        'To replace the project\'s tip on purpose, add "arrive-on-time" to replace.tips in ed/edition.yaml; otherwise give yours an id of its own',
    ]);
  });

  test('a listed replacement takes the project entry’s place', () => {
    const { entries, problems } = mergeById(
      'tip',
      base,
      [entry('arrive-on-time', 'ed/tips/during.mdx', 'Ours')],
      rules(['arrive-on-time']),
    );
    expect(problems).toEqual([]);
    expect(entries.map((e) => `${e.data.id}:${e.filePath}`)).toEqual([
      'arrive-on-time:ed/tips/during.mdx',
      'dress-for-success:content/tips/prepare.mdx',
    ]);
  });

  test('a replace id that matches no project entry fails, naming it and the likely one', () => {
    const { problems } = mergeById('tip', base, [entry('arive-on-time', 'ed/tips/during.mdx')], rules(['arive-on-time']));
    expect(problems).toEqual([
      'ed/edition.yaml: field "replace.tips.0": no tip in the project\'s content has the id "arive-on-time"; did you mean "arrive-on-time"?',
    ]);
  });

  test('a replace id with no file of the edition to replace it fails, pointing at hide for leaving it out', () => {
    const { problems } = mergeById('tip', base, [], rules(['dress-for-success']));
    expect(problems).toEqual([
      expect.stringContaining(
        'ed/edition.yaml: field "replace.tips.0": no tip of this edition has the id "dress-for-success", so nothing replaces the project\'s',
      ),
    ]);
    expect(problems[0]).toContain('use hide.tips');
  });

  test('edition.yaml accepts a replace list per kind of entry, empty by default', () => {
    expect(editionSchema.parse({}).replace).toEqual({
      steps: [],
      categories: [],
      questions: [],
      tips: [],
      guides: [],
      templates: [],
      presets: [],
    });
    expect(editionSchema.parse({ replace: { guides: ['finding-people'] } }).replace.guides).toEqual(['finding-people']);
    expect(editionSchema.safeParse({ replace: { faqs: ['x'] } }).success).toBe(false);
  });
});

describe('questions inside an edition’s category files', () => {
  const category = (id: string, filePath: string, questions: string[]) => ({
    filePath,
    data: { id, questions: questions.map((q) => ({ id: q })) },
  });
  const project = [category('day-to-day', 'content/questions/day-to-day.mdx', ['typical-day', 'tools-you-use'])];
  const ours = category('our-campus', 'ed/questions/our-campus.mdx', ['typical-day', 'campus-jobs']);
  const isOwn = (c: { filePath?: string }) => (c.filePath ?? '').startsWith('ed/');
  const qRules = (replaced: string[] = [], hidden: string[] = []) => ({
    field: 'questions',
    settingsFile: 'ed/edition.yaml',
    hidden,
    replaced,
  });

  test('a question that reuses a project question’s id fails, naming both files and replace.questions', () => {
    const { problems } = layerQuestions([...project, ours], isOwn, ['typical-day', 'tools-you-use'], qRules());
    expect(problems).toEqual([
      'ed/questions/our-campus.mdx: field "questions.0.id": question id "typical-day" is already used by the project\'s content/questions/day-to-day.mdx. ' +
        'To replace the project\'s question on purpose, add "typical-day" to replace.questions in ed/edition.yaml; otherwise give yours an id of its own',
    ]);
  });

  test('a listed question replaces the project’s, which leaves its category', () => {
    const { entries, problems } = layerQuestions([...project, ours], isOwn, ['typical-day', 'tools-you-use'], qRules(['typical-day']));
    expect(problems).toEqual([]);
    expect(entries.map((c) => `${c.data.id}: ${c.data.questions.map((q) => q.id).join(' ')}`)).toEqual([
      'day-to-day: tools-you-use',
      'our-campus: typical-day campus-jobs',
    ]);
  });

  test('hidden questions leave the project’s categories, and unknown ids are named', () => {
    const { entries, problems } = layerQuestions(
      project,
      isOwn,
      ['typical-day', 'tools-you-use'],
      qRules(['tools-you-uses'], ['typical-day']),
    );
    expect(entries[0]!.data.questions.map((q) => q.id)).toEqual(['tools-you-use']);
    expect(problems).toEqual([
      'ed/edition.yaml: field "replace.questions.0": no question in the project\'s content has the id "tools-you-uses"; did you mean "tools-you-use"?',
    ]);
  });

  test('hiding a question the project does not have names the hide.questions entry and the likely id', () => {
    const { entries, problems } = layerQuestions(project, isOwn, ['typical-day', 'tools-you-use'], qRules([], ['typical-dai']));
    expect(problems).toEqual([
      'ed/edition.yaml: field "hide.questions.0": no question in the project\'s content has the id "typical-dai"; did you mean "typical-day"?',
    ]);
    expect(entries).toEqual(project);
  });

  test('a question both replaced in an edition file and hidden fails, asking for one or the other, whether or not replace lists it', () => {
    for (const replaced of [[], ['typical-day']]) {
      const { problems } = layerQuestions([...project, ours], isOwn, ['typical-day', 'tools-you-use'], qRules(replaced, ['typical-day']));
      expect(problems).toEqual([
        'ed/questions/our-campus.mdx: field "questions.0.id": question "typical-day" is both replaced here and hidden in ed/edition.yaml (hide.questions); do one or the other',
      ]);
    }
  });

  test('a listed replacement that no edition category holds fails, naming its entry and pointing at hide.questions', () => {
    const { entries, problems } = layerQuestions(
      [...project, ours],
      isOwn,
      ['typical-day', 'tools-you-use'],
      qRules(['typical-day', 'tools-you-use']),
    );
    expect(problems).toEqual([
      'ed/edition.yaml: field "replace.questions.1": no question category of this edition has a question with the id "tools-you-use", ' +
        "so nothing replaces the project's; add one, or remove it from the list (to leave the project's out, use hide.questions)",
    ]);
    expect(entries[0]!.data.questions.map((q) => q.id)).toEqual(['tools-you-use']);
  });

  test('a clash between categories whose files are not known still names the field, with “(unknown file)” for each path', () => {
    const noFile = (id: string, questions: string[]) => ({ data: { id, questions: questions.map((q) => ({ id: q })) } });
    const { problems } = layerQuestions(
      [noFile('day-to-day', ['typical-day']), noFile('our-campus', ['campus-jobs', 'typical-day'])],
      (c) => c.data.id === 'our-campus',
      ['typical-day'],
      qRules(),
    );
    expect(problems).toEqual([
      '(unknown file): field "questions.1.id": question id "typical-day" is already used by the project\'s (unknown file). ' +
        'To replace the project\'s question on purpose, add "typical-day" to replace.questions in ed/edition.yaml; otherwise give yours an id of its own',
    ]);
  });
});
