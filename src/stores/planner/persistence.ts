// Saving the planner. This is a small custom layer rather than @nanostores/persistent because the
// planner must never lose data: persistent's decoder runs at import time and on every storage
// event, a throwing decoder breaks the page, and an unreadable value is silently replaced by the
// default on the next write. Here reading never throws, unreadable data is backed up and left in
// place until the reader decides, failed writes are reported and retried, and another tab's
// writes are merged record by record instead of replacing ours.
import { atom, computed, onMount } from 'nanostores';
import { emptyPlanner, readStoredPlanner, type Upgrade } from '../../lib/planner/document';
import { differsFrom, mergePlanners } from '../../lib/planner/merge';
import { findStorage, keepBackup, openPlanner, writePlanner, type StorageLike } from '../../lib/planner/storage';
import { PLANNER_KEY } from '../../lib/storage-keys';
import type { PlannerData } from '../../schemas/planner.ts';

/** Whether and how the planner is being saved. */
export type SaveState =
  | { kind: 'loading' }
  | { kind: 'saved'; migratedFrom: number | null }
  | { kind: 'failed'; reason: string }
  | { kind: 'memory'; reason: string }
  | { kind: 'readonly'; version: number }
  | { kind: 'corrupt'; reason: string; raw: string; backupKey: string | null };

/** Everything in the planner, as shown. */
export const $planner = atom<PlannerData>(emptyPlanner());
/** How saving is going, for the status line and notices. */
export const $saveState = atom<SaveState>({ kind: 'loading' });
/** The latest message about changes from another tab, or null. */
export const $syncNotice = atom<string | null>(null);
/** True while the planner may only be read: saved by a newer version, or unreadable until the reader decides. */
export const $readOnly = computed($saveState, (state) => state.kind === 'readonly' || state.kind === 'corrupt');

let storage: StorageLike | null = null;
// Loaded the first time data from an older version turns up (rare, so not in the first load).
let upgrade: Upgrade | undefined;
const loadUpgrade = async () => (upgrade ??= (await import('../../lib/planner/upgrade/upgrade')).upgradeDocument);
// The raw text this tab last wrote or merged, to tell our own writes from other tabs'.
let lastRaw: string | null = null;

/** True while changes can be made (and saved, or kept in memory). */
export function canEdit(): boolean {
  const kind = $saveState.get().kind;
  return kind === 'saved' || kind === 'failed' || kind === 'memory';
}

/** Writes the planner; a failure becomes the visible "not saved" state and the next change retries. */
export function push(): void {
  if (!storage) return;
  const result = writePlanner(storage, $planner.get());
  if (result.ok) {
    lastRaw = result.raw;
    const state = $saveState.get();
    $saveState.set({ kind: 'saved', migratedFrom: state.kind === 'saved' ? state.migratedFrom : null });
  } else {
    $saveState.set({ kind: 'failed', reason: result.reason });
  }
}

/** Merges whatever another tab saved since we last looked, and returns what it saved (or null). */
export function pull(): PlannerData | null {
  if (!storage || !canEdit()) return null;
  const raw = readRaw();
  if (raw === lastRaw || raw === null) return null;
  const read = readStoredPlanner(raw, upgrade);
  if (read.kind === 'outdated') {
    // An old tab wrote the old format: merge it once the upgrader is here.
    void loadUpgrade().then(syncFromOtherTab, () => {});
    return null;
  }
  if (read.kind === 'ok') {
    $planner.set(mergePlanners($planner.get(), read.data));
    lastRaw = raw;
    return read.data;
  }
  if (read.kind === 'newer') {
    // Another tab runs newer code; our copy is already saved, so step aside instead of downgrading.
    if (read.data) $planner.set(read.data);
    lastRaw = raw;
    $saveState.set({ kind: 'readonly', version: read.version });
    return null;
  }
  // Someone wrote something unreadable: keep a copy; our complete data is then written over it.
  keepBackup(storage, raw, new Date());
  return null;
}

function syncFromOtherTab(): void {
  const before = $planner.get();
  const remote = pull();
  if (remote && differsFrom($planner.get(), remote)) push();
  else if (!remote && canEdit() && lastRaw !== readRaw() && readStoredPlanner(readRaw(), upgrade).kind !== 'outdated') push();
  if ($planner.get() !== before) $syncNotice.set('Updated with changes made in another tab.');
}

/** Loads the saved planner and starts listening to other tabs. Resolves to a function that stops listening. */
export async function openSaved(now = new Date(), found = findStorage()): Promise<() => void> {
  storage = found.storage;
  let opened = openPlanner(storage, now, found.reason, upgrade);
  if (opened.mode === 'outdated') {
    try {
      opened = openPlanner(storage, now, found.reason, await loadUpgrade());
    } catch {
      opened = {
        mode: 'memory',
        reason: 'the part of the planner that reads older saved data could not load; reload the page to try again',
      };
      storage = null;
    }
  }
  switch (opened.mode) {
    case 'outdated':
      break;
    case 'memory':
      $saveState.set({ kind: 'memory', reason: opened.reason });
      break;
    case 'ok':
      $planner.set(opened.data ?? emptyPlanner());
      lastRaw = opened.raw;
      $saveState.set({ kind: 'saved', migratedFrom: opened.migratedFrom });
      break;
    case 'readonly':
      $planner.set(opened.data ?? emptyPlanner());
      lastRaw = opened.raw;
      $saveState.set({ kind: 'readonly', version: opened.version });
      break;
    case 'corrupt':
      lastRaw = opened.raw;
      $saveState.set({ kind: 'corrupt', reason: opened.reason, raw: opened.raw, backupKey: opened.backupKey });
      break;
  }
  if (!storage || typeof window === 'undefined') return () => {};
  const onStorage = (event: StorageEvent) => {
    if (event.key !== PLANNER_KEY && event.key !== null) return;
    const state = $saveState.get();
    if (state.kind === 'corrupt') {
      // Another tab may have started fresh or imported a backup: adopt it if it is readable now.
      const reopened = openPlanner(storage, new Date(), '', upgrade);
      if (reopened.mode === 'ok' && reopened.data) {
        $planner.set(reopened.data);
        lastRaw = reopened.raw;
        $saveState.set({ kind: 'saved', migratedFrom: null });
      }
      return;
    }
    syncFromOtherTab();
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}

// The planner opens when the first island shows it (the planner and the companion both watch
// $saveState) and stops following other tabs once the last one is gone. A page rendered at build
// time shows it loading: the data is in the reader's browser.
onMount($saveState, () => {
  if (typeof window === 'undefined') return;
  let stop: (() => void) | null = null;
  let gone = false;
  void openSaved().then((stopSaving) => (gone ? stopSaving() : (stop = stopSaving)));
  return () => {
    gone = true;
    stop?.();
  };
});

function readRaw(): string | null {
  try {
    return storage?.getItem(PLANNER_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Leaves a corrupt planner behind (its raw text stays under the backup key) and starts empty. */
export function startFresh(): void {
  if ($saveState.get().kind !== 'corrupt') return;
  $planner.set(emptyPlanner());
  $saveState.set({ kind: 'saved', migratedFrom: null });
  push();
}

/** Tries to save again after a failure. */
export function retrySave(): void {
  if ($saveState.get().kind === 'failed') push();
}

/** The storage in use, for the conflict signal. */
export function currentStorage(): StorageLike | null {
  return storage;
}

/** Forgets everything, for tests. */
export function resetPersistence(): void {
  storage = null;
  lastRaw = null;
  $planner.set(emptyPlanner());
  $saveState.set({ kind: 'loading' });
  $syncNotice.set(null);
}
