import { useState } from 'preact/hooks';
import { $today } from '../../stores/planner/planner.ts';
import { startFresh, type SaveState } from '../../stores/planner/persistence.ts';
import { datedName, download } from '../kit/download.ts';
import ConfirmDialog from './ConfirmDialog';

interface Props {
  state: Extract<SaveState, { kind: 'corrupt' }>;
}

/** Shown when the saved planner cannot be read: nothing is overwritten until the reader decides. */
export default function RecoveryNotice({ state }: Props) {
  const [confirming, setConfirming] = useState(false);
  return (
    <section role="alert" aria-labelledby="recovery-title" class="rounded-lg border-2 border-[var(--ink)] p-4">
      <h2 id="recovery-title" class="text-lg font-bold">
        ⚠ Your saved planner could not be read
      </h2>
      <p class="mt-1">
        The data saved in this browser is damaged ({state.reason}). It has not been changed or deleted
        {state.backupKey ? <> and a copy is kept in this browser under “{state.backupKey}”</> : null}. Download it to keep it, or to ask
        someone to help recover it. You can also import a backup file.
      </p>
      <div class="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          class="btn btn-primary"
          onClick={() => download(datedName('planner-unreadable', $today.get(), 'txt'), state.raw, 'text/plain')}
        >
          Download the saved data
        </button>
        <button type="button" class="btn" onClick={() => setConfirming(true)}>
          Start fresh…
        </button>
      </div>
      {confirming && (
        <ConfirmDialog
          id="fresh"
          title="Start a fresh planner?"
          message={`The planner starts empty. The unreadable data stays in this browser’s backup copy${state.backupKey ? '' : ' only if you downloaded it'}.`}
          confirmLabel="Start fresh"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            startFresh();
          }}
        />
      )}
    </section>
  );
}
