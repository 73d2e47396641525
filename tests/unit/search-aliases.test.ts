import { describe, expect, test } from 'vitest';
import { makeQuery, stem, suggestions, toWords, type AliasList } from '../../src/lib/search-aliases';
import { findSearchAliasProblems, toAliasList } from '../../src/lib/search-alias-checks';
import { aliasWordsFor } from '../../src/lib/search-alias-words';
import { searchAliasSchema } from '../../src/schemas/search-alias';

const aliases: AliasList = {
  groups: [
    ['resume', 'CV'],
    ['ordinary day', 'typical day', 'day to day'],
    ['pressure', 'stress', 'burnout'],
    ['work-life balance', 'outside work'],
  ],
  questions: { 'work-life-balance': ['work-life balance'] },
};
const rank = (typed: string, text: string, id?: string) => makeQuery(typed, aliases).rank(text, id);

describe('the question matcher', () => {
  test('matches every word typed, in any order', () => {
    expect(rank('day ordinary', 'What does an ordinary day look like?')).toBe(0);
    expect(rank('ordinary night', 'What does an ordinary day look like?')).toBe(-1);
  });

  test.each([
    ['case', 'RESUME', 'Would you look over my resume?'],
    ['accents', 'résumé', 'Would you look over my resume?'],
    ['punctuation', 'resume?!', 'Would you look over my resume?'],
    ['plurals', 'resumes', 'Would you look over my resume?'],
    ['plurals in the text', 'question', 'Which questions do people ask?'],
    ['-ies plurals', 'salary', 'How do salaries grow here?'],
  ])('ignores %s', (_, typed, text) => {
    expect(rank(typed, text)).toBe(0);
  });

  test('matches the start of the last word while the reader types', () => {
    expect(rank('resu', 'Would you look over my resume?')).toBe(0);
    expect(rank('resu over', 'Would you look over my resume?')).toBe(-1);
  });

  test('finds a word through its alias group, ranked after the reader-word matches', () => {
    expect(rank('CV', 'Would you look over my resume?')).toBe(1);
    expect(rank('burnout', 'How much pressure comes with the work?')).toBe(1);
  });

  test('expands a typed phrase as a whole', () => {
    expect(rank('typical day', 'What does an ordinary day or week look like for you?')).toBe(1);
    expect(rank('typical day', 'What does a typical day look like?')).toBe(0);
  });

  test("a question's other names count as its words, through aliases", () => {
    expect(rank('work-life balance', 'How do people here make room for their lives outside work?', 'work-life-balance')).toBe(1);
    expect(rank('work-life balance', 'How do people here make room for their lives outside work?')).toBe(1);
    expect(rank('work-life balance', 'What tools do you use?', 'work-life-balance')).toBe(1);
    expect(rank('work-life balance', 'What tools do you use?', 'another-question')).toBe(-1);
  });

  test('nothing typed matches everything', () => {
    expect(makeQuery('  ', aliases).empty).toBe(true);
    expect(makeQuery('', aliases).rank('anything')).toBe(0);
  });

  test('stems only simple plurals', () => {
    expect(['stress', 'business', 'status', 'analysis', 'boxes', 'notes', 'days'].map(stem)).toEqual([
      'stress',
      'business',
      'status',
      'analysis',
      'box',
      'note',
      'day',
    ]);
    expect(toWords('Day-to-day, CVs & Résumés')).toEqual(['day', 'to', 'day', 'cv', 'resume']);
  });

  test('suggests other words from the groups when nothing matched', () => {
    expect(suggestions('burnout', aliases)).toEqual(['pressure', 'stress']);
    expect(suggestions('zzz', aliases)).toEqual([]);
    expect(suggestions('burnoutt', aliases)).toEqual(['pressure', 'stress', 'burnout']);
  });
});

