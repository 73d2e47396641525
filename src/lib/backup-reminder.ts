// When the planner should remind the reader to download a backup (issue #14). The planner lives in
// browser storage, which Safari clears after seven days of use without a visit and any browser may
// clear when space runs short; a JSON backup is what survives that. The reminder is gentle: it
// waits for real work to protect and can be put off.
import type { PlannerData } from '../schemas/planner.ts';

/** Where the planner records its last backup, in localStorage. */
export { PLANNER_BACKUP_RECORD_KEY as BACKUP_KEY } from './storage-keys.ts';
/** Changes since the last backup (or ever) that call for a reminder. */
export const REMIND_AFTER_CHANGES = 10;
/** Days since the last backup (or the first record) that, with at least one change, call for one. */
export const REMIND_AFTER_DAYS = 7;
/** How long "Remind me later" puts it off. */
export const SNOOZE_DAYS = 3;
const DAY = 24 * 60 * 60 * 1000;

/** What is stored under BACKUP_KEY. */
export interface BackupRecord {
  /** When the last JSON backup was downloaded (ISO time), or null. */
  lastBackupAt: string | null;
  /** No reminder before this time (ISO), or null. */
  snoozedUntil: string | null;
}

const isTime = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));

/** Reads a stored record; anything unreadable is an empty record (it only ever delays a reminder). */
export function parseBackupRecord(raw: string | null): BackupRecord {
  let value: unknown;
  try {
    value = raw === null ? null : JSON.parse(raw);
  } catch {
    value = null;
  }
  const v = (value ?? {}) as Record<string, unknown>;
  return { lastBackupAt: isTime(v.lastBackupAt) ? v.lastBackupAt : null, snoozedUntil: isTime(v.snoozedUntil) ? v.snoozedUntil : null };
}

/** What the planner holds that a backup would protect, relative to `since` (null: ever). */
export function changesSince(data: PlannerData, since: string | null): { changes: number; oldest: string | null } {
  const after = since === null ? -Infinity : Date.parse(since);
  let changes = 0;
  let oldest: string | null = null;
  for (const record of [...data.people, ...data.conversations]) {
    if (Date.parse(record.updatedAt) > after) changes++;
    if (oldest === null || Date.parse(record.createdAt) < Date.parse(oldest)) oldest = record.createdAt;
  }
  if (data.profile.updatedAt && Date.parse(data.profile.updatedAt) > after) changes++;
  return { changes, oldest };
}

/** Why a reminder is due, or null when it is not. */
export type BackupDue = { reason: 'changes'; changes: number } | { reason: 'days'; days: number; changes: number } | null;

/** Whether to remind now, given the record and what changed since the last backup. */
export function backupDue(record: BackupRecord, data: PlannerData, now: Date): BackupDue {
  if (record.snoozedUntil && Date.parse(record.snoozedUntil) > now.getTime()) return null;
  const { changes, oldest } = changesSince(data, record.lastBackupAt);
  if (changes === 0) return null;
  if (changes >= REMIND_AFTER_CHANGES) return { reason: 'changes', changes };
  const from = record.lastBackupAt ?? oldest;
  const days = from ? Math.floor((now.getTime() - Date.parse(from)) / DAY) : 0;
  return days >= REMIND_AFTER_DAYS ? { reason: 'days', days, changes } : null;
}

/** The record after a backup was downloaded at `now`. */
export function recordBackup(now: Date): BackupRecord {
  return { lastBackupAt: now.toISOString(), snoozedUntil: null };
}

/** The record after "Remind me later" at `now`. */
export function snooze(record: BackupRecord, now: Date): BackupRecord {
  return { ...record, snoozedUntil: new Date(now.getTime() + SNOOZE_DAYS * DAY).toISOString() };
}
