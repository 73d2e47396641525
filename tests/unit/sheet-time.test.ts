import { describe, expect, test } from 'vitest';
import { estimateMinutes, HELLO_AND_WRAP_UP, overBudget } from '../../src/lib/sheet/time.ts';
import type { Part } from '../../src/schemas/question';

describe('estimateMinutes', () => {
  test('an empty sheet takes no time', () => {
    expect(estimateMinutes([])).toBe(0);
  });

  test('adds hello and wrap-up to each question’s minutes', () => {
    expect(estimateMinutes(['core'])).toBe(Math.ceil(HELLO_AND_WRAP_UP + 2.5));
  });

  test('rounds part minutes up', () => {
    expect(estimateMinutes(['opening'])).toBe(6);
  });

  test('ten questions of a typical mix fit 25 minutes', () => {
    const parts: Part[] = ['opening', 'opening', ...Array<Part>(6).fill('core'), 'closing', 'closing'];
    expect(estimateMinutes(parts)).toBe(25);
  });
});

describe('overBudget', () => {
  test('within budget there is nothing to cut', () => {
    expect(overBudget(25, 30)).toEqual({ over: 0, cut: 0 });
  });

  test('says how many minutes over and how many questions to cut', () => {
    expect(overBudget(26, 20)).toEqual({ over: 6, cut: 3 });
  });
});
