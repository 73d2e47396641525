import { describe, expect, test } from 'vitest';
import { todayIn } from '../../src/lib/planner/dates.ts';
import { blankConversation } from '../../src/lib/planner/ops.ts';
import { dueItems, reminderFor } from '../../src/lib/planner/reminders.ts';
import type { Conversation } from '../../src/schemas/planner';
import { person as personRecord, STAMP as stamp } from '../../scripts/lib/planner-fixtures.ts';

const person = personRecord('p', 'Ada');
const talk = (patch: Partial<Conversation>): Conversation => ({ ...blankConversation('c', 'p', stamp), ...patch });
const state = (c: Conversation, today: string) => {
  const item = reminderFor(c, today);
  return item && `${item.kind}:${item.state}`;
};

describe('confirming the day before', () => {
  const c = talk({ status: 'scheduled', scheduledDate: '2025-04-10', scheduledTime: '09:00' });
  test.each([
    ['2025-04-01', 'confirm:upcoming'],
    ['2025-04-08', 'confirm:upcoming'],
    ['2025-04-09', 'confirm:due'],
    // On the day itself it is late but still worth doing.
    ['2025-04-10', 'confirm:overdue'],
    ['2025-04-11', null],
  ])('on %s: %s', (today, expected) => {
    expect(state(c, today)).toBe(expected);
  });

  test('stops once confirmed', () => {
    expect(state({ ...c, confirmedOn: '2025-04-09' }, '2025-04-09')).toBeNull();
  });

  test('needs a date', () => {
    expect(state({ ...c, scheduledDate: null }, '2025-04-09')).toBeNull();
  });
});

describe('the thank-you', () => {
  const c = talk({ status: 'done', doneOn: '2025-04-10' });
  test.each([
    ['2025-04-10', 'thank-you:due'],
    ['2025-04-16', 'thank-you:due'],
    // Day 7 is the last day it is merely due.
    ['2025-04-17', 'thank-you:due'],
    ['2025-04-18', 'thank-you:overdue'],
    ['2025-06-01', 'thank-you:overdue'],
  ])('on %s: %s', (today, expected) => {
    expect(state(c, today)).toBe(expected);
  });

  test('counts from the scheduled date when the done date is missing', () => {
    expect(reminderFor({ ...c, doneOn: null, scheduledDate: '2025-04-01' }, '2025-04-09')?.state).toBe('overdue');
  });

  test('stops once thanked', () => {
    expect(state({ ...c, thankedOn: '2025-04-11' }, '2025-04-12')).toBeNull();
  });
});

describe('keeping in touch: a first update after 4 to 6 weeks, then every 2 to 3 months', () => {
  const c = talk({ status: 'thanked', doneOn: '2025-03-01', thankedOn: '2025-03-03' });
  test.each([
    ['2025-03-30', 'update:upcoming'],
    // Week 4 after the last contact (the thank-you) opens the window...
    ['2025-03-31', 'update:due'],
    // ...and week 6 closes it.
    ['2025-04-14', 'update:due'],
    ['2025-04-15', 'update:overdue'],
  ])('on %s: %s', (today, expected) => {
    expect(state(c, today)).toBe(expected);
  });

  test('after the first update, the next is due 2 to 3 months after the latest one', () => {
    const kept = { ...c, status: 'keeping-in-touch' as const, lastUpdateOn: '2025-05-01' };
    expect(reminderFor(kept, '2025-05-10')).toMatchObject({
      from: '2025-06-30',
      by: '2025-07-30',
      state: 'upcoming',
      templateId: 'periodic-update',
    });
    expect(state(kept, '2025-07-30')).toBe('update:due');
    expect(state(kept, '2025-07-31')).toBe('update:overdue');
  });

  test('an update date older than the thank-you does not stretch the first window', () => {
    const odd = { ...c, lastUpdateOn: '2025-03-02' };
    expect(reminderFor(odd, '2025-03-10')).toMatchObject({ from: '2025-03-31', by: '2025-04-14' });
  });
});

describe('nudging an unanswered request', () => {
  const c = talk({ status: 'asked', askedOn: '2025-04-01' });
  test.each([
    ['2025-04-07', 'nudge:upcoming'],
    ['2025-04-08', 'nudge:due'],
    ['2025-04-14', 'nudge:due'],
    ['2025-04-15', 'nudge:overdue'],
  ])('on %s: %s', (today, expected) => {
    expect(state(c, today)).toBe(expected);
  });

  test('stops after one follow-up', () => {
    expect(state({ ...c, nudgedOn: '2025-04-08' }, '2025-04-20')).toBeNull();
  });

  test('suggests the one polite no-reply reminder', () => {
    expect(reminderFor(c, '2025-04-08')?.templateId).toBe('no-reply-reminder');
  });
});

test.each(['to-contact', 'declined', 'no-reply'] as const)('a conversation that is %s needs nothing', (status) => {
  expect(state(talk({ status, askedOn: '2025-01-01', doneOn: '2025-01-01' }), '2025-04-01')).toBeNull();
});

test('the same moment can be due in one time zone and not yet in another', () => {
  const c = talk({ status: 'scheduled', scheduledDate: '2025-04-02' });
  const now = new Date('2025-03-31T23:30:00Z');
  expect(state(c, todayIn(now, 'Pacific/Auckland'))).toBe('confirm:due');
  expect(state(c, todayIn(now, 'America/Los_Angeles'))).toBe('confirm:upcoming');
});

test('lists the most urgent first and skips conversations of missing people', () => {
  const data = {
    profile: { myName: '', fields: [], interests: [], strengths: [], values: [], updatedAt: null },
    people: [person],
    conversations: [
      { ...talk({ status: 'asked', askedOn: '2025-04-01' }), id: 'a' },
      { ...talk({ status: 'done', doneOn: '2025-03-01' }), id: 'b' },
      { ...talk({ status: 'done', doneOn: '2025-03-01' }), id: 'orphan', personId: 'gone' },
    ],
    deleted: [],
  };
  expect(dueItems(data, '2025-04-03').map((i) => i.key)).toEqual(['thank-you:b', 'nudge:a']);
});
