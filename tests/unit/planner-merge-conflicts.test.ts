// Two tabs that changed the same records since they last agreed: the case the merge exists for.
// The property draws both tabs from one shared planner, so their ids overlap, and checks the merge
// against a plain statement of the rule (latest version wins, a later delete removes it).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { emptyPlanner } from '../../src/lib/planner/document.ts';
import { differsFrom, mergePlanners } from '../../src/lib/planner/merge.ts';
import * as ops from '../../src/lib/planner/ops.ts';
import type { PlannerData, Tombstone } from '../../src/schemas/planner.ts';
import { personFields as fields } from '../../scripts/lib/planner-fixtures.ts';

const stamp = (second: number) => new Date(Date.UTC(2025, 3, 1, 10) + second * 1000).toISOString();
const ids = ['p0', 'p1', 'p2', 'p3'];
const shared = ids.reduce(
  (d, id) => ops.addPerson(d, fields(`Name ${id}`), stamp(0), { person: id, conversation: `c-${id}` }),
  emptyPlanner(),
);

type Action =
  { kind: 'edit' | 'delete' | 'talk' | 'add-talk'; id: string } | { kind: 'delete-talk'; id: string } | { kind: 'profile'; name: string };
const actionArb: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('edit' as const, 'delete' as const, 'talk' as const, 'add-talk' as const),
    id: fc.constantFrom(...ids),
  }),
  fc.record({ kind: fc.constant('delete-talk' as const), id: fc.constantFrom(...ids) }),
  fc.record({ kind: fc.constant('profile' as const), name: fc.string({ maxLength: 6 }) }),
);

// One tab's session: its actions in order, each a second later; tab 0 uses even seconds and tab 1
// odd ones, since two tabs never stamp the same record at the same millisecond.
function session(tab: 0 | 1, actions: Action[]): PlannerData {
  return actions.reduce((d, a, i) => {
    const now = stamp(2 * (i + 1) + tab);
    if (a.kind === 'profile') return ops.updateProfile(d, { ...d.profile, myName: a.name }, now);
    if (a.kind === 'add-talk') return d.people.some((p) => p.id === a.id) ? ops.addConversation(d, a.id, now, `c-${tab}-${i}`) : d;
    if (a.kind === 'delete-talk') return ops.deleteConversation(d, `c-${a.id}`, now);
    if (!d.people.some((p) => p.id === a.id)) return d;
    if (a.kind === 'edit') return ops.updatePerson(d, a.id, fields(`Tab ${tab} edit ${i}`), now);
    if (a.kind === 'delete') return ops.deletePerson(d, a.id, now);
    return ops.updateConversation(d, `c-${a.id}`, { notes: `tab ${tab} note ${i}` }, now);
  }, shared);
}

const tabsArb = fc
  .tuple(fc.array(actionArb, { maxLength: 8 }), fc.array(actionArb, { maxLength: 8 }))
  .map(([a, b]) => [session(0, a), session(1, b)] as const);

const byId = <T extends { id: string }>(xs: readonly T[]) => [...xs].sort((x, y) => x.id.localeCompare(y.id));

// The rule, written out record by record: for each id the latest version of either tab, unless a
// delete in either tab is later than it; a conversation also needs its person.
function expected(a: PlannerData, b: PlannerData) {
  const deleted = new Map<string, string>();
  for (const t of [...a.deleted, ...b.deleted]) if ((deleted.get(t.id) ?? '') < t.deletedAt) deleted.set(t.id, t.deletedAt);
  const latest = <T extends { id: string; updatedAt: string }>(xs: T[]) => {
    const out = new Map<string, T>();
    for (const r of xs) if ((out.get(r.id)?.updatedAt ?? '') < r.updatedAt) out.set(r.id, r);
    return [...out.values()].filter((r) => !(deleted.get(r.id)! >= r.updatedAt));
  };
  const people = latest([...a.people, ...b.people]);
  const conversations = latest([...a.conversations, ...b.conversations]).filter((c) => people.some((p) => p.id === c.personId));
  const profile = (a.profile.updatedAt ?? '') > (b.profile.updatedAt ?? '') ? a.profile : b.profile;
  const tombstones: Tombstone[] = [...deleted].map(([id, deletedAt]) => ({ id, deletedAt }));
  return { profile, people: byId(people), conversations: byId(conversations), deleted: byId(tombstones) };
}

const sorted = (d: PlannerData) => ({ ...d, people: byId(d.people), conversations: byId(d.conversations), deleted: byId(d.deleted) });

