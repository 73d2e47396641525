import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { reviewedQuestionPairs } from '../../src/data/question-pairs-reviewed';
import { contentWords, findNearDuplicates, NEAR_DUPLICATE_THRESHOLD, similarity } from '../../src/lib/question-similarity';
import { splitFrontmatter } from '../../scripts/lib/synthetic-content';

const q = (id: string, text: string) => ({ id, text, filePath: `content/questions/${id}.mdx` });

describe('contentWords', () => {
  test('drops function words and words every question uses, and joins plurals and synonyms', () => {
    expect([...contentWords("What's the salary range for people starting out in this field?")].sort()).toEqual(['pay', 'range']);
    expect(contentWords('Which skills matter?')).toEqual(contentWords('Which skill matters?'));
  });
});

describe('similarity', () => {
  test('is 1 for the same words and 0 for none shared', () => {
    expect(similarity('How do you keep your skills current?', 'How do you keep your skills current?').score).toBe(1);
    expect(similarity('What tools do you use?', 'Who helped you along the way?').score).toBe(0);
  });
});

describe('findNearDuplicates', () => {
  // Two questions of review 2's cluster 7, as they were worded before the merge.
  const twins = [
    q('how-has-your-job-changed', 'How has your job changed since you first started it?'),
    q('how-your-workplace-has-changed', 'How has your workplace changed since you joined?'),
  ];

  test('catches a near-duplicate, naming both ids, their files, the score and the way to allow it', () => {
    const [problem, ...rest] = findNearDuplicates(twins, []);
    expect(rest).toEqual([]);
    expect(problem).toContain('content/questions/how-has-your-job-changed.mdx "how-has-your-job-changed"');
    expect(problem).toContain('content/questions/how-your-workplace-has-changed.mdx "how-your-workplace-has-changed"');
    expect(problem).toMatch(/similarity 0\.\d+/);
    expect(problem).toContain("add { pair: ['how-has-your-job-changed', 'how-your-workplace-has-changed'], reason: '…' }");
  });

  test('passes a pair a person has reviewed, in either order', () => {
    const reviewed = [
      { pair: ['how-your-workplace-has-changed', 'how-has-your-job-changed'] as const, reason: 'One is about the job, one the workplace.' },
    ];
    expect(findNearDuplicates(twins, reviewed)).toEqual([]);
  });

  test('passes questions that share one word by chance', () => {
    expect(findNearDuplicates([q('a', 'What tools do you use most?'), q('b', 'Which tools are fading?')], [])).toEqual([]);
  });

  test('a stale reviewed entry that names a missing id fails', () => {
    const reviewed = [{ pair: ['how-has-your-job-changed', 'gone-question'] as const, reason: 'Reviewed long ago, before a merge.' }];
    expect(findNearDuplicates(twins.slice(0, 1), reviewed, 'reviewed.ts')).toEqual([
      'reviewed.ts: entry 1 [how-has-your-job-changed, gone-question]: no live question has the id "gone-question" (merged or renamed?); remove the entry',
    ]);
  });

  test('a reviewed entry needs a reason and may not repeat', () => {
    const reviewed = [
      { pair: ['how-has-your-job-changed', 'how-your-workplace-has-changed'] as const, reason: '' },
      { pair: ['how-your-workplace-has-changed', 'how-has-your-job-changed'] as const, reason: 'One is about the job, one the workplace.' },
    ];
    expect(findNearDuplicates(twins, reviewed, 'reviewed.ts')).toEqual([
      'reviewed.ts: entry 1 [how-has-your-job-changed, how-your-workplace-has-changed]: give a one-line reason why both questions stay',
      'reviewed.ts: entry 2 [how-your-workplace-has-changed, how-has-your-job-changed]: the pair is listed twice',
    ]);
  });
});

describe('the question bank', () => {
  const dir = new URL('../../content/questions/', import.meta.url);
  const bank = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((f) =>
      (splitFrontmatter(readFileSync(new URL(f, dir), 'utf8')).data as { questions: { id: string; text: string }[] }).questions.map(
        (x) => ({
          ...x,
          filePath: `content/questions/${f}`,
        }),
      ),
    );

  test('has no near-duplicates beyond the reviewed pairs, and no stale reviewed pair', () => {
    expect(findNearDuplicates(bank, reviewedQuestionPairs)).toEqual([]);
  });

  // Calibration (README "Near-duplicate questions"): pairs review 2 merged that share two or more
  // content words, with their wording before the merge. The threshold must catch each of them.
  test.each([
    ['How has your workplace changed since you joined?', 'How has your job changed since you first started it?'],
    [
      'How often do people here move between teams or roles, and how do those moves usually happen?',
      'If someone already working here wanted to move into a team like yours, how would they usually go about it?',
    ],
    [
      "I read about [a challenge your organization is facing]. How is it affecting your team's work?",
      "I saw the news that [the organization] recently [what you found]. How has that shown up in your team's work?",
    ],
    [
      "I've seen [a license or certificate] mentioned in job ads. How much does it count in practice?",
      "I've noticed [a skill or tool] in a lot of job ads lately. How much does it matter once you're actually in the job?",
    ],
    [
      'Have you worked with someone who came back after time away? What helped them settle in?',
      'What helped people you know feel confident again when they came back to work?',
    ],
    [
      'I read that your main customers are [what you found]. Is that still true, and is it changing?',
      'How are the needs of the people you serve changing?',
    ],
    ['When job ads here list a pay range, how close are real offers to it?', 'What salary range is usual for someone starting out here?'],
    [
      'Do people who switch into this field later start at entry-level pay?',
      'Do people who switch in usually start at the bottom, or can past experience let them start a level or two higher?',
    ],
  ])('the merged pair %j / %j would be flagged', (a, b) => {
    expect(similarity(a, b).score).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
    expect(findNearDuplicates([q('a', a), q('b', b)], [])).toHaveLength(1);
  });
});
