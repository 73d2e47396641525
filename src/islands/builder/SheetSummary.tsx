import { budgets, type Sheet } from '../../lib/sheet/sheet';
import type { SheetView } from '../../lib/sheet/view';
import { setGrouped, setMinutes } from '../../stores/sheet.ts';

interface Props {
  sheet: Sheet;
  view: SheetView;
}

/** The sheet's length against the time budget, the budget itself and the grouping switch. */
export default function SheetSummary({ sheet, view }: Props) {
  const n = view.rows.length;
  return (
    <div class="flex flex-col gap-3">
      <p>
        <strong>
          {n} question{n === 1 ? '' : 's'}
        </strong>
        {n > 0 && (
          <>
            , about {view.estimate} minutes with hello and wrap-up. You have {sheet.minutes}.
          </>
        )}
      </p>
      {view.over > 0 && (
        <p class="rounded-md border-2 border-[var(--ink)] p-3 font-semibold">
          <span aria-hidden="true">⚠ </span>Over time by about {view.over} minute{view.over === 1 ? '' : 's'}. Cut {view.cut} question
          {view.cut === 1 ? '' : 's'} or choose more time, so you can end when you promised.
        </p>
      )}
      <fieldset>
        <legend class="font-semibold">Time you have</legend>
        <div class="mt-1 flex flex-wrap gap-2">
          {budgets.map((m) => (
            <label
              key={m}
              class="btn has-checked:border-[var(--ink)] has-checked:font-bold has-focus-visible:outline-3 has-focus-visible:outline-[var(--focus)]"
            >
              <input type="radio" name="budget" class="sr-only" value={m} checked={sheet.minutes === m} onChange={() => setMinutes(m)} />
              {sheet.minutes === m && <span aria-hidden="true">✓</span>}
              {m} minutes
            </label>
          ))}
        </div>
      </fieldset>
      <label class="flex items-center gap-2">
        <input type="checkbox" class="h-4 w-4" checked={sheet.grouped} onChange={(e) => setGrouped(e.currentTarget.checked)} />
        Group by part of the conversation (opening, core, closing)
      </label>
    </div>
  );
}
