// A class pack's goal as a target in the planner (issue #28): "hold 2 conversations by 15 March",
// counted from the conversations the student marks as held after opening the pack. The goal lives
// with the pack (PACKS_KEY), not in the planner's saved document, so the planner's data and its
// versions are unchanged; the planner reads the packs and shows each goal with its reminder.
import { daysBetween } from './days.ts';
import type { SavedPack } from './saved.ts';

/** Days before the due day when a goal not yet met becomes a reminder that is due. */
export const GOAL_DUE_DAYS = 14;

/** Where a goal stands today. */
export interface GoalStatus {
  /** The pack's id. */
  id: string;
  title: string;
  count: number;
  due: string;
  /** Conversations held since the pack was opened. */
  held: number;
  state: 'met' | 'upcoming' | 'due' | 'overdue';
  /** Days until the due day (negative once past). */
  left: number;
}

/** Every held pack's goal with how it stands, soonest first. `doneOn` are the planner's held days. */
export function goalStatuses(packs: readonly SavedPack[], doneOn: readonly (string | null)[], today: string): GoalStatus[] {
  return packs
    .flatMap((p) => {
      if (!p.goal) return [];
      const held = doneOn.filter((d) => d !== null && d >= p.opened).length;
      const left = daysBetween(today, p.goal.due);
      const state = held >= p.goal.count ? 'met' : left < 0 ? 'overdue' : left <= GOAL_DUE_DAYS ? 'due' : 'upcoming';
      return [{ id: p.id, ...p.goal, held, state, left } satisfies GoalStatus];
    })
    .sort((a, b) => a.left - b.left);
}
