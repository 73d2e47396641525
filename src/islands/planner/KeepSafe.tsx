import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { backupDue } from '../../lib/backup-reminder';
import { browserFamily, durabilityLine } from '../../lib/storage-durability';
import { $backup, reloadBackup, remindLater } from '../../stores/planner-backup';
import { $planner, $readOnly } from '../../stores/planner/persistence.ts';
import { exportBackup } from '../kit/planner/exports.ts';

const when = (iso: string) => new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' });

/**
 * Keeping the planner safe (issue #14): asks the browser to keep its storage when the first person
 * is saved or on request, says what the browser promises, and reminds the reader to download a
 * backup after enough changes or days without one.
 */
export default function KeepSafe() {
  const planner = useStore($planner);
  const readOnly = useStore($readOnly);
  const backup = useStore($backup);
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  // Most storage is not persistent: starting from that answer keeps the line and the button from
  // appearing a moment after the planner (a layout shift); only a "yes" changes them.
  const [persisted, setPersisted] = useState<boolean | null>(storage?.persisted ? false : null);
  const [asked, setAsked] = useState<string | null>(null);
  const people = useRef(planner.people.length);
  const installed = typeof matchMedia !== 'undefined' && matchMedia('(display-mode: standalone)').matches;
  const family = browserFamily(typeof navigator === 'undefined' ? '' : navigator.userAgent);

  const persist = async () => {
    const granted = (await storage?.persist?.().catch(() => false)) ?? null;
    setPersisted(granted);
    return granted;
  };
  useEffect(() => {
    void storage?.persisted?.().then(setPersisted, () => setPersisted(null));
    addEventListener('storage', reloadBackup);
    return () => removeEventListener('storage', reloadBackup);
  }, []);
  // The moment it matters: the first person saved in this planner.
  useEffect(() => {
    if (people.current === 0 && planner.people.length > 0 && persisted === false) void persist();
    people.current = planner.people.length;
  }, [planner.people.length]);

  const due = readOnly ? null : backupDue(backup, planner, new Date());
  return (
    <section aria-label="Keeping your planner safe" class="no-print flex flex-col gap-2 text-sm">
      <p>
        {persisted ? '✓ ' : ''}
        {durabilityLine(family, persisted, installed)}
        {backup.lastBackupAt && ` Last backup downloaded: ${when(backup.lastBackupAt)}.`}
      </p>
      {persisted === false && storage?.persist && (
        <div class="flex flex-wrap items-center gap-2">
          <button
            type="button"
            class="btn"
            onClick={async () => setAsked((await persist()) ? null : 'The browser did not agree this time. Backups are your safety net.')}
          >
            Keep my planner safe
          </button>
          {asked && <span role="status">{asked}</span>}
        </div>
      )}
      {due && (
        <div role="status" class="card flex flex-col gap-2 p-3">
          <p>
            {backup.lastBackupAt
              ? `You have made ${due.changes} change${due.changes === 1 ? '' : 's'} since your last backup on ${when(backup.lastBackupAt)}.`
              : `You have made ${due.changes} change${due.changes === 1 ? '' : 's'} and have not downloaded a backup yet.`}{' '}
            A backup is one file you keep, and it brings everything back if this browser clears its storage.
          </p>
          <div class="flex flex-wrap gap-2">
            <button type="button" class="btn btn-primary" onClick={exportBackup}>
              Download a backup now
            </button>
            <button type="button" class="btn" onClick={() => remindLater()}>
              Remind me later
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
