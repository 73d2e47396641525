import type { PlannerData, Tombstone } from '../../schemas/planner.ts';

interface Versioned {
  id: string;
  updatedAt: string;
}

function mergeTombstones(a: Tombstone[], b: Tombstone[]): Tombstone[] {
  const byId = new Map<string, Tombstone>();
  for (const t of [...b, ...a]) {
    const seen = byId.get(t.id);
    if (!seen || t.deletedAt > seen.deletedAt) byId.set(t.id, t);
  }
  return [...byId.values()];
}

// Per record, the later updatedAt wins; a tombstone removes every version older than itself, so a
// delete in one tab is not undone by the other tab's older copy, while a later edit (or an undo,
// which re-stamps the record) brings it back. Remote order first keeps both tabs' lists identical.
function mergeRecords<T extends Versioned>(local: T[], remote: T[], gone: Map<string, string>): T[] {
  const localById = new Map(local.map((r) => [r.id, r]));
  const out: T[] = [];
  const seen = new Set<string>();
  const keep = (r: T) => {
    const deletedAt = gone.get(r.id);
    if (deletedAt === undefined || r.updatedAt > deletedAt) out.push(r);
  };
  for (const r of remote) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    const mine = localById.get(r.id);
    keep(mine && mine.updatedAt > r.updatedAt ? mine : r);
  }
  for (const r of local) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    keep(r);
  }
  return out;
}

/** Combines this tab's data with another tab's, keeping every record's latest version. */
export function mergePlanners(local: PlannerData, remote: PlannerData): PlannerData {
  const deleted = mergeTombstones(local.deleted, remote.deleted);
  const gone = new Map(deleted.map((t) => [t.id, t.deletedAt]));
  const people = mergeRecords(local.people, remote.people, gone);
  const present = new Set(people.map((p) => p.id));
  // A conversation added in one tab to a person deleted in the other has nobody to belong to.
  const conversations = mergeRecords(local.conversations, remote.conversations, gone).filter((c) => present.has(c.personId));
  const profile = (local.profile.updatedAt ?? '') > (remote.profile.updatedAt ?? '') ? local.profile : remote.profile;
  return { profile, people, conversations, deleted };
}

function versions(records: Versioned[]): Map<string, string> {
  return new Map(records.map((r) => [r.id, r.updatedAt]));
}

function sameVersions(a: Versioned[], b: Versioned[]): boolean {
  if (a.length !== b.length) return false;
  const bv = versions(b);
  return a.every((r) => bv.get(r.id) === r.updatedAt);
}

/** True when `merged` holds something `remote` lacks, so the tab must write it back. */
export function differsFrom(merged: PlannerData, remote: PlannerData): boolean {
  return (
    merged.profile.updatedAt !== remote.profile.updatedAt ||
    !sameVersions(merged.people, remote.people) ||
    !sameVersions(merged.conversations, remote.conversations) ||
    !sameVersions(
      merged.deleted.map((t) => ({ id: t.id, updatedAt: t.deletedAt })),
      remote.deleted.map((t) => ({ id: t.id, updatedAt: t.deletedAt })),
    )
  );
}
