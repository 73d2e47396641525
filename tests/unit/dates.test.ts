import { describe, expect, test } from 'vitest';
import { addDays, daysBetween, relativeDay, todayIn } from '../../src/lib/planner/dates.ts';

describe('calendar dates', () => {
  test.each([
    ['2025-01-31', 1, '2025-02-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2025-12-31', 1, '2026-01-01'],
    // Across the clock changes in Europe and the US the answer is still whole days.
    ['2025-03-28', 7, '2025-04-04'],
    ['2025-10-24', 7, '2025-10-31'],
    ['2025-11-01', 7, '2025-11-08'],
  ])('%s plus %i days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });

  test('today depends on the reader’s time zone', () => {
    // 23:30 UTC on 31 March is already 1 April in Auckland and still 31 March in Los Angeles.
    const now = new Date('2025-03-31T23:30:00Z');
    expect(todayIn(now, 'UTC')).toBe('2025-03-31');
    expect(todayIn(now, 'Pacific/Auckland')).toBe('2025-04-01');
    expect(todayIn(now, 'America/Los_Angeles')).toBe('2025-03-31');
    expect(todayIn(new Date('2025-04-01T06:59:00Z'), 'America/Los_Angeles')).toBe('2025-03-31');
  });

  test.each([
    ['2025-03-31', 'today'],
    ['2025-04-01', 'tomorrow'],
    ['2025-03-30', 'yesterday'],
    ['2025-04-05', 'in 5 days'],
    ['2025-03-21', '10 days ago'],
  ])('%s is %s', (date, phrase) => {
    expect(relativeDay(date, '2025-03-31')).toBe(phrase);
  });
});
