import { useState } from 'preact/hooks';
import { $today } from '../../stores/planner/planner.ts';
import { startFresh, type SaveState } from '../../stores/planner/persistence.ts';
import { datedName, download } from './download';
import Modal from '../kit/Modal.tsx';

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
        <button type="button" class="btn btn-primary" onClick={() => download(datedName('planner-unreadable', $today.get(), 'txt'), state.raw, 'text/plain')}>
          Download the saved data
        </button>
        <button type="button" class="btn" onClick={() => setConfirming(true)}>
          Start fresh…
        </button>
      </div>
      {confirming && (
        <Modal id="fresh" title="Start a fresh planner?" onClose={() => setConfirming(false)}>
          <p>The planner starts empty. The unreadable data stays in this browser’s backup copy{state.backupKey ? '' : ' only if you downloaded it'}.</p>
          <div class="flex flex-wrap gap-2">
            <button type="button" class="btn btn-primary" onClick={() => { setConfirming(false); startFresh(); }}>
              Start fresh
            </button>
            <button type="button" class="btn" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </Modal>
      )}
    </section>
  );
}
