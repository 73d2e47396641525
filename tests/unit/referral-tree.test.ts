import { expect, test } from 'vitest';
import { referralRows } from '../../src/lib/planner/on-demand/referral-tree.ts';
import type { Person } from '../../src/schemas/planner';
import { person } from '../../scripts/lib/planner-fixtures.ts';

const p = (id: string, referredBy: string | null = null) => person(id, id.toUpperCase(), { referredBy });
const shape = (people: Person[]) => referralRows(people).map((r) => `${'  '.repeat(r.depth)}${r.person.id}${r.note ? ` (${r.note})` : ''}`);

test('puts each person under who referred them, in list order', () => {
  expect(shape([p('a'), p('b', 'a'), p('c', 'b'), p('d', 'a'), p('e')])).toEqual(['a', '  b', '    c', '  d', 'e']);
});

test('records each row’s parent row', () => {
  expect(referralRows([p('a'), p('b', 'a'), p('c', 'b')]).map((r) => r.parent)).toEqual([null, 0, 1]);
});

test('puts someone whose referrer is gone at the top, with a note', () => {
  expect(shape([p('a', 'gone'), p('b', 'a')])).toEqual(['a (missing-referrer)', '  b']);
});

test('treats referring oneself as no referral', () => {
  expect(shape([p('a', 'a')])).toEqual(['a']);
});

test('cuts a referral loop instead of looping forever', () => {
  expect(shape([p('a', 'c'), p('b', 'a'), p('c', 'b'), p('d')])).toEqual(['d', 'a (cycle)', '  b', '    c']);
});

test('shows everyone exactly once', () => {
  const people = [p('a', 'b'), p('b', 'a'), p('c', 'a'), p('d', 'zzz'), p('e', 'd')];
  const rows = referralRows(people);
  expect(rows.map((r) => r.person.id).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
});

test('handles a chain of a thousand referrals without overflowing the stack', () => {
  const chain = Array.from({ length: 1000 }, (_, i) => p(`p${i}`, i === 0 ? null : `p${i - 1}`));
  const rows = referralRows(chain);
  expect(rows).toHaveLength(1000);
  expect(rows[999]!.depth).toBe(999);
});
