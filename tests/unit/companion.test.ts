import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  addSuggested,
  attachQuestions,
  questionsFromSheet,
  referredBy,
  setDebrief,
  setQuestionNote,
} from '../../src/lib/companion/conversation-notes.ts';
import { referralRows } from '../../src/lib/planner/on-demand/referral-tree.ts';
import { plannerDataSchema, type PlannerData } from '../../src/schemas/planner';

const base: PlannerData = JSON.parse(readFileSync(new URL('fixtures/planner/v3.json', import.meta.url), 'utf8')).data;
const now = '2025-05-01T10:00:00.000Z';
let n = 0;
const key = () => `k${++n}`;

describe('attaching a sheet', () => {
  const sheet = [
    { text: 'What does a typical day look like?', bankId: 'typical-day' },
    { text: '  My own question  ', bankId: null },
    { text: '   ', bankId: null },
  ];

  test('copies the words and bank ids, leaving out empty questions', () => {
    expect(questionsFromSheet(sheet, key)).toEqual([
      { key: expect.any(String), bankId: 'typical-day', text: 'What does a typical day look like?', notes: '' },
      { key: expect.any(String), bankId: null, text: 'My own question', notes: '' },
    ]);
  });

  test('later edits to the sheet do not change the conversation', () => {
    const mutable = sheet.map((q) => ({ ...q }));
    const data = attachQuestions(base, 'c-ben-1', questionsFromSheet(mutable, key), 20, now);
    mutable[0]!.text = 'Changed on the sheet';
    const c = data.conversations.find((x) => x.id === 'c-ben-1')!;
    expect(c.questions[0]!.text).toBe('What does a typical day look like?');
    expect(c).toMatchObject({ minutes: 20, updatedAt: now });
    expect(plannerDataSchema.safeParse(data).success).toBe(true);
  });

  test('attaching again keeps notes already written for the same question', () => {
    const data = attachQuestions(base, 'c-ada-1', questionsFromSheet([{ text: 'Reworded', bankId: 'typical-day' }], key), 30, now);
    expect(data.conversations[0]!.questions).toEqual([
      expect.objectContaining({ text: 'Reworded', notes: 'Mornings are data cleaning; afternoons are meetings.' }),
    ]);
  });

  test("notes written under a merged question's old id stay with the question that replaced it", () => {
    const data = attachQuestions(base, 'c-ada-1', questionsFromSheet([{ text: 'New words', bankId: 'day-in-the-life' }], key), 30, now, {
      'typical-day': 'day-in-the-life',
    });
    expect(data.conversations[0]!.questions).toEqual([
      expect.objectContaining({ text: 'New words', notes: 'Mornings are data cleaning; afternoons are meetings.' }),
    ]);
  });

  test('notes follow the same words, but two different questions never share notes', () => {
    const before = attachQuestions(
      base,
      'c-ben-1',
      [
        { key: 'a', bankId: null, text: 'My own question', notes: 'mine' },
        { key: 'b', bankId: 'typical-day', text: 'Typical day?', notes: 'bank' },
      ],
      20,
      now,
    );
    const again = attachQuestions(
      before,
      'c-ben-1',
      [
        { key: 'c', bankId: null, text: 'Another own question', notes: '' },
        { key: 'd', bankId: null, text: 'My own question', notes: '' },
        { key: 'e', bankId: 'pay-range', text: 'Typical pay?', notes: '' },
        { key: 'f', bankId: 'typical-day', text: 'Reworded', notes: '' },
      ],
      20,
      now,
    );
    expect(again.conversations.find((c) => c.id === 'c-ben-1')!.questions.map((q) => q.notes)).toEqual(['', 'mine', '', 'bank']);
  });

  test('an unknown conversation changes nothing', () => {
    expect(attachQuestions(base, 'nope', [], 30, now)).toBe(base);
    expect(setQuestionNote(base, 'nope', 'q1', 'x', now)).toBe(base);
  });
});

describe('notes and debrief', () => {
  test('saves a note on one question only, and stamps the conversation', () => {
    const data = setQuestionNote(base, 'c-ada-1', 'q2', 'Through a master’s', now);
    const c = data.conversations[0]!;
    expect(c.questions.map((q) => q.notes)).toEqual(['Mornings are data cleaning; afternoons are meetings.', 'Through a master’s']);
    expect(c.updatedAt).toBe(now);
  });

  test('saves a debrief field', () => {
    expect(setDebrief(base, 'c-ada-1', 'fit', 'Good fit', now).conversations[0]!.fit).toBe('Good fit');
  });
});

describe('people they suggested', () => {
  test('become planner entries referred by this person, with a conversation to ask for', () => {
    const data = addSuggested(base, 'p-ada', { name: ' Cy Moreau ', role: 'Nurse', organisation: '', howKnown: '' }, now, {
      person: 'p-cy',
      conversation: 'c-cy',
    });
    expect(data.people.at(-1)).toMatchObject({
      id: 'p-cy',
      name: 'Cy Moreau',
      role: 'Nurse',
      referredBy: 'p-ada',
      howKnown: 'Suggested by Ada Okafor',
    });
    expect(data.conversations.at(-1)).toMatchObject({ id: 'c-cy', personId: 'p-cy', status: 'to-contact' });
    expect(referredBy(data, 'p-ada').map((p) => p.name)).toEqual(['Ben Park', 'Cy Moreau']);
    expect(referralRows(data.people).find((r) => r.person.id === 'p-cy')).toMatchObject({ depth: 1 });
    expect(plannerDataSchema.safeParse(data).success).toBe(true);
  });

  test('keep what the reader typed about them, tidied, and nothing else', () => {
    const data = addSuggested(base, 'p-ada', { name: 'Dee', role: '  Analyst ', organisation: ' Lab  ', howKnown: '  Her mentor ' }, now, {
      person: 'p-dee',
      conversation: 'c-dee',
    });
    expect(data.people.at(-1)).toEqual({
      id: 'p-dee',
      name: 'Dee',
      role: 'Analyst',
      organisation: 'Lab',
      referredBy: 'p-ada',
      howKnown: 'Her mentor',
      email: '',
      phone: '',
      profileUrl: '',
      tags: [],
      notes: '',
      createdAt: now,
      updatedAt: now,
    });
  });

  test('a blank name, or a referrer no longer in the planner, adds nobody', () => {
    expect(addSuggested(base, 'p-ada', { name: '  ', role: '', organisation: '', howKnown: '' }, now)).toBe(base);
    expect(addSuggested(base, 'p-gone', { name: 'Dee', role: '', organisation: '', howKnown: '' }, now)).toBe(base);
  });

  test('never counts a person as suggested by themselves', () => {
    const self = { ...base, people: base.people.map((p) => (p.id === 'p-ada' ? { ...p, referredBy: 'p-ada' } : p)) };
    expect(referredBy(self, 'p-ada').map((p) => p.name)).toEqual(['Ben Park']);
  });
});
