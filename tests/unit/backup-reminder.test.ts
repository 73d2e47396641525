import { describe, expect, test } from 'vitest';
import { backupDue, changesSince, parseBackupRecord, recordBackup, snooze, REMIND_AFTER_CHANGES } from '../../src/lib/backup-reminder';
import type { PlannerData } from '../../src/schemas/planner';

const NOW = new Date('2026-12-05T12:00:00.000Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 24 * 60 * 60 * 1000).toISOString();
const person = (i: number, created: string, updated = created) => ({ id: `p${i}`, createdAt: created, updatedAt: updated });
function planner(records: { createdAt: string; updatedAt: string }[], profileUpdatedAt: string | null = null): PlannerData {
  return { profile: { updatedAt: profileUpdatedAt }, people: records, conversations: [], deleted: [] } as unknown as PlannerData;
}
const none = parseBackupRecord(null);

describe('backup reminder', () => {
  test('an empty planner needs no backup', () => {
    expect(backupDue(none, planner([]), NOW)).toBeNull();
  });

  test('a few fresh changes never backed up wait', () => {
    expect(backupDue(none, planner([person(1, daysAgo(1))]), NOW)).toBeNull();
  });

  test.each([
    [
      'ten changes since the last backup',
      recordBackup(new Date(daysAgo(1))),
      Array.from({ length: REMIND_AFTER_CHANGES }, (_, i) => person(i, daysAgo(0))),
      'changes',
    ],
    ['a week since the last backup, with a change', recordBackup(new Date(daysAgo(8))), [person(1, daysAgo(2))], 'days'],
    ['a week since the first record, never backed up', none, [person(1, daysAgo(9))], 'days'],
  ])('reminds after %s', (_, record, records, reason) => {
    expect(backupDue(record, planner(records), NOW)?.reason).toBe(reason);
  });

  test('a backup after the last change silences it, however old', () => {
    expect(backupDue(recordBackup(new Date(daysAgo(1))), planner([person(1, daysAgo(30))]), NOW)).toBeNull();
  });

  test('remind me later puts it off for three days', () => {
    const record = snooze(none, NOW);
    const data = planner([person(1, daysAgo(20))]);
    expect(backupDue(record, data, NOW)).toBeNull();
    expect(backupDue(record, data, new Date(NOW.getTime() + 4 * 24 * 60 * 60 * 1000))).not.toBeNull();
  });

  test('counts records and the profile changed after the backup', () => {
    const data = planner([person(1, daysAgo(10), daysAgo(10)), person(2, daysAgo(10), daysAgo(1))], daysAgo(0));
    expect(changesSince(data, daysAgo(5))).toEqual({ changes: 2, oldest: daysAgo(10) });
  });

  test.each(['', 'not json', '[]', '{"lastBackupAt":42}', '{"lastBackupAt":"yesterday"}'])(
    'reads %j as no backup, without throwing',
    (raw) => {
      expect(parseBackupRecord(raw)).toEqual({ lastBackupAt: null, snoozedUntil: null });
    },
  );
});
