import { atom, computed, onMount } from 'nanostores';
import { addDays, todayIn } from '../../lib/planner/dates';
import type { ImportMode } from '../../lib/planner/on-demand/import';
import * as ops from '../../lib/planner/ops';
import { dueItems } from '../../lib/planner/reminders';
import { PLANNER_CONFLICT_KEY } from '../../lib/storage-keys';
import type { PlannerData } from '../../schemas/planner.ts';
import { $planner, $syncNotice, canEdit, currentStorage, pull, push } from './persistence.ts';

/** Today in the reader's time zone; refreshed when the page comes back into view. */
export const $today = atom<string>(todayIn(new Date()));
/** How far ahead the due list looks for what is coming up. */
export const AHEAD_DAYS = 14;
/** What needs doing now or in the next AHEAD_DAYS days, worked out from the conversations; overdue first. */
export const $dueItems = computed([$planner, $today], (data, today) => {
  const horizon = addDays(today, AHEAD_DAYS);
  return dueItems(data, today).filter((i) => i.state !== 'upcoming' || i.from <= horizon);
});
/** The last change that can be undone, with a sentence saying what it was. */
export const $plannerUndo = atom<{ label: string; before: PlannerData; after: PlannerData } | null>(null);

const tab = ops.newId();
// What this tab last wrote to each record, so it can tell when another tab overwrote that edit.
const ownWrites = new Map<string, string>();
// Conflict messages wait until the data itself is written, so the other tab reads them last.
const signals: string[] = [];

/** Refreshes $today, for pages left open past midnight. */
export function refreshToday(now = new Date()): void {
  $today.set(todayIn(now));
}

let lastStamp = 0;
// Strictly increasing within a tab, so two quick edits never share an updatedAt (a tie would
// leave "which is later" to chance when another tab merges them).
function stamp(): string {
  lastStamp = Math.max(Date.now(), lastStamp + 1);
  return new Date(lastStamp).toISOString();
}

// Every change: bring in other tabs' saves first, apply, then save at once (a failed save is
// reported by the persistence layer and retried by the next change).
function change(apply: (data: PlannerData, now: string) => PlannerData, undoLabel?: string): void {
  if (!canEdit()) return;
  pull();
  const before = $planner.get();
  const now = stamp();
  const after = apply(before, now);
  $planner.set(after);
  push();
  for (const signal of signals.splice(0)) {
    try {
      currentStorage()?.setItem(PLANNER_CONFLICT_KEY, signal);
    } catch {
      // The message is a courtesy; the data itself is saved (or reported) separately.
    }
  }
  if (undoLabel) $plannerUndo.set({ label: undoLabel, before, after });
}

/** Applies a change from another part of the planner (the conversation companion) with the same pull, apply and save. */
export function changePlanner(apply: (data: PlannerData, now: string) => PlannerData, undoLabel?: string): void {
  change(apply, undoLabel);
}

function warnOverwrite(id: string, name: string, replaced: string): void {
  $syncNotice.set(`${name} was also changed in another tab after you opened this form. Your version was saved.`);
  signals.push(JSON.stringify({ tab, id, name, replaced, at: stamp() }));
}

/** Shows a notice if another tab's conflict message says it overwrote this tab's edit. */
export function receiveConflict(raw: string | null): void {
  let message: unknown;
  try {
    message = raw === null ? null : JSON.parse(raw);
  } catch {
    return;
  }
  if (typeof message !== 'object' || message === null) return;
  const { tab: from, id, name, replaced } = message as Record<string, unknown>;
  if (from === tab || typeof id !== 'string' || typeof name !== 'string') return;
  if (ownWrites.get(id) === replaced) {
    $syncNotice.set(`Your change to ${name} was replaced by a later change made in another tab.`);
  }
}

// A page left open past midnight shows the new day's reminders when the reader comes back to it.
onMount($today, () => {
  if (typeof document === 'undefined') return;
  const onVisible = () => {
    if (document.visibilityState === 'visible') refreshToday();
  };
  document.addEventListener('visibilitychange', onVisible);
  return () => document.removeEventListener('visibilitychange', onVisible);
});

// Another tab's conflict message becomes a notice while something shows the notices.
onMount($syncNotice, () => {
  if (typeof window === 'undefined') return;
  const onStorage = (event: StorageEvent) => {
    if (event.key === PLANNER_CONFLICT_KEY) receiveConflict(event.newValue);
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
});

/** Adds a person (with a conversation waiting to be asked for) and returns their id. */
export function addPerson(fields: ops.PersonFields): string {
  const ids = { person: ops.newId(), conversation: ops.newId() };
  change((d, now) => {
    ownWrites.set(ids.person, now);
    return ops.addPerson(d, fields, now, ids);
  });
  return ids.person;
}

/** Saves a person's details; `base` is the updatedAt the form started from, to spot a conflict. */
export function savePerson(id: string, fields: ops.PersonFields, base: string): void {
  change((d, now) => {
    const current = d.people.find((p) => p.id === id);
    if (current && current.updatedAt !== base) warnOverwrite(id, fields.name, current.updatedAt);
    ownWrites.set(id, now);
    return ops.updatePerson(d, id, fields, now);
  });
}

/** Deletes a person and their conversations; undoable. */
export function deletePerson(id: string): void {
  const name = $planner.get().people.find((p) => p.id === id)?.name ?? 'the person';
  change((d, now) => ops.deletePerson(d, id, now), `Deleted ${name} and their conversations.`);
}

/** Starts another conversation with a person. */
export function addConversation(personId: string): void {
  change((d, now) => ops.addConversation(d, personId, now));
}

/** Changes a conversation; `base` works as in savePerson. */
export function saveConversation(id: string, patch: Partial<ops.ConversationFields>, base?: string): void {
  change((d, now) => {
    const current = d.conversations.find((c) => c.id === id);
    if (current && base && current.updatedAt !== base) {
      const name = d.people.find((p) => p.id === current.personId)?.name ?? 'A conversation';
      warnOverwrite(id, `The conversation with ${name}`, current.updatedAt);
    }
    ownWrites.set(id, now);
    return ops.updateConversation(d, id, patch, now);
  });
}

/** Takes one step along the pipeline, dated today. */
export function takeStep(id: string, action: ops.StepAction): void {
  saveConversation(id, ops.stepPatch(action, $today.get()));
}

/** Deletes one conversation; undoable. */
export function deleteConversation(id: string): void {
  change((d, now) => ops.deleteConversation(d, id, now), 'Deleted the conversation.');
}

/** Saves the reader's target and self-assessment. */
export function saveProfile(profile: Omit<PlannerData['profile'], 'updatedAt'>): void {
  change((d, now) => ops.updateProfile(d, profile, now));
}

/** Brings in a checked backup; undoable. The import code loads only when needed. */
export async function importBackup(incoming: PlannerData, mode: ImportMode): Promise<void> {
  const { applyImport } = await import('../../lib/planner/on-demand/import');
  change(
    (d, now) => applyImport(d, incoming, mode, now),
    mode === 'merge' ? 'Imported the backup (merged).' : 'Imported the backup (replaced everything).',
  );
}

/** Undoes the last delete or import, keeping other changes made since. The undo code loads only now. */
export async function undoPlanner(): Promise<void> {
  const last = $plannerUndo.get();
  if (!last) return;
  const { revert } = await import('../../lib/planner/on-demand/undo');
  $plannerUndo.set(null);
  change((d, now) => revert(d, last.before, last.after, now));
}

/** Drops the undo offer (when the reader dismisses it). */
export function dismissPlannerUndo(): void {
  $plannerUndo.set(null);
}
