import { useStore } from '@nanostores/preact';
import { $saveState, retrySave } from '../../../stores/planner/persistence.ts';
import { exportBackup } from './exports.ts';

/** Says whether the planner is saved, and what to do when it is not. Never relies on colour. */
export default function SaveStatus() {
  const state = useStore($saveState);
  switch (state.kind) {
    case 'saved':
      return (
        <p class="muted text-sm" role="status">
          ✓ Saved in this browser only. Nothing is sent anywhere.
          {state.migratedFrom &&
            ` Your planner was updated from version ${state.migratedFrom}; a copy of the old data is kept in this browser.`}
        </p>
      );
    case 'failed':
      return (
        <div role="alert" class="rounded-lg border-2 border-[var(--ink)] p-4">
          <p class="font-bold">⚠ Not saved</p>
          <p>
            Your latest changes are still on this page, but they could not be saved because {state.reason}. The planner tries again with
            your next change. Export a backup now so nothing is lost.
          </p>
          <div class="mt-2 flex flex-wrap gap-2">
            <button type="button" class="btn" onClick={retrySave}>
              Try saving again
            </button>
            <button type="button" class="btn btn-primary" onClick={exportBackup}>
              Export backup
            </button>
          </div>
        </div>
      );
    case 'memory':
      return (
        <div role="status" class="rounded-lg border-2 border-[var(--ink)] p-4">
          <p class="font-bold">⚠ Working in memory only</p>
          <p>
            The planner cannot save here because {state.reason}. It works, but everything is gone when you close this tab. Export a backup
            to keep your work.
          </p>
          <button type="button" class="btn btn-primary mt-2" onClick={exportBackup}>
            Export backup
          </button>
        </div>
      );
    case 'readonly':
      return (
        <div role="status" class="rounded-lg border-2 border-[var(--ink)] p-4">
          <p class="font-bold">Read-only: saved by a newer version</p>
          <p>
            Your planner was saved by a newer version of this page (version {state.version}). To keep it safe, it is open read-only and
            nothing is changed. Reload the page to get the latest planner.
          </p>
        </div>
      );
    default:
      return null;
  }
}
