// The shapes the planner accepts for dates, times and timestamps, and the words it uses when a
// value fails: shared by the schema (import and saved data) and the quick check at start-up.
import { describe, expect, test } from 'vitest';
import { DATE_PATTERN, isRealDate, messages, TIME_PATTERN, TIMESTAMP_PATTERN } from '../../src/lib/planner/values.ts';

describe('shapes', () => {
  test.each([
    [DATE_PATTERN, ['2024-03-01'], ['x2024-03-01', '2024-03-01x', '2024-3-01', '24-03-01', '2024-03-01 ']],
    [TIME_PATTERN, ['00:00', '09:30', '23:59'], ['24:00', '9:30', '09:60', 'x09:30', '09:30x', '09:30:00']],
    [
      TIMESTAMP_PATTERN,
      ['2024-03-01T09:00:00Z', '2024-03-01T09:00:00.123Z', '2024-03-01T09:00:00.1Z'],
      ['x2024-03-01T09:00:00Z', '2024-03-01T09:00:00Zx', '2024-03-01T09:00:00.1234Z', '2024-03-01T09:00:00', '2024-03-01 09:00:00Z'],
    ],
  ] as const)('%s accepts the whole value only', (pattern, good, bad) => {
    for (const value of good) expect(pattern.test(value), value).toBe(true);
    for (const value of bad) expect(pattern.test(value), value).toBe(false);
  });

  test('a date must be a day the calendar has', () => {
    for (const real of ['2024-02-29', '2023-12-31', '2024-01-01']) expect(isRealDate(real), real).toBe(true);
    for (const unreal of ['2023-02-29', '2024-02-30', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00', '2024-01-32'])
      expect(isRealDate(unreal), unreal).toBe(false);
  });
});

test('limits are said with their number and what they count', () => {
  expect(messages.tooLong(200)).toBe('must be at most 200 characters');
  expect(messages.tooMany(50, 'tags')).toBe('must have at most 50 tags');
  expect(messages.tooMany(100)).toBe('must have at most 100 entries');
});
