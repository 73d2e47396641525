import type { ImportMode, ImportPreview as Preview } from '../../lib/planner/on-demand/import.ts';

interface Props {
  name: string;
  preview: Preview;
  mode: ImportMode;
  onMode: (mode: ImportMode) => void;
  /** The saved planner is unreadable, so the backup can only replace it. */
  fixedReplace: boolean;
  onApply: () => void;
}

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** What the import will add, replace and remove, and the choice between merging and replacing. */
export default function ImportPreview({ name, preview: p, mode, onMode, fixedReplace, onApply }: Props) {
  return (
    <section aria-labelledby="import-preview" class="flex flex-col gap-2 rounded-lg border border-[var(--line)] p-3">
      <h3 id="import-preview" class="wrap-anywhere">
        “{name}” is a valid backup
      </h3>
      {!fixedReplace && (
        <fieldset class="flex flex-col gap-1">
          <legend class="font-semibold">How to import</legend>
          <label>
            <input type="radio" name="import-mode" value="merge" checked={mode === 'merge'} onChange={() => onMode('merge')} /> Merge: add
            to what is here, and replace records that are in both
          </label>
          <label>
            <input type="radio" name="import-mode" value="replace" checked={mode === 'replace'} onChange={() => onMode('replace')} />{' '}
            Replace: make the planner exactly the backup
          </label>
        </fieldset>
      )}
      <ul class="list-disc pl-6" aria-label="What the import will do">
        <li>
          Add {n(p.addPeople, 'person', 'people')} and {n(p.addConversations, 'conversation', 'conversations')}
        </li>
        <li>
          Replace {n(p.replacePeople, 'person', 'people')} and {n(p.replaceConversations, 'conversation', 'conversations')}
        </li>
        {(mode === 'replace' || fixedReplace) && (
          <li>
            Remove {n(p.removePeople, 'person', 'people')} and {n(p.removeConversations, 'conversation', 'conversations')}
          </li>
        )}
        {p.profileChanges && <li>Replace your target and self-assessment</li>}
      </ul>
      <p class="text-sm">You can undo the import straight after.</p>
      <button type="button" class="btn btn-primary self-start" onClick={onApply}>
        {fixedReplace || mode === 'replace' ? 'Replace with the backup' : 'Merge the backup'}
      </button>
    </section>
  );
}
