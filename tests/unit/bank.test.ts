import { describe, expect, test } from 'vitest';
import { aliasMap, countsFor, filterBank, resolveQuestionId, type BankEntry } from '../../src/lib/bank';
import { makeQuery } from '../../src/lib/search-aliases';

const entry = (id: string, text: string, category: string, situations: BankEntry['situations']): BankEntry => ({
  id,
  text,
  category,
  situations,
  part: 'core',
  sensitive: false,
  needsResearch: false,
});
const bank = [
  entry('a', 'How did you get started?', 'path', ['student', 'changer']),
  entry('b', 'What does pay look like?', 'pay', ['student']),
  entry('c', 'Would you look at my résumé?', 'feedback', ['seeker']),
];
const none = { category: '', situation: '', text: '' } as const;

describe('filterBank', () => {
  test('with no filters shows everything', () => {
    expect(filterBank(bank, none)).toHaveLength(3);
  });

  test('filters combine', () => {
    expect(filterBank(bank, { category: 'path', situation: 'student', text: '' }).map((q) => q.id)).toEqual(['a']);
    expect(filterBank(bank, { category: 'path', situation: 'seeker', text: '' })).toEqual([]);
  });

  test('every typed word must appear, ignoring case and accents', () => {
    expect(filterBank(bank, { ...none, text: 'RESUME my' }).map((q) => q.id)).toEqual(['c']);
    expect(filterBank(bank, { ...none, text: 'pay started' })).toEqual([]);
  });
});

describe('countsFor', () => {
  test('counts each category under the other filters', () => {
    const counts = countsFor(bank, { category: 'pay', situation: 'student', text: '' }, 'category');
    expect(Object.fromEntries(counts)).toEqual({ path: 1, pay: 1 });
  });

  test('counts each situation under the text filter', () => {
    const counts = countsFor(bank, { ...none, text: 'you' }, 'situation');
    expect(Object.fromEntries(counts)).toEqual({ student: 1, changer: 1, seeker: 1 });
  });
});

test('a handbook question is trimmed to what the browser needs', async () => {
  const { toBankEntry } = await import('../../src/lib/bank');
  const entry = toBankEntry({
    id: 'q',
    text: 'Why?',
    part: 'core',
    situations: ['student'],
    sensitive: false,
    needsResearch: true,
    category: { id: 'c', title: 'A title the browser does not need' } as { id: string },
  });
  expect(entry).toEqual({
    id: 'q',
    text: 'Why?',
    part: 'core',
    situations: ['student'],
    sensitive: false,
    needsResearch: true,
    category: 'c',
  });
});

describe('question aliases', () => {
  const questions = [
    { id: 'how-did-you-start', aliases: ['how-you-landed-your-first-job'] },
    { id: 'typical-day', aliases: ['typical-week', 'a-normal-day'] },
    { id: 'who-else-should-i-talk-to' },
  ];

  test('aliasMap maps each old id to the question that kept it', () => {
    expect(aliasMap(questions)).toEqual({
      'how-you-landed-your-first-job': 'how-did-you-start',
      'typical-week': 'typical-day',
      'a-normal-day': 'typical-day',
    });
  });

  test('resolveQuestionId turns an old id into the live one and leaves live or unknown ids alone', () => {
    const aliases = aliasMap(questions);
    expect(resolveQuestionId('typical-week', aliases)).toBe('typical-day');
    expect(resolveQuestionId('typical-day', aliases)).toBe('typical-day');
    expect(resolveQuestionId('no-such-question', aliases)).toBe('no-such-question');
    // Only the map's own keys count, not what every object inherits.
    expect(resolveQuestionId('constructor', aliases)).toBe('constructor');
  });
});

describe('the filter with search aliases', () => {
  const entry = (id: string, text: string): BankEntry => ({
    id,
    text,
    part: 'core',
    situations: ['student'],
    sensitive: false,
    needsResearch: false,
    category: 'c',
  });
  const bank = [
    entry('a', 'Would you look over my CV layout?'),
    entry('b', 'What would you change on my resume?'),
    entry('c', 'What tools do you use?'),
  ];
  const aliases = { groups: [['resume', 'CV']], questions: {} };

  test("lists matches on the reader's own words before matches through aliases", () => {
    expect(filterBank(bank, { category: '', situation: '', text: 'resume' }, makeQuery('resume', aliases)).map((q) => q.id)).toEqual([
      'b',
      'a',
    ]);
    expect(filterBank(bank, { category: '', situation: '', text: 'cv' }, makeQuery('cv', aliases)).map((q) => q.id)).toEqual(['a', 'b']);
  });

  test("without aliases only the reader's own words match", () => {
    expect(filterBank(bank, { category: '', situation: '', text: 'cv' }).map((q) => q.id)).toEqual(['a']);
  });
});
