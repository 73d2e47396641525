// When the planner's last JSON backup was downloaded, shared by the export button and the backup
// reminder (issue #14). Kept apart from the planner document: it describes this browser, not the
// planner, and an import must not bring another device's date with it.
import { atom } from 'nanostores';
import { BACKUP_KEY, parseBackupRecord, recordBackup, snooze, type BackupRecord } from '../lib/backup-reminder';

function read(): BackupRecord {
  try {
    return parseBackupRecord(typeof localStorage === 'undefined' ? null : localStorage.getItem(BACKUP_KEY));
  } catch {
    return parseBackupRecord(null);
  }
}

/** The last backup and any snooze, as stored in this browser. */
export const $backup = atom<BackupRecord>(read());

function write(record: BackupRecord): void {
  $backup.set(record);
  try {
    localStorage.setItem(BACKUP_KEY, JSON.stringify(record));
  } catch {
    // Blocked storage: the reminder still follows this page's backups.
  }
}

/** Notes that a backup was downloaded now. */
export function backupDownloaded(now = new Date()): void {
  write(recordBackup(now));
}

/** Puts the reminder off for a few days. */
export function remindLater(now = new Date()): void {
  write(snooze($backup.get(), now));
}

/** Rereads the record (another tab may have downloaded a backup), for tests and storage events. */
export function reloadBackup(): void {
  $backup.set(read());
}
