// The builder's tips over more of the ways readers phrase a question (singular and plural, with or
// without the final "?", curly apostrophes, stray spaces), and the whole-sheet check given each tip.
import { describe, expect, test } from 'vitest';
import {
  asksForJob,
  asksTheirJob,
  asksToDecide,
  checkAdvice,
  checkSheet,
  isReferral,
  isSensitive,
  type CheckId,
} from '../../src/lib/sheet/checks.ts';

describe('asks for a job, more phrasings', () => {
  test.each([
    'Are they still hiring?',
    'Are  you   hiring?',
    'Is there a job open?',
    'Is a position available?',
    'Is an internship available?',
    'Is an opening available?',
    'Can you get me job leads?',
    'Could you refer me for analyst roles?',
    'Is the firm now hiring?',
    'Is your design team hiring?',
    'Any vacancies?',
    'Have you got openings?',
    'Got any open vacancies?',
    'Is the role open?',
    'Is there a vacancy available?',
    'Any internships available this summer?',
    'Could you give me a job?',
    'Can you find me a placement?',
    'Would you offer me an internship?',
    'Could you employ me?',
    'Would your team take on me?',
    'Could you forward my resume?',
    'Would you pass along my application?',
    'Could you send on my resume?',
    'Could you put in a word for me?',
    'Would you recommend me for a role?',
    'Could you refer me to the senior data analyst positions?',
  ])('flags “%s”', (text) => expect(asksForJob(text)).toBe(true));

  test.each([
    'Could you refer me for a very senior data analyst role?',
    'What is hiring like in your field?',
    'What roles are there in a team like yours?',
    'How did you find your first placement?',
  ])('leaves “%s” alone', (text) => expect(asksForJob(text)).toBe(false));
});

describe('asks what their job is, more phrasings', () => {
  test.each([
    'What exactly do you do?',
    'What do you do exactly?',
    'What do you do for work?',
    'What do you do there?',
    'What do you do at Acme Corp?',
    'What do you do',
    'What do you do ?',
    'What do you do?!  ',
    'What is your position?',
    'What is your job ?',
    'What’s your profession.',
    'What is your line of work',
    'What does your organization do?',
    'What does your organisation do all day?',
    'Who do you work for?',
    'What does an rn do?',
    'What does an archivist do',
    'What does a nurse do ?',
    'What do a nurse and a midwife do?',
  ])('flags “%s”', (text) => expect(asksTheirJob(text)).toBe(true));

  test.each([
    'What do you do when a project fails?',
    'What does a nurse do on night shifts?',
    'What is your title based on?',
    'What does a x do?',
    `What does a ${'very '.repeat(8)}long title do?`,
    'What do you do? And why?',
  ])('leaves “%s” alone', (text) => expect(asksTheirJob(text)).toBe(false));
});

describe('asks them to decide, more phrasings', () => {
  test.each([
    'Which careers should I consider?',
    'What major should I pick?',
    'Should I go into law?',
    'Should I pursue a PhD?',
    'Should I switch?',
    'Should I change career?',
    'Should I change field?',
    'Should I change path?',
    'Should I quit?',
    'Should I leave my job?',
    'Should I take this job?',
    'Would it be right for me?',
    'Would that role be a good fit for me?',
    'Is it good for me?',
    'Do you think I’d fit in?',
    'Do you think I could make it?',
    'Do you think I have what it takes?',
    'Do you think I’m suited to it? Do you think I succeed here?',
    'What should I do with my career?',
    'Can you tell me which path to take?',
    'Could you pick my career?',
    'Can you decide for me?',
  ])('flags “%s”', (text) => expect(asksToDecide(text)).toBe(true));

  test.each(['Should I bring anything to our call?', 'Is this a good time for me to call?', 'Which path did you take?'])(
    'leaves “%s” alone',
    (text) => expect(asksToDecide(text)).toBe(false),
  );
});

