// Undo for deletes and imports: what comes back, what goes, and the stamps and tombstones that make
// another open tab take the undo instead of merging the change back in.
import { describe, expect, test } from 'vitest';
import { emptyPlanner } from '../../src/lib/planner/document.ts';
import * as ops from '../../src/lib/planner/ops.ts';
import { restore, revert } from '../../src/lib/planner/on-demand/undo.ts';
import { personFields as fields } from '../../scripts/lib/planner-fixtures.ts';

const t = (minute: number) => `2025-04-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
const before = ops.addPerson(ops.addPerson(emptyPlanner(), fields('Ada'), t(0), { person: 'a', conversation: 'ca' }), fields('Ben'), t(0), {
  person: 'b',
  conversation: 'cb',
});

describe('restore', () => {
  test('brings back what a delete removed, newly stamped, and drops its tombstones but no others', () => {
    const deleted = ops.deletePerson({ ...before, deleted: [{ id: 'someone-else', deletedAt: t(0) }] }, 'a', t(1));
    const undone = restore(deleted, before, t(2));
    expect(undone.people.map((p) => [p.id, p.updatedAt])).toEqual([
      ['b', t(0)],
      ['a', t(2)],
    ]);
    expect(undone.conversations.map((c) => [c.id, c.updatedAt])).toEqual([
      ['cb', t(0)],
      ['ca', t(2)],
    ]);
    expect(undone.deleted).toEqual([{ id: 'someone-else', deletedAt: t(0) }]);
  });

  test('removes what was added since, with a tombstone, and leaves what did not change exactly as it is', () => {
    const added = ops.addPerson(before, fields('Cy'), t(1), { person: 'c', conversation: 'cc' });
    const undone = restore(added, before, t(2));
    expect(undone.people.map((p) => p.id)).toEqual(['a', 'b']);
    expect(undone.people[0]).toBe(added.people[0]);
    expect(undone.deleted).toEqual([
      { id: 'c', deletedAt: t(2) },
      { id: 'cc', deletedAt: t(2) },
    ]);
  });

  test('an edited record goes back to what it was, stamped now; an equal copy keeps its stamp', () => {
    const edited = ops.updatePerson(before, 'a', fields('Ada Okafor'), t(1));
    const copy = { ...edited, people: edited.people.map((p) => (p.id === 'b' ? { ...p } : p)) };
    const undone = restore(copy, before, t(2));
    expect(undone.people[0]).toMatchObject({ id: 'a', name: 'Ada', updatedAt: t(2) });
    expect(undone.people[1]).toEqual(before.people[1]);
    expect(undone.people[1]!.updatedAt).toBe(t(0));
  });

  test('the profile comes back stamped now only if it changed', () => {
    const same = restore({ ...before, profile: { ...before.profile } }, before, t(2));
    expect(same.profile).toEqual(before.profile);
    const changed = ops.updateProfile(before, { ...before.profile, myName: 'Sam' }, t(1));
    expect(restore(changed, before, t(2)).profile).toEqual({ ...before.profile, updatedAt: t(2) });
  });
});

describe('revert: undo one change, keep the rest', () => {
  test('the profile goes back only if that change made it; a later edit elsewhere stays', () => {
    const after = ops.updateProfile(before, { ...before.profile, myName: 'Sam' }, t(1));
    expect(revert(after, before, after, t(2)).profile).toMatchObject({ myName: '', updatedAt: t(2) });
    // The change undone was to a person; the profile was edited later, in another tab.
    const personChange = ops.updatePerson(before, 'b', fields('Ben Park'), t(1));
    const later = ops.updateProfile(personChange, { ...before.profile, myName: 'Sam' }, t(3));
    const undone = revert(later, before, personChange, t(4));
    expect(undone.profile).toEqual(later.profile);
    expect(undone.people.find((p) => p.id === 'b')).toMatchObject({ name: 'Ben', updatedAt: t(4) });
  });
});
