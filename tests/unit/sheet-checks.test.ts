import { describe, expect, test } from 'vitest';
import {
  asksForJob,
  asksTheirJob,
  asksToDecide,
  checkSheet,
  isReferral,
  isSensitive,
  type CheckQuestion,
} from '../../src/lib/sheet/checks.ts';

describe('asks for a job', () => {
  test.each([
    'Are you hiring at the moment?',
    'Is your company currently hiring?',
    'Do you have any openings on your team?',
    'Are there any job openings for someone like me?',
    'Are any positions available at your firm?',
    'Could you get me an interview?',
    'Would you hire me?',
    'Can you pass my CV to your manager?',
    'Could you put in a good word for me?',
    'Could you refer me for the analyst role?',
  ])('flags “%s”', (text) => expect(asksForJob(text)).toBe(true));

  test.each([
    'How did you get your first job?',
    'What do you like most about your job?',
    'What do people hiring for this role look for?',
    'What does a typical day look like for you?',
    'Who else should I talk to?',
  ])('leaves “%s” alone', (text) => expect(asksForJob(text)).toBe(false));
});

describe('asks what their job is', () => {
  test.each([
    'What do you do?',
    'So what do you do for a living?',
    'What is your job title?',
    'What’s your role?',
    'What does your company do?',
    'Where do you work?',
    'What does a product manager do?',
  ])('flags “%s”', (text) => expect(asksTheirJob(text)).toBe(true));

  test.each([
    'What do you do on a typical Monday?',
    'What is your role in hiring decisions?',
    'What does success look like in your team?',
    'How did you first get into this line of work?',
  ])('leaves “%s” alone', (text) => expect(asksTheirJob(text)).toBe(false));
});

describe('asks them to decide for you', () => {
  test.each([
    'Which career should I choose?',
    'Should I become a nurse?',
    'Should I change careers?',
    'Is this career right for me?',
    'Do you think I would be good at this?',
    'What should I do with my life?',
    'Can you tell me what to do next?',
  ])('flags “%s”', (text) => expect(asksToDecide(text)).toBe(true));

  test.each([
    'What should I learn first if I want to move into this field?',
    'If you were starting out today, what would you do differently?',
    'What skills matter most in your work?',
  ])('leaves “%s” alone', (text) => expect(asksToDecide(text)).toBe(false));
});

describe('sensitive and referral questions', () => {
  test('a bank flag marks a question sensitive whatever its words', () => {
    expect(isSensitive({ key: 'a', text: 'How are things going?', sensitive: true })).toBe(true);
  });
  test.each(['What does the salary range look like?', 'How much do people at your level make?', 'Is the pay fair?'])(
    'words about pay make “%s” sensitive',
    (text) => expect(isSensitive({ key: 'a', text })).toBe(true),
  );
  test('a bank question the bank does not flag is not judged by its words', () => {
    expect(isSensitive({ key: 'a', text: 'Do employers pay for training?', sensitive: false })).toBe(false);
  });
  test('a bank question that is not a referral is not judged by its words', () => {
    expect(isReferral({ key: 'a', text: 'Which decisions need someone else to sign off?', referral: false })).toBe(false);
  });
  test('a custom question mentioning someone else is a referral only when it asks to reach them', () => {
    expect(isReferral({ key: 'a', text: 'Which decisions need someone else to sign off?' })).toBe(false);
  });
  test('a question about the company culture is not sensitive', () => {
    expect(isSensitive({ key: 'a', text: 'How would you describe the culture?' })).toBe(false);
  });
  test.each([
    'Who else should I talk to?',
    'Is there anyone else you would suggest I speak with?',
    'Could you introduce me to a colleague?',
  ])('recognises “%s” as a referral question', (text) => expect(isReferral({ key: 'a', text })).toBe(true));
  test('a bank flag marks a referral question', () => {
    expect(isReferral({ key: 'a', text: 'May I use your name?', referral: true })).toBe(true);
  });
});

const q = (key: string, text = 'How did you get started?', extra: Partial<CheckQuestion> = {}): CheckQuestion => ({ key, text, ...extra });

describe('checkSheet', () => {
  test('an empty sheet raises nothing', () => {
    expect(checkSheet([]).size).toBe(0);
  });

  test('notes text checks on the question they are about', () => {
    const result = checkSheet([q('a'), q('b', 'Are you hiring?'), q('c', 'Who else should I talk to?')]);
    expect(result.get('b')).toEqual(['asks-for-job']);
    expect(result.has('a')).toBe(false);
  });

  test('a sheet without a referral question near the end gets a note on its last question', () => {
    const result = checkSheet([q('a'), q('b'), q('c'), q('d')]);
    expect(result.get('d')).toEqual(['no-referral-at-end']);
  });

  test('a referral question asked early does not count as near the end', () => {
    const result = checkSheet([q('r', 'Who else should I talk to?'), q('a'), q('b'), q('c'), q('d')]);
    expect(result.get('d')).toEqual(['no-referral-at-end']);
  });

  test('a referral question among the last three satisfies the check', () => {
    const result = checkSheet([q('a'), q('b'), q('c'), q('r', 'Who else should I talk to?'), q('d')]);
    expect(result.size).toBe(0);
  });

  test('a short sheet is not nagged about referrals yet', () => {
    expect(checkSheet([q('a'), q('b')]).size).toBe(0);
  });

  test('a sensitive question in the first third is flagged, later it is not', () => {
    const pay = { sensitive: true };
    const early = checkSheet([q('p', 'Pay?', pay), q('a'), q('b'), q('r', 'Who else should I talk to?')]);
    expect(early.get('p')).toEqual(['sensitive-early']);
    const late = checkSheet([q('a'), q('b'), q('p', 'Pay?', pay), q('r', 'Who else should I talk to?')]);
    expect(late.size).toBe(0);
  });

  test('custom questions are checked by their words', () => {
    const result = checkSheet([q('c1', 'What is your salary?'), q('a'), q('b'), q('r', 'Who else should I talk to?')]);
    expect(result.get('c1')).toEqual(['sensitive-early']);
  });
});
