// Every status, format, one-click step and reminder reads as words of its own: a button or badge
// with an empty label has no accessible name, and two states that read alike cannot be told apart
// (the reminders' state is never shown by colour alone).
import { describe, expect, test } from 'vitest';
import { dueLabels, dueStateLabels, formatLabels, stepLabels, statusLabels } from '../../src/lib/planner/labels.ts';
import type { StepAction } from '../../src/lib/planner/ops.ts';
import type { DueKind, DueState } from '../../src/lib/planner/reminders.ts';
import { formats, statuses } from '../../src/lib/planner/values.ts';

const steps = [
  'ask',
  'nudge',
  'confirm',
  'done',
  'thank',
  'update',
  'decline',
  'no-reply',
  'reopen',
] as const satisfies readonly StepAction[];
const dueKinds = ['confirm', 'thank-you', 'update', 'nudge'] as const satisfies readonly DueKind[];
const dueStates = ['upcoming', 'due', 'overdue'] as const satisfies readonly DueState[];

describe.each([
  ['status', statusLabels, statuses],
  ['format', formatLabels, formats],
  ['one-click step', stepLabels, steps],
  ['reminder', dueLabels, dueKinds],
  ['reminder state', dueStateLabels, dueStates],
] as [string, Record<string, string>, readonly string[]][])('each %s', (_name, labels, values) => {
  test('has a label, and nothing else does', () => {
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
  });

  test('reads as words, with nothing to trim', () => {
    for (const value of values) expect(labels[value], value).toMatch(/^\S(.*\S)?$/);
  });

  test('reads differently from every other', () => {
    const texts = values.map((v) => labels[v]!.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });
});

test('a status reads the same in the planner, its exports and its reminders', () => {
  // The spreadsheet export and the cards show these words; the hostile-input browser test reads
  // "Scheduled" from the CSV, so a change here is a change readers see in files they keep.
  expect(statusLabels.scheduled).toBe('Scheduled');
  expect(formatLabels.video).toBe('Video call');
  expect(dueStateLabels.overdue).toBe('Overdue');
});