describe('sensitive and referral words, more phrasings', () => {
  test.each([
    'What are salaries like?',
    'How are you paid?',
    'What do juniors earn?',
    'What does a senior earn? What earns the most?',
    'Is earning more the aim?',
    'Is the income steady?',
    'What is the wage?',
    'Are wages rising?',
    'How does compensation work?',
    'Is there a bonus?',
    'Is there money in it?',
    'How much does a designer make?',
  ])('“%s” is sensitive', (text) => expect(isSensitive({ key: 'a', text })).toBe(true));

  test.each([
    'Is there anybody else I could speak to?',
    'Who else could I contact?',
    'Is there someone else I should meet?',
    'Are there other people I could reach out to?',
    'Who else could I learn from?',
    'Anyone else you would recommend?',
    'Would you be open to an introduction?',
    'Do you give referrals?',
    'Could I ask you for a referral?',
    'Could you refer me to a colleague?',
  ])('“%s” asks for someone to talk to', (text) => expect(isReferral({ key: 'a', text })).toBe(true));

  test('a referral word on its own is not enough', () => {
    expect(isReferral({ key: 'a', text: 'Who else is on the team?' })).toBe(false);
  });
});

const q = (key: string, text = 'How did you get started?', extra = {}) => ({ key, text, ...extra });
const ask = { referral: true };

describe('the whole-sheet check', () => {
  test.each([
    ['What do you do?', 'asks-their-job'],
    ['Should I become a nurse?', 'decide-for-me'],
    ['Are you hiring?', 'asks-for-job'],
  ] as const)('notes “%s” with its tip, wherever it sits', (text, id) => {
    const sheet = [q('a'), q('b'), q('x', text), q('r', 'Who else should I talk to?')];
    expect(checkSheet(sheet)).toEqual(new Map([['x', [id]]]));
  });

  test('a question that breaks several tips gets each, in a steady order', () => {
    const result = checkSheet([
      q('x', 'What is your salary, are you hiring, and should I quit?'),
      q('a'),
      q('b', 'Who else should I talk to?'),
    ]);
    expect(result.get('x')).toEqual(['asks-for-job', 'decide-for-me', 'sensitive-early']);
  });

  test('the first third counts up, so the second of four questions is still early', () => {
    const sheet = [q('a'), q('p', 'Pay?', { sensitive: true }), q('b'), q('r', 'Who else?', ask)];
    expect(checkSheet(sheet).get('p')).toEqual(['sensitive-early']);
    const three = [q('a'), q('p', 'Pay?', { sensitive: true }), q('r', 'Who else?', ask)];
    expect(checkSheet(three).size).toBe(0);
  });

  test('the referral check looks at the last three questions, not the first', () => {
    expect(checkSheet([q('a'), q('b'), q('r', 'Who else?', ask), q('c'), q('d')]).size).toBe(0);
    expect(checkSheet([q('a'), q('b'), q('r', 'Who else?', ask), q('c'), q('d'), q('e')]).get('e')).toEqual(['no-referral-at-end']);
  });

  test('three questions are enough for the referral check to speak', () => {
    expect(checkSheet([q('a'), q('b'), q('c')]).get('c')).toEqual(['no-referral-at-end']);
  });
});

describe('the advice shown with each tip', () => {
  const ids: CheckId[] = ['asks-for-job', 'asks-their-job', 'decide-for-me', 'no-referral-at-end', 'sensitive-early'];
  test.each([
    ['asks-for-job', /not asking for one; ask for their advice and experience instead\.$/],
    ['asks-their-job', /^This asks what their job is.*Do that research first/],
    ['decide-for-me', /^This asks them to decide your career for you\. .*let the choice stay yours\.$/],
    ['no-referral-at-end', /^Close by asking who else you could talk to.*how one conversation leads to the next\.$/],
    ['sensitive-early', /^This touches something personal, such as pay\. It lands better later on/],
  ] as const)('%s says what to do instead', (id, words) => expect(checkAdvice[id]).toMatch(words));

  test('the question the referral tip suggests passes the check it is offered for', () => {
    const example = /“(.+)”/.exec(checkAdvice['no-referral-at-end'])![1]!;
    expect(isReferral({ key: 'x', text: example })).toBe(true);
    expect(
      ids.filter((id) =>
        checkSheet([q('a'), q('b'), q('x', example)])
          .get('x')
          ?.includes(id),
      ),
    ).toEqual([]);
  });
});
