import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { journalMarkdown } from '../../src/lib/companion/journal.ts';
import type { PlannerData } from '../../src/schemas/planner';

const data: PlannerData = JSON.parse(readFileSync(new URL('fixtures/planner/v3.json', import.meta.url), 'utf8')).data;

test('the journal has the questions with their notes, the debrief and the people suggested', () => {
  const md = journalMarkdown(data, 'c-ada-1')!;
  expect(md).toMatch(/^# Conversation with Ada Okafor\n\nEpidemiologist, City Health Department · Tue, 12 Mar 2024\n/);
  expect(md).toContain('### 1. What does a typical day look like for you?\n\nMornings are data cleaning; afternoons are meetings.');
  expect(md).toContain('### 2. How did you move from nursing into epidemiology?\n\n_No notes._');
  expect(md).toContain('### What I learned\n\nField epidemiology needs statistics more than I thought.');
  expect(md).toContain('### What I will do next\n\nTake the free outbreak course.');
  expect(md).toContain('### People they suggested\n\n- Ben Park, Data analyst');
});

test('the reader’s words cannot become Markdown links or headings', () => {
  const c = {
    ...data.conversations[0]!,
    questions: [{ key: 'x', bankId: null, text: '# [click](javascript:x)', notes: 'line one\n## two' }],
  };
  const md = journalMarkdown({ ...data, conversations: [c] }, 'c-ada-1')!;
  expect(md).toContain('### 1. \\# \\[click\\](javascript:x)');
  expect(md).toContain('line one  \n\\#\\# two');
});

test('an unknown conversation has no journal', () => {
  expect(journalMarkdown(data, 'nope')).toBeNull();
});

test('a conversation with nothing written yet says so under every heading', () => {
  const person = { ...data.people[0]!, id: 'p-new', name: 'Zoe', role: '', organisation: '', referredBy: null };
  const c = {
    ...data.conversations[0]!,
    id: 'c-new',
    personId: 'p-new',
    doneOn: null,
    scheduledDate: null,
    thankedOn: null,
    questions: [],
    notes: '  \n ',
    learned: '',
    fit: ' ',
    nextStep: '',
  };
  expect(journalMarkdown({ ...data, people: [person], conversations: [c] }, 'c-new')).toBe(
    [
      '# Conversation with Zoe',
      '## Questions and notes',
      '_No questions attached._',
      '## Debrief',
      '### What I learned',
      '_Not written yet._',
      '### How it fits my interests, strengths and values',
      '_Not written yet._',
      '### What I will do next',
      '_Not written yet._',
      '### People they suggested',
      '_Nobody yet._',
    ].join('\n\n') + '\n',
  );
});

test('a full record: the day it happened, other notes line by line, each person suggested, and the thank-you', () => {
  const people = [
    { ...data.people[0]!, id: 'p1', name: 'Ada', role: 'Nurse', organisation: '', referredBy: null },
    { ...data.people[0]!, id: 'p2', name: 'Ben', role: '', organisation: 'Clinic', referredBy: 'p1' },
    { ...data.people[0]!, id: 'p3', name: 'Cy', role: 'Analyst', organisation: 'Lab', referredBy: 'p1' },
  ];
  const c = {
    ...data.conversations[0]!,
    id: 'c1',
    personId: 'p1',
    doneOn: '2024-03-12',
    scheduledDate: '2024-03-10',
    thankedOn: '2024-03-13',
    questions: [{ key: 'k', bankId: null, text: 'Why?', notes: '  Because.\r\nAnd more.  ' }],
    notes: 'Parking *was* hard\nBring ID',
    learned: 'A lot',
    fit: 'Well',
    nextStep: 'Apply',
  };
  expect(journalMarkdown({ ...data, people, conversations: [c] }, 'c1')).toBe(
    [
      '# Conversation with Ada',
      'Nurse · Tue, 12 Mar 2024',
      '## Questions and notes',
      '### 1. Why?',
      'Because.  \nAnd more.',
      '## Other notes',
      'Parking \\*was\\* hard  \nBring ID',
      '## Debrief',
      '### What I learned',
      'A lot',
      '### How it fits my interests, strengths and values',
      'Well',
      '### What I will do next',
      'Apply',
      '### People they suggested',
      '- Ben, Clinic\n- Cy, Analyst, Lab',
      'Thank-you sent Wed, 13 Mar 2024.',
    ].join('\n\n') + '\n',
  );
  // Planned but not yet held: the planned day; neither: no date line beyond the role.
  expect(journalMarkdown({ ...data, people, conversations: [{ ...c, doneOn: null }] }, 'c1')).toContain('\n\nNurse · Sun, 10 Mar 2024\n\n');
  const undated = journalMarkdown({ ...data, people, conversations: [{ ...c, doneOn: null, scheduledDate: null }] }, 'c1')!;
  expect(undated.split('\n\n')[1]).toBe('Nurse');
});

test('a conversation whose person is gone has no journal', () => {
  expect(journalMarkdown({ ...data, people: [] }, 'c-ada-1')).toBeNull();
});
