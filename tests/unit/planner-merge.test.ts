import fc from 'fast-check';
import { expect, test } from 'vitest';
import { emptyPlanner } from '../../src/lib/planner/document.ts';
import { differsFrom, mergePlanners } from '../../src/lib/planner/merge.ts';
import * as ops from '../../src/lib/planner/ops.ts';
import { plannerArb } from './planner-arbitraries';
import { personFields as fields } from '../../scripts/lib/planner-fixtures.ts';

const t = (minute: number) => `2025-04-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
const start = ops.addPerson(ops.addPerson(emptyPlanner(), fields('Ada'), t(0), { person: 'a', conversation: 'ca' }), fields('Ben'), t(0), {
  person: 'b',
  conversation: 'cb',
});

test('keeps edits to different people made in two tabs', () => {
  const tab1 = ops.updatePerson(start, 'a', fields('Ada Okafor'), t(1));
  const tab2 = ops.updatePerson(start, 'b', fields('Ben Park'), t(2));
  const merged = mergePlanners(tab1, tab2);
  expect(merged.people.map((p) => p.name)).toEqual(['Ada Okafor', 'Ben Park']);
  expect(mergePlanners(tab2, tab1).people).toEqual(merged.people);
});

test('the later edit of the same person wins', () => {
  const tab1 = ops.updatePerson(start, 'a', fields('Ada One'), t(1));
  const tab2 = ops.updatePerson(start, 'a', fields('Ada Two'), t(2));
  expect(mergePlanners(tab1, tab2).people[0]!.name).toBe('Ada Two');
  expect(mergePlanners(tab2, tab1).people[0]!.name).toBe('Ada Two');
});

test('a delete in one tab is not undone by the other tab’s older copy', () => {
  const deleted = ops.deletePerson(start, 'a', t(3));
  const merged = mergePlanners(start, deleted);
  expect(merged.people.map((p) => p.id)).toEqual(['b']);
  expect(merged.conversations.map((c) => c.id)).toEqual(['cb']);
});

test('an edit made after a delete brings the person back', () => {
  const deleted = ops.deletePerson(start, 'a', t(3));
  const edited = ops.updatePerson(start, 'a', fields('Ada again'), t(4));
  expect(mergePlanners(deleted, edited).people.map((p) => p.name)).toEqual(['Ada again', 'Ben']);
});

test('drops a conversation added in one tab to a person deleted in the other', () => {
  const deleted = ops.deletePerson(start, 'a', t(3));
  const added = ops.addConversation(start, 'a', t(4), 'ca2');
  expect(mergePlanners(added, deleted).conversations.map((c) => c.id)).toEqual(['cb']);
});

test('the later profile wins', () => {
  const mine = ops.updateProfile(start, { ...start.profile, myName: 'Sam' }, t(5));
  expect(mergePlanners(mine, start).profile.myName).toBe('Sam');
  expect(mergePlanners(start, mine).profile.myName).toBe('Sam');
});

test('says when the merged data must be written back', () => {
  const tab1 = ops.updatePerson(start, 'a', fields('Ada One'), t(1));
  expect(differsFrom(mergePlanners(tab1, start), start)).toBe(true);
  expect(differsFrom(mergePlanners(start, tab1), tab1)).toBe(false);
});

test('merging is idempotent and both tabs end up with the same records', () => {
  fc.assert(
    fc.property(plannerArb, plannerArb, (a, b) => {
      const ab = mergePlanners(a, b);
      expect(mergePlanners(ab, b)).toEqual(ab);
      const ba = mergePlanners(b, a);
      const byId = (xs: { id: string }[]) => [...xs].sort((x, y) => x.id.localeCompare(y.id));
      // Ties (same id, same updatedAt, different content) cannot happen between real tabs.
      fc.pre(a.people.every((p) => !b.people.some((q) => q.id === p.id)));
      expect(byId(ba.people)).toEqual(byId(ab.people));
      expect(differsFrom(ab, ba)).toBe(false);
    }),
    { numRuns: 200 },
  );
});