describe('merging two tabs that changed the same records', () => {
  test('keeps the latest version of every record and honours the latest delete, in either order', () => {
    fc.assert(
      fc.property(tabsArb, ([a, b]) => {
        const want = expected(a, b);
        expect(sorted(mergePlanners(a, b))).toEqual(want);
        expect(sorted(mergePlanners(b, a))).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });

  test('asks for a write-back exactly when the merge holds something the other tab lacks', () => {
    fc.assert(
      fc.property(tabsArb, ([a, b]) => {
        const merged = mergePlanners(a, b);
        expect(differsFrom(merged, b)).toBe(JSON.stringify(sorted(merged)) !== JSON.stringify(sorted(b)));
      }),
      { numRuns: 300 },
    );
  });

  test('the same person edited in both tabs keeps the later edit, whichever tab made it', () => {
    const early = ops.updatePerson(shared, 'p1', fields('Early edit'), stamp(5));
    const late = ops.updatePerson(shared, 'p1', fields('Late edit'), stamp(6));
    for (const merged of [mergePlanners(early, late), mergePlanners(late, early)]) {
      expect(merged.people.find((p) => p.id === 'p1')).toMatchObject({ name: 'Late edit', updatedAt: stamp(6) });
    }
    expect(differsFrom(mergePlanners(late, early), early)).toBe(true);
    expect(differsFrom(mergePlanners(early, late), late)).toBe(false);
  });

  test('an edit older than the other tab’s delete is dropped; a newer one survives the delete', () => {
    const deleted = ops.deletePerson(shared, 'p2', stamp(10));
    const before = ops.updatePerson(shared, 'p2', fields('Edited before'), stamp(9));
    const after = ops.updatePerson(shared, 'p2', fields('Edited after'), stamp(11));
    expect(mergePlanners(before, deleted).people.map((p) => p.id)).toEqual(['p0', 'p1', 'p3']);
    expect(mergePlanners(deleted, before).people.map((p) => p.id)).toEqual(['p0', 'p1', 'p3']);
    expect(mergePlanners(deleted, after).people.find((p) => p.id === 'p2')?.name).toBe('Edited after');
    expect(mergePlanners(after, deleted).people.find((p) => p.id === 'p2')?.name).toBe('Edited after');
  });

  test('an edit stamped the same millisecond as the other tab’s delete stays deleted', () => {
    const deleted = ops.deletePerson(shared, 'p3', stamp(8));
    const edited = ops.updatePerson(shared, 'p3', fields('Same moment'), stamp(8));
    expect(mergePlanners(edited, deleted).people.some((p) => p.id === 'p3')).toBe(false);
    expect(mergePlanners(deleted, edited).people.some((p) => p.id === 'p3')).toBe(false);
  });

  test('when both tabs delete the same person, the later delete is kept so an edit between them stays deleted', () => {
    const first = ops.deletePerson(shared, 'p0', stamp(3));
    const second = ops.deletePerson(shared, 'p0', stamp(7));
    const between = ops.updatePerson(shared, 'p0', fields('Edited in between'), stamp(5));
    for (const merged of [mergePlanners(first, second), mergePlanners(second, first)]) {
      expect(merged.deleted.filter((t) => t.id === 'p0')).toEqual([{ id: 'p0', deletedAt: stamp(7) }]);
      expect(mergePlanners(between, merged).people.some((p) => p.id === 'p0')).toBe(false);
      expect(mergePlanners(merged, between).people.some((p) => p.id === 'p0')).toBe(false);
    }
    expect(differsFrom(mergePlanners(second, first), first)).toBe(true);
    expect(differsFrom(mergePlanners(first, second), second)).toBe(false);
  });

  test('a conversation the other tab holds for nobody is dropped, and the cleaned list is written back', () => {
    const orphan = { ...shared, conversations: [...shared.conversations, ops.blankConversation('c-orphan', 'nobody', stamp(1))] };
    const merged = mergePlanners(shared, orphan);
    expect(merged.conversations.map((c) => c.id)).toEqual(shared.conversations.map((c) => c.id));
    expect(differsFrom(merged, orphan)).toBe(true);
  });

  test('a newer profile in this tab wins and is written back; a newer one in the other tab is taken as is', () => {
    const mine = ops.updateProfile(shared, { ...shared.profile, myName: 'Mine' }, stamp(4));
    const theirs = ops.updateProfile(shared, { ...shared.profile, myName: 'Theirs' }, stamp(3));
    expect(mergePlanners(mine, theirs).profile.myName).toBe('Mine');
    expect(differsFrom(mergePlanners(mine, theirs), theirs)).toBe(true);
    expect(mergePlanners(theirs, mine).profile.myName).toBe('Mine');
    expect(differsFrom(mergePlanners(theirs, mine), mine)).toBe(false);
    // A profile never edited (no stamp) loses to any edited one, from either side.
    expect(mergePlanners(shared, theirs).profile.myName).toBe('Theirs');
    expect(differsFrom(mergePlanners(theirs, shared), shared)).toBe(true);
  });
});
