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
