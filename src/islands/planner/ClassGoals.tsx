import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { goalStatuses, type GoalStatus } from '../../lib/pack/goals.ts';
import { parseSavedPacks, type SavedPack } from '../../lib/pack/saved.ts';
import { withBase } from '../../lib/paths.ts';
import { formatDate } from '../../lib/planner/dates.ts';
import { PACKS_KEY } from '../../lib/storage-keys.ts';
import { $today } from '../../stores/planner/planner.ts';
import { $planner } from '../../stores/planner/persistence.ts';

const readPacks = (): SavedPack[] => {
  try {
    return parseSavedPacks(localStorage.getItem(PACKS_KEY)).packs;
  } catch {
    return [];
  }
};

const stateWords = (g: GoalStatus): string =>
  g.state === 'met'
    ? 'Goal met.'
    : g.state === 'overdue'
      ? 'Its date has passed. It’s not too late.'
      : g.left === 0
        ? 'Due today.'
        : g.state === 'due'
          ? `Due in ${g.left} day${g.left === 1 ? '' : 's'}.`
          : `${g.left} days left.`;

/**
 * The goals of the class packs this browser holds (issue #28), as targets with their reminder:
 * the planner counts the conversations held since each pack was opened. Nothing shows without a pack.
 */
export default function ClassGoals() {
  const data = useStore($planner);
  const today = useStore($today);
  const [packs, setPacks] = useState<SavedPack[]>(readPacks);
  useEffect(() => {
    const refresh = (event: StorageEvent) => event.key === PACKS_KEY && setPacks(readPacks());
    addEventListener('storage', refresh);
    return () => removeEventListener('storage', refresh);
  }, []);
  const goals = goalStatuses(
    packs,
    data.conversations.map((c) => c.doneOn),
    today,
  );
  if (goals.length === 0) return null;
  return (
    <section aria-labelledby="goals-title" class="flex flex-col gap-3">
      <h2 id="goals-title">Class goals</h2>
      <ul class="flex flex-col gap-2">
        {goals.map((g) => (
          <li key={g.id} class="card p-3">
            <p>
              <strong>{g.title}</strong>: hold {g.count} conversation{g.count === 1 ? '' : 's'} by {formatDate(g.due)}.
            </p>
            <p>
              {g.held} held since you opened the pack. {stateWords(g)} <a href={withBase('/pack/')}>Open your class packs</a>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
