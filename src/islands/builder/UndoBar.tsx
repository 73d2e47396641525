import { useStore } from '@nanostores/preact';
import { $sheetUndo, dismissSheetUndo, undoSheet } from '../../stores/sheet.ts';

interface Props {
  /** Where focus goes once the bar is gone, so keyboard users are not dropped at the page top. */
  focusAfter: () => void;
}

/** "Removed …  Undo": shown after any change that loses questions. */
export default function UndoBar({ focusAfter }: Props) {
  const last = useStore($sheetUndo);
  if (!last) return null;
  return (
    <div class="card mb-4 flex flex-wrap items-center gap-2 border-l-4 p-3">
      <p class="mr-auto">{last.message}</p>
      <button
        type="button"
        class="btn btn-primary"
        onClick={() => {
          undoSheet();
          focusAfter();
        }}
      >
        Undo
      </button>
      <button
        type="button"
        class="btn"
        onClick={() => {
          dismissSheetUndo();
          focusAfter();
        }}
      >
        Dismiss
      </button>
    </div>
  );
}
