import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { parseImport, previewImport, type ImportMode } from '../../lib/planner/on-demand/import.ts';
import type { PlannerData } from '../../schemas/planner';
import { importBackup } from '../../stores/planner/planner.ts';
import { $planner, $saveState, startFresh } from '../../stores/planner/persistence.ts';
import { closeDialog } from '../../stores/planner/ui.ts';
import ImportPreview from './ImportPreview';
import Dialog from '../kit/Dialog.tsx';

/** Reads a backup file, says exactly what it will change, and applies it only when asked. */
export default function ImportDialog() {
  const current = useStore($planner);
  const state = useStore($saveState);
  const [error, setError] = useState('');
  const [incoming, setIncoming] = useState<{ name: string; data: PlannerData } | null>(null);
  const [mode, setMode] = useState<ImportMode>('merge');

  const onFile = async (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    setIncoming(null);
    setError('');
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setError(`“${file.name}” could not be read. Nothing was changed.`);
      return;
    }
    const parsed = parseImport(text);
    if (parsed.ok) setIncoming({ name: file.name, data: parsed.data });
    else setError(`${parsed.error} Nothing was changed.`);
  };

  const apply = async () => {
    if (!incoming) return;
    if (state.kind === 'corrupt') startFresh();
    await importBackup(incoming.data, state.kind === 'corrupt' ? 'replace' : mode);
    closeDialog();
  };

  return (
    <Dialog id="import" title="Import a backup" onClose={closeDialog}>
      {state.kind === 'readonly' ? (
        <p>This planner is open read-only because a newer version saved it, so nothing can be imported here. Reload the page first.</p>
      ) : (
        <>
          <p>Choose a .json file made with “Export backup”. Nothing changes until you confirm.</p>
          <div class="flex flex-col gap-1">
            <label htmlFor="import-file" class="font-semibold">
              Backup file
            </label>
            <input
              id="import-file"
              type="file"
              accept=".json,application/json"
              onChange={onFile}
              aria-describedby={error ? 'import-error' : undefined}
            />
          </div>
          {error && (
            <p id="import-error" role="alert" class="rounded-lg border-2 border-[var(--ink)] p-3 font-semibold wrap-anywhere">
              ⚠ {error}
            </p>
          )}
          {incoming && (
            <ImportPreview
              name={incoming.name}
              preview={previewImport(current, incoming.data, state.kind === 'corrupt' ? 'replace' : mode)}
              mode={mode}
              onMode={setMode}
              fixedReplace={state.kind === 'corrupt'}
              onApply={apply}
            />
          )}
        </>
      )}
    </Dialog>
  );
}
