import { useStore } from '@nanostores/preact';
import { useEffect, useRef } from 'preact/hooks';
import { $plannerUndo, dismissPlannerUndo, undoPlanner } from '../../../stores/planner/planner.ts';
import { $syncNotice } from '../../../stores/planner/persistence.ts';

/** Live messages: changes from other tabs, and the offer to undo the last delete or import. */
export default function Notices() {
  const notice = useStore($syncNotice);
  const last = useStore($plannerUndo);
  // After a delete or an import the control that did it is gone; Undo is the natural next stop.
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (last) undoButton.current?.focus();
  }, [last]);
  return (
    <div class="flex flex-col gap-2 wrap-anywhere" role="status" aria-live="polite">
      {notice && (
        <p class="rounded-lg border border-[var(--line)] bg-[var(--soft)] px-3 py-2">
          <span aria-hidden="true">ℹ </span>
          {notice}
          <button type="button" class="btn ml-2" onClick={() => $syncNotice.set(null)}>
            Dismiss
          </button>
        </p>
      )}
      {last && (
        <p class="rounded-lg border border-[var(--line)] bg-[var(--soft)] px-3 py-2">
          {last.label}{' '}
          <button type="button" class="btn" onClick={undoPlanner} ref={undoButton}>
            Undo
          </button>{' '}
          <button type="button" class="btn" onClick={dismissPlannerUndo}>
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}
