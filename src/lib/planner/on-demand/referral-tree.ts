import type { Person } from '../../../schemas/planner.ts';

/** One row of the referral tree, in reading order (each person after the one who referred them). */
export interface TreeRow {
  person: Person;
  /** 0 for someone nobody in the planner referred. */
  depth: number;
  /** Index of the referrer's row, or null at the top. */
  parent: number | null;
  /** Why a person is at the top despite having a referrer. */
  note: 'missing-referrer' | 'cycle' | null;
}

/**
 * Lays out who referred whom as rows of an indented tree. Never loops: a referrer who is not in
 * the planner puts the person at the top, and a ring of people who all refer each other is cut
 * at its first member (in list order), which is shown at the top with a note.
 */
export function referralRows(people: Person[]): TreeRow[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const children = new Map<string, Person[]>();
  const tops: { person: Person; note: TreeRow['note'] }[] = [];
  for (const p of people) {
    const ref = p.referredBy;
    if (ref === null || ref === p.id) tops.push({ person: p, note: null });
    else if (!byId.has(ref)) tops.push({ person: p, note: 'missing-referrer' });
    else children.set(ref, [...(children.get(ref) ?? []), p]);
  }
  const rows: TreeRow[] = [];
  const placed = new Set<string>();
  // An explicit stack: a chain of 1,000 referrals must not overflow the call stack.
  const walk = (top: Person, note: TreeRow['note']) => {
    const stack: { person: Person; depth: number; parent: number | null; note: TreeRow['note'] }[] = [
      { person: top, depth: 0, parent: null, note },
    ];
    while (stack.length > 0) {
      const item = stack.pop()!;
      if (placed.has(item.person.id)) continue;
      placed.add(item.person.id);
      const index = rows.push(item) - 1;
      const kids = children.get(item.person.id) ?? [];
      for (let i = kids.length - 1; i >= 0; i--) stack.push({ person: kids[i]!, depth: item.depth + 1, parent: index, note: null });
    }
  };
  for (const t of tops) walk(t.person, t.note);
  for (const p of people) if (!placed.has(p.id)) walk(p, 'cycle');
  return rows;
}
