import type { PlannerData } from '../../schemas/planner.ts';
import { PLANNER_BACKUP_PREFIX, PLANNER_KEY } from '../storage-keys.ts';
import { readStoredPlanner, serializePlanner, type Upgrade } from './document.ts';

/** The parts of the Web Storage API the planner uses, so tests can pass a stand-in. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'key' | 'length'>;

/** What opening the saved planner found. */
export type Opened =
  | { mode: 'memory'; reason: string }
  | { mode: 'ok'; data: PlannerData | null; raw: string | null; migratedFrom: number | null; backupKey: string | null }
  | { mode: 'readonly'; version: number; data: PlannerData | null; raw: string }
  | { mode: 'outdated'; version: number }
  | { mode: 'corrupt'; reason: string; raw: string; backupKey: string | null };

/** The browser's localStorage, or null with the reason when it cannot even be read. */
export function findStorage(): { storage: StorageLike | null; reason: string } {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return { storage: null, reason: 'this browser has no local storage' };
    storage.getItem(PLANNER_KEY);
    return { storage, reason: '' };
  } catch (error) {
    return { storage: null, reason: `the browser blocks storage for this site (${errorName(error)})` };
  }
}

function errorName(error: unknown): string {
  return error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error)
    ? String((error as Error).name)
    : String(error);
}

/** A sentence saying why a write failed, for the "not saved" notice. */
export function describeWriteError(error: unknown): string {
  const name = errorName(error);
  const code = typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : undefined;
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014) {
    return 'the browser’s storage for this site is full (or limited, as in some private windows)';
  }
  if (name === 'SecurityError') return 'the browser blocks storage for this site';
  return `the browser refused to save (${name})`;
}

/**
 * Copies a raw value to a backup key before anything else can touch it, and returns the key
 * (null if even that write failed: the original key is never overwritten, so the data survives).
 * An identical earlier backup is reused, so reloading a broken planner does not fill storage.
 */
export function keepBackup(storage: StorageLike, raw: string, now: Date): string | null {
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(PLANNER_BACKUP_PREFIX) && storage.getItem(key) === raw) return key;
    }
    const key = PLANNER_BACKUP_PREFIX + now.toISOString();
    storage.setItem(key, raw);
    return key;
  } catch {
    return null;
  }
}

/**
 * Reads, checks and (given `upgrade`) migrates the saved planner. Never throws and never writes
 * the main key. Without `upgrade`, older data comes back as `outdated`: load the upgrader, call again.
 */
export function openPlanner(
  storage: StorageLike | null,
  now: Date,
  reason = 'this browser has no local storage',
  upgrade?: Upgrade,
): Opened {
  if (!storage) return { mode: 'memory', reason };
  let raw: string | null;
  try {
    raw = storage.getItem(PLANNER_KEY);
  } catch (error) {
    return { mode: 'memory', reason: `the browser blocks storage for this site (${errorName(error)})` };
  }
  let read: ReturnType<typeof readStoredPlanner>;
  try {
    read = readStoredPlanner(raw, upgrade);
  } catch {
    read = { kind: 'corrupt', reason: 'it could not be read' };
  }
  switch (read.kind) {
    case 'empty':
      return { mode: 'ok', data: null, raw, migratedFrom: null, backupKey: null };
    case 'ok':
      // Keep the old version's raw text too, so a reader can go back if the migration was wrong.
      return {
        mode: 'ok',
        data: read.data,
        raw,
        migratedFrom: read.migratedFrom,
        backupKey: read.migratedFrom ? keepBackup(storage, raw!, now) : null,
      };
    case 'outdated':
      return { mode: 'outdated', version: read.version };
    case 'newer':
      return { mode: 'readonly', version: read.version, data: read.data, raw: raw! };
    case 'corrupt':
      return { mode: 'corrupt', reason: read.reason, raw: raw!, backupKey: keepBackup(storage, raw!, now) };
  }
}

/** Writes the planner; on failure says why instead of throwing. */
export function writePlanner(storage: StorageLike, data: PlannerData): { ok: true; raw: string } | { ok: false; reason: string } {
  const raw = serializePlanner(data);
  try {
    storage.setItem(PLANNER_KEY, raw);
    return { ok: true, raw };
  } catch (error) {
    return { ok: false, reason: describeWriteError(error) };
  }
}
