import { describe, expect, test } from 'vitest';
import { parseTicks, setTick } from '../../src/lib/checklist-ticks';
import { countTicked, readTicked } from '../../src/lib/checklist-progress';

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

test.each([null, '', 'not json', '[1,2]', '"text"', '42', 'null'])('progress reads %j as nothing ticked, without throwing', (raw) => {
  expect(countTicked(readTicked(raw), 'a', ['x'])).toBe(0);
});

test('progress counts only lists of ticked items', () => {
  const ticked = readTicked('{"a":["x","y"],"b":"x","c":{"x":true}}');
  expect(countTicked(ticked, 'a', ['x', 'y', 'z'])).toBe(2);
  expect(countTicked(ticked, 'b', ['x'])).toBe(0);
  expect(countTicked(ticked, 'c', ['x'])).toBe(0);
});
