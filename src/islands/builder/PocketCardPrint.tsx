import { SHEET_TITLE } from '../../lib/sheet/export';
import type { PrintedQuestion } from './SheetPrint.tsx';

interface Props {
  /** The questions in asking order. */
  questions: readonly PrintedQuestion[];
}

/**
 * The sheet as an index card (5 × 3 inches) to slip into a pocket: questions only, small type,
 * on a named page of its own size. Shown only when the reader prints the pocket card.
 */
export default function PocketCardPrint({ questions: rows }: Props) {
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
      <p class="mt-1 font-semibold">End on time · Thank-you within a day or two</p>
    </div>
  );
}
