import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { openDialog } from '../../stores/planner/ui.ts';
import { exportBackup, exportCalendar, exportCsv } from '../kit/planner/exports.ts';
import { $readOnly } from '../../stores/planner/persistence.ts';

/** Adding people, and getting data in and out of the browser. */
export default function Toolbar() {
  const readOnly = useStore($readOnly);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (task: () => Promise<string | null>) => {
    setBusy(true);
    setMessage(null);
    setMessage(await task());
    setBusy(false);
  };
  return (
    <div class="no-print flex flex-col gap-2">
      <div class="flex flex-wrap gap-2" role="group" aria-label="Planner actions">
        {!readOnly && (
          <button type="button" class="btn btn-primary" onClick={() => openDialog({ kind: 'person', id: null })}>
            Add a person
          </button>
        )}
        <button type="button" class="btn" onClick={exportBackup}>
          Export backup (JSON)
        </button>
        <button type="button" class="btn" disabled={busy} onClick={() => run(exportCsv)}>
          Export spreadsheet (CSV)
        </button>
        <button type="button" class="btn" disabled={busy} onClick={() => run(exportCalendar)}>
          Export calendar (.ics)
        </button>
        <button type="button" class="btn" onClick={() => openDialog({ kind: 'import' })}>
          Import backup…
        </button>
      </div>
      <p role="status" class="text-sm">
        {message}
      </p>
    </div>
  );
}