describe('the alias list', () => {
  const words = new Set(toWords('Would you look over my resume? What does an ordinary day look like?'));
  const parse = (entry: unknown) => searchAliasSchema.parse(entry);

  test('a group must have two words, and no word may be empty', () => {
    expect(() => parse({ id: 'x', words: ['alone'] })).toThrow(/at least two words/);
    expect(() => parse({ id: 'x', words: ['one', '  '] })).toThrow(/must not be empty/);
    expect(() => parse({ id: 'x', words: [] })).toThrow(/at least one word/);
    expect(() => parse({ id: 'x', words: ['a', 'b'], extra: 1 })).toThrow();
  });

  test('fails on a group that names no word the handbook uses, naming the file and entry', () => {
    const problems = findSearchAliasProblems(
      'content/search-aliases.yaml',
      [parse({ id: 'ghost', words: ['zebra', 'quagga'] }), parse({ id: 'cv', words: ['CV', 'resume'] })],
      words,
      new Set(),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^content\/search-aliases\.yaml: entry "ghost", field "words": none of "zebra", "quagga"/),
    ]);
  });

  test("fails on a question's other names when the question does not exist", () => {
    const entry = parse({ id: 'q', question: 'no-such-question', words: ['x'] });
    expect(findSearchAliasProblems('f.yaml', [entry], words, new Set(['typical-day']))).toEqual([
      'f.yaml: entry "q", field "question": no question has the id "no-such-question"',
    ]);
  });

  test('becomes groups and per-question words for the browser', () => {
    expect(
      toAliasList([parse({ id: 'a', words: ['CV', 'resume'] }), parse({ id: 'b', question: 'typical-day', words: ['daily routine'] })]),
    ).toEqual({
      groups: [['CV', 'resume']],
      questions: { 'typical-day': ['daily routine'] },
    });
  });
});

describe('alias words for the site search index', () => {
  test("adds a group's other members when the text uses one, and a question's own names if it has any", () => {
    expect(aliasWordsFor('Would you look over my resume?', aliases)).toEqual(['CV']);
    expect(aliasWordsFor('How do people here make room for their lives?', aliases, 'work-life-balance')).toEqual(['work-life balance']);
    expect(aliasWordsFor('Nothing related here', aliases)).toEqual([]);
    expect(aliasWordsFor('Would you look over my resume?', aliases, 'typical-day')).toEqual(['CV']);
  });

  test('a phrase counts only when the text has every one of its words', () => {
    expect(aliasWordsFor('What does a typical week look like?', aliases)).toEqual([]);
    expect(aliasWordsFor('A typical day at work', aliases)).toEqual(['ordinary day', 'day to day']);
  });

  test('other phrases that share a word with the text are still added; only those the text has in full are not', () => {
    expect(aliasWordsFor('What does an ordinary day look like?', aliases)).toEqual(['typical day', 'day to day']);
    expect(aliasWordsFor('From day to day, what is an ordinary day like?', aliases)).toEqual(['typical day']);
  });

  test("the list's phrases are split into words once, however many texts the build indexes with it", () => {
    let reads = 0;
    const counted: AliasList = {
      get groups() {
        reads++;
        return aliases.groups;
      },
      questions: aliases.questions,
    };
    expect(aliasWordsFor('Would you look over my resume?', counted)).toEqual(['CV']);
    expect(aliasWordsFor('How much stress comes with the work?', counted)).toEqual(['pressure', 'burnout']);
    expect(aliasWordsFor('Nothing related here', counted)).toEqual([]);
    expect(reads).toBe(1);
  });
});

describe('ranking the bank by the filter', () => {
  test('categories and questions whose own words match come first; the rest keep their order at the end', async () => {
    const { rankGroups } = await import('../../src/lib/search-aliases');
    const q = (id: string) => ({ id });
    const groups = [
      { name: 'a', questions: [q('a1'), q('a2')] },
      { name: 'b', questions: [q('b1'), q('b2'), q('b3')] },
    ];
    const ranked = rankGroups(groups, [q('b3'), q('a2')]);
    expect(ranked.map((g) => g.name)).toEqual(['b', 'a']);
    expect(ranked[0]!.questions.map((x) => x.id)).toEqual(['b3', 'b1', 'b2']);
    expect(ranked[1]!.questions.map((x) => x.id)).toEqual(['a2', 'a1']);
  });
});
