import { expect, test } from 'vitest';
import { clockState, formatClock, phaseMessage, wrapUpSeconds } from '../../src/lib/companion/talk-clock.ts';

test.each([
  [0, 30, 'running', 1800],
  [1529, 30, 'running', 271],
  [1530, 30, 'near-end', 270],
  [1800, 30, 'over', 0],
  [1900, 30, 'over', -100],
  [780, 15, 'near-end', 120],
])('after %is of %i minutes the clock is %s with %is left', (elapsed, minutes, phase, left) => {
  expect(clockState(elapsed, minutes)).toEqual({ phase, left });
});

test('wrapping up starts at 15% of the budget, never under two minutes', () => {
  expect(wrapUpSeconds(45)).toBe(405);
  expect(wrapUpSeconds(10)).toBe(120);
});

test('formats the clock as minutes and seconds', () => {
  expect(formatClock(605)).toBe('10:05');
  expect(formatClock(-61)).toBe('−1:01');
});

test('says in words what to do near and after the end', () => {
  expect(phaseMessage('near-end', 250)).toBe('About 4 minutes left: start wrapping up to end on time.');
  expect(phaseMessage('over', 0)).toContain('end on time');
  expect(phaseMessage('running', 900)).toBe('');
});
