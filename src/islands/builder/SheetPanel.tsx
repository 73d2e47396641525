import type { BankCategory, BankEntry } from '../../lib/bank.ts';
import type { Sheet } from '../../lib/sheet/sheet';
import type { ExportSheet } from '../../lib/sheet/export';
import type { SheetView } from '../../lib/sheet/view';
import CustomQuestionForm from './CustomQuestionForm.tsx';
import ShareActions from './ShareActions.tsx';
import SheetList from './SheetList.tsx';
import SheetSummary from './SheetSummary.tsx';
import UndoBar from './UndoBar.tsx';
import { focusSheet } from './focus-sheet.ts';

interface Props {
  sheet: Sheet;
  view: SheetView;
  bank: ReadonlyMap<string, BankEntry>;
  categories: BankCategory[];
  exported: ExportSheet;
}

/** The reader's sheet: its length and budget, the questions, their own, and what to do with it. */
export default function SheetPanel({ sheet, view, bank, categories, exported }: Props) {
  return (
    <section aria-labelledby="sheet-heading" class="sheet-panel" data-needs-js>
      <h2 id="sheet-heading" class="mb-3 text-2xl font-bold" tabIndex={-1}>
        Your sheet
      </h2>
      <UndoBar focusAfter={focusSheet} />
      <SheetSummary sheet={sheet} view={view} />
      <SheetList sheet={sheet} view={view} bank={bank} categories={categories} />
      <CustomQuestionForm />
      <ShareActions sheet={sheet} exported={exported} />
    </section>
  );
}
