import { describe, expect, test } from 'vitest';
import { findIntegrityProblems } from '../../src/lib/integrity';
import { questionCategorySchema } from '../../src/schemas/question';
import { stepSchema } from '../../src/schemas/step';
import { tipGroupSchema } from '../../src/schemas/tip';
import {
  absoluteImports,
  copyData,
  copyId,
  joinFrontmatter,
  scaleContent,
  splitFrontmatter,
  type ContentFile,
} from '../../scripts/lib/synthetic-content.ts';

const step = {
  id: 'find-people',
  order: 3,
  title: 'Find people to talk to',
  summary: 'Start with the people you already know, then widen out.',
  time: 'An hour',
  checklist: [{ id: 'list-people', text: 'List people you know.' }],
  tips: ['arrive-on-time'],
  questions: ['average-pay'],
  templates: ['thank-you'],
};
const tipGroup = {
  phase: 'during',
  tips: [{ id: 'arrive-on-time', kind: 'do', rule: 'Arrive on time.', why: 'Being late wastes their limited time.' }],
};
const category = {
  id: 'pay',
  title: 'Pay and moving up',
  description: 'Questions about pay and progression.',
  order: 2,
  questions: [
    {
      id: 'average-pay',
      text: 'What salary range is usual?',
      situations: ['student'],
      part: 'core',
      sensitive: true,
      aliases: ['starting-pay'],
    },
  ],
};
const files: ContentFile[] = [
  { collection: 'steps', name: 'find-people', data: step, body: '\n## Why\n\nText.\n' },
  { collection: 'tips', name: 'during', data: tipGroup, body: '' },
  { collection: 'questions', name: 'pay', data: category, body: 'Intro.\n' },
  { collection: 'templates', name: 'thank-you', data: { id: 'thank-you', order: 1 }, body: '' },
];

describe('frontmatter', () => {
  test('splits and joins without losing data or body', () => {
    const text = '---\nid: x\nmessage: |\n  Dear {name},\n\n  Thanks.\nlist: [a, b]\n---\n\nBody **text**.\n';
    const { data, body } = splitFrontmatter(text);
    expect(data).toEqual({ id: 'x', message: 'Dear {name},\n\nThanks.\n', list: ['a', 'b'] });
    expect(body).toBe('\nBody **text**.\n');
    expect(splitFrontmatter(joinFrontmatter(data, body))).toEqual({ data, body });
  });

  test('a file without frontmatter is all body', () => {
    expect(splitFrontmatter('# Sources\n')).toEqual({ data: {}, body: '# Sources\n' });
  });
});

test('copy 1 keeps its ids; later copies get a suffix', () => {
  expect(copyId('find-people', 1)).toBe('find-people');
  expect(copyId('find-people', 7)).toBe('find-people-x7');
});

test('a copy renames its ids and references to copied entries, and shifts its order', () => {
  const ids = new Set(['find-people', 'arrive-on-time', 'pay', 'average-pay']);
  expect(copyData(step, 3, ids, 6)).toEqual({
    ...step,
    id: 'find-people-x3',
    order: 15,
    tips: ['arrive-on-time-x3'],
    questions: ['average-pay-x3'],
  });
  expect(step.id).toBe('find-people'); // the original is untouched
});

describe('scaleContent', () => {
  const scaled = scaleContent(files, 10);
  const of = (c: string) => scaled.filter((f) => f.collection === c);

  test('multiplies the entries that make pages, and tips inside their phase file', () => {
    expect(of('steps')).toHaveLength(10);
    expect(of('questions')).toHaveLength(10);
    expect(of('templates')).toHaveLength(10);
    expect(of('tips')).toHaveLength(1);
    const tipIds = (of('tips')[0]!.data.tips as { id: string }[]).map((t) => t.id);
    expect(tipIds).toHaveLength(10);
    expect(tipIds.slice(0, 2)).toEqual(['arrive-on-time', 'arrive-on-time-x2']);
    expect(new Set(scaled.map((f) => `${f.collection}/${f.name}`)).size).toBe(scaled.length);
  });

  test('files that are not content entries are copied once', () => {
    const sources: ContentFile = { collection: 'sources', name: 'list', data: {}, body: '# Sources\n' };
    expect(scaleContent([...files, sources], 3).filter((f) => f.collection === 'sources')).toEqual([sources]);
  });

  test('at 1x the content is today’s, unchanged', () => {
    expect(scaleContent(files, 1)).toEqual(files);
  });

  test("each copy renames a merged question's old ids too, so copies don't share an alias", () => {
    const aliases = of('questions').flatMap((f) => (f.data.questions as { aliases: string[] }[]).flatMap((q) => q.aliases));
    expect(aliases).toContain('starting-pay');
    expect(aliases).toContain('starting-pay-x10');
    expect(new Set(aliases).size).toBe(10);
  });

  test('every copy is valid against the schemas', () => {
    for (const f of of('steps')) expect(() => stepSchema.parse(f.data)).not.toThrow();
    for (const f of of('tips')) expect(() => tipGroupSchema.parse(f.data)).not.toThrow();
    for (const f of of('questions')) expect(() => questionCategorySchema.parse(f.data)).not.toThrow();
  });

  test('the copies pass the cross-collection checks: unique ids and orders, references that resolve', () => {
    const entries = (c: string) => of(c).map((f) => ({ filePath: `${f.collection}/${f.name}.mdx`, data: f.data as never }));
    expect(
      findIntegrityProblems({
        steps: entries('steps'),
        tips: of('tips').flatMap((f) =>
          (f.data.tips as { id: string }[]).map((t) => ({ filePath: `tips/${f.name}.mdx`, data: t as never })),
        ),
        questions: entries('questions'),
        templates: entries('templates'),
        guides: [],
        presets: [],
      }),
    ).toEqual([]);
  });
});

test('relative imports in a body become absolute; other lines stay', () => {
  const body = 'import Note from \'../../src/components/Note.astro\';\nexport { x } from "./x.ts";\n\nSee ../notes for more.\n';
  expect(absoluteImports(body, '/repo/content/steps')).toBe(
    'import Note from \'/repo/src/components/Note.astro\';\nexport { x } from "/repo/content/steps/x.ts";\n\nSee ../notes for more.\n',
  );
});
