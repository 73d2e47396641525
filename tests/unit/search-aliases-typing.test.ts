// The question filter while the reader is still typing: several words, the last one half typed, an
// alias word beside a literal one, and the suggestions offered when nothing matched.
import { describe, expect, test } from 'vitest';
import { makeQuery, rankGroups, stem, suggestions, type AliasList } from '../../src/lib/search-aliases';

const aliases: AliasList = {
  groups: [
    ['resume', 'CV'],
    ['ordinary day', 'typical day', 'day to day'],
    ['pressure', 'stress', 'burnout'],
  ],
  questions: {},
};
const rank = (typed: string, text: string, list = aliases) => makeQuery(typed, list).rank(text);
const resumeQuestion = 'How should I tailor my resume for each role?';

describe('several words, the last one half typed', () => {
  test('the last word matches the start of a word once the others match whole', () => {
    expect(rank('ordinary da', 'What does an ordinary day look like?')).toBe(0);
    expect(rank('tailor rol', resumeQuestion)).toBe(0);
    expect(rank('tail role', resumeQuestion)).toBe(-1);
  });

  test('only the start of a word counts, not its middle', () => {
    expect(rank('sume', resumeQuestion)).toBe(-1);
  });

  test('a half-typed word at the end of a known phrase does not stretch the phrase', () => {
    expect(rank('typical da', 'What does an ordinary day look like?')).toBe(-1);
    expect(rank('typical day', 'A typical dayshift')).toBe(-1);
    expect(rank('typical da', 'A typical day')).toBe(0);
  });

  test('an alias word beside a literal word ranks as an alias match, in either order', () => {
    expect(rank('CV role', resumeQuestion)).toBe(1);
    expect(rank('role CV', resumeQuestion)).toBe(1);
    expect(rank('CV rol', resumeQuestion)).toBe(1);
    expect(rank('CV zebra', resumeQuestion)).toBe(-1);
    expect(rank('zebra CV', resumeQuestion)).toBe(-1);
  });

  test('a three-word phrase is found through its group as a whole', () => {
    expect(rank('day to day', 'What is an ordinary day like?')).toBe(1);
    expect(rank('stress day to day', 'How much pressure is there on an ordinary day?')).toBe(1);
  });

  test('a word in two groups is found through either', () => {
    const list: AliasList = {
      groups: [
        ['pressure', 'stress'],
        ['stress', 'strain'],
      ],
      questions: {},
    };
    expect(rank('strain', 'Is there much pressure?', list)).toBe(-1);
    expect(rank('stress', 'Is there much strain?', list)).toBe(1);
    expect(rank('stress', 'Is there much pressure?', list)).toBe(1);
  });

  test('a phrase matches word by word, not as its letters run together', () => {
    const list: AliasList = { groups: [['note book', 'jotter']], questions: {} };
    expect(rank('notebook', 'Have you a jotter?', list)).toBe(-1);
    expect(rank('note book', 'Have you a jotter?', list)).toBe(1);
  });

  test("each of a question's other names counts whole", () => {
    const list: AliasList = { groups: [], questions: { q: ['CV', 'resume'] } };
    expect(makeQuery('resume', list).rank('Anything else', 'q')).toBe(1);
  });

  test('without an alias list only the words themselves match', () => {
    expect(makeQuery('resume').rank(resumeQuestion)).toBe(0);
    expect(makeQuery('CV').rank(resumeQuestion)).toBe(-1);
  });

  test('an alias made only of punctuation finds nothing', () => {
    const list: AliasList = { groups: [['CV', '!!!']], questions: {} };
    expect(rank('CV', 'Anything at all', list)).toBe(-1);
  });
});

describe('plural endings', () => {
  test.each([
    ['as', 'as'],
    ['cities', 'city'],
    ['wishes', 'wish'],
    ['matches', 'match'],
    ['classes', 'class'],
    ['taxes', 'tax'],
    ['bus', 'bus'],
    ['jobs', 'job'],
    ['shoes', 'shoe'],
    ['chest', 'chest'],
    ['lists', 'list'],
  ])('%s becomes %s', (word, want) => expect(stem(word)).toBe(want));
});

describe('suggestions when nothing matched', () => {
  test('three typed letters that start a group word suggest its group', () => {
    expect(suggestions('bur', aliases)).toEqual(['pressure', 'stress', 'burnout']);
    expect(suggestions('bu', aliases)).toEqual([]);
  });

  test('one word of a phrase, or one of the words typed, is enough', () => {
    expect(suggestions('ordi', aliases)).toEqual(['ordinary day', 'typical day', 'day to day']);
    expect(suggestions('zebra bur', aliases)).toEqual(['pressure', 'stress', 'burnout']);
    expect(suggestions('typicalday', aliases)).toEqual(['ordinary day', 'typical day', 'day to day']);
  });

  test('the letters must start the word', () => {
    expect(suggestions('out', aliases)).toEqual([]);
  });

  test('a typed word with extra letters suggests the group of a word of four letters or more', () => {
    const list: AliasList = {
      groups: [
        ['cost', 'price'],
        ['CV', 'resume'],
      ],
      questions: {},
    };
    expect(suggestions('costz', list)).toEqual(['cost', 'price']);
    expect(suggestions('cvx', list)).toEqual([]);
  });

  test('at most four, each once, across every group hit', () => {
    const list: AliasList = {
      groups: [
        ['pressure', 'stress'],
        ['stress', 'strain', 'strife', 'struggle', 'stretch'],
      ],
      questions: {},
    };
    expect(suggestions('str', list)).toEqual(['pressure', 'stress', 'strain', 'strife']);
    expect(suggestions('str', list, 2)).toEqual(['pressure', 'stress']);
    expect(suggestions('stress', list, 10)).toEqual(['pressure', 'strain', 'strife', 'struggle', 'stretch']);
  });
});

describe('ranking groups', () => {
  test('a group with no question shown goes after every group with one', () => {
    const q = (id: string) => ({ id });
    const groups = [{ questions: [q('a1')] }, { questions: [q('b1'), q('b2')] }, { questions: [q('c1')] }];
    const ranked = rankGroups(groups, [q('c1'), q('b2')]);
    expect(ranked.map((g) => g.questions.map((x) => x.id))).toEqual([['c1'], ['b2', 'b1'], ['a1']]);
    const mixed = rankGroups([{ questions: [q('x1'), q('x2')] }, { questions: [q('y1')] }], [q('x2'), q('y1')]);
    expect(mixed.map((g) => g.questions.map((x) => x.id))).toEqual([['x2', 'x1'], ['y1']]);
  });
});
