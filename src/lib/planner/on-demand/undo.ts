// Undo for deletes and imports. Kept apart from planner-ops because it is needed only when the
// reader presses Undo, so it loads then and stays off the page's start-up JavaScript.
import type { PlannerData } from '../../../schemas/planner.ts';

function restoreRecords<T extends { id: string; updatedAt: string }>(current: T[], before: T[], now: string, gone: string[]): T[] {
  const was = new Map(before.map((r) => [r.id, r]));
  const out: T[] = [];
  const seen = new Set<string>();
  for (const r of current) {
    const old = was.get(r.id);
    seen.add(r.id);
    if (!old) gone.push(r.id);
    else out.push(old === r || JSON.stringify(old) === JSON.stringify(r) ? r : { ...old, updatedAt: now });
  }
  for (const r of before) if (!seen.has(r.id)) out.push({ ...r, updatedAt: now });
  return out;
}

/**
 * Puts the data back as it was in `before` (for undo). Restored records get a new updatedAt and
 * removed ones a tombstone, so another open tab takes the undo instead of merging the change back.
 */
export function restore(current: PlannerData, before: PlannerData, now: string): PlannerData {
  const gone: string[] = [];
  const people = restoreRecords(current.people, before.people, now, gone);
  const conversations = restoreRecords(current.conversations, before.conversations, now, gone);
  const kept = new Set([...people, ...conversations].map((r) => r.id));
  const removed = new Set(gone);
  const sameProfile = JSON.stringify(current.profile) === JSON.stringify(before.profile);
  return {
    profile: sameProfile ? current.profile : { ...before.profile, updatedAt: now },
    people,
    conversations,
    deleted: [...current.deleted.filter((t) => !kept.has(t.id) && !removed.has(t.id)), ...gone.map((id) => ({ id, deletedAt: now }))],
  };
}

function revertList<T extends { id: string; updatedAt: string }>(current: T[], before: T[], after: T[]): T[] {
  const was = new Map(before.map((r) => [r.id, r]));
  const became = new Map(after.map((r) => [r.id, r]));
  const changed = new Set([...was.keys(), ...became.keys()].filter((id) => was.get(id)?.updatedAt !== became.get(id)?.updatedAt));
  return [...current.filter((r) => !changed.has(r.id)), ...[...changed].flatMap((id) => was.get(id) ?? [])];
}

/**
 * Undoes one change (from `before` to `after`) while keeping everything done since to other
 * records, here or in another tab.
 */
export function revert(current: PlannerData, before: PlannerData, after: PlannerData, now: string): PlannerData {
  const target: PlannerData = {
    ...current,
    profile: after.profile.updatedAt !== before.profile.updatedAt ? before.profile : current.profile,
    people: revertList(current.people, before.people, after.people),
    conversations: revertList(current.conversations, before.conversations, after.conversations),
  };
  return restore(current, target, now);
}
