import { describe, expect, test } from 'vitest';
import { countTicked, parseTicks, setTick } from '../../src/lib/checklist-ticks';

describe('parseTicks', () => {
  test('reads nothing saved as no ticks', () => {
    expect(parseTicks(null)).toEqual({ ticks: {}, ok: true });
  });

  test('reads saved ticks', () => {
    expect(parseTicks('{"find-people":["a","b"]}')).toEqual({ ticks: { 'find-people': ['a', 'b'] }, ok: true });
  });

  test.each(['not json', '[1,2]', '42', 'null', '"text"'])('flags %s as unreadable without throwing', (raw) => {
    expect(parseTicks(raw)).toEqual({ ticks: {}, ok: false });
  });

  test('keeps the readable steps and flags the rest', () => {
    expect(parseTicks('{"a":["x"],"b":"oops","c":[1]}')).toEqual({ ticks: { a: ['x'] }, ok: false });
  });
});

test('ticking and unticking changes only that item', () => {
  const once = setTick({ a: ['x'] }, 'a', 'y', true);
  expect(once).toEqual({ a: ['x', 'y'] });
  expect(setTick(once, 'a', 'x', false)).toEqual({ a: ['y'] });
  expect(setTick(once, 'b', 'z', true)).toEqual({ a: ['x', 'y'], b: ['z'] });
});

test('counting ignores ticks for items a step no longer has', () => {
  expect(countTicked({ a: ['x', 'gone'] }, 'a', ['x', 'y'])).toBe(1);
  expect(countTicked({}, 'a', ['x'])).toBe(0);
});
