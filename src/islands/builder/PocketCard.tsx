import { SHEET_TITLE } from '../../lib/sheet/export';
import type { SheetView } from '../../lib/sheet/view';

interface Props {
  view: SheetView;
}

/**
 * The sheet as an index card (5 × 3 inches) to slip into a pocket: questions only, small type,
 * on a named page of its own size. Shown only when the reader prints the pocket card.
 */
export default function PocketCard({ view }: Props) {
  const rows = view.rows.filter((r) => !r.missing);
  return (
    <div class="pocket-card hidden text-black wrap-anywhere" data-pocket-card>
      <p class="font-bold">{SHEET_TITLE}</p>
      <ol class="mt-1 list-decimal columns-2 gap-4 pl-4">
        {rows.map((row) => (
          <li key={row.key} class="break-inside-avoid">
            {row.text}
          </li>
        ))}
      </ol>
      <p class="mt-1 font-semibold">End on time · Thank-you within a week</p>
    </div>
  );
}
