import { useEffect, useRef, useState } from 'preact/hooks';
import type { BankCategory, BankEntry } from '../../lib/bank.ts';
import { partLabels } from '../../lib/labels.ts';
import { partOrder, type Sheet } from '../../lib/sheet/sheet';
import { partFinder, type SheetView } from '../../lib/sheet/view';
import { announce, moveTo, removeItem } from '../../stores/sheet.ts';
import { controlId } from './row-ids.ts';
import SheetRow from './SheetRow.tsx';
import { clip } from '../../lib/clip.ts';

interface Props {
  sheet: Sheet;
  view: SheetView;
  bank: ReadonlyMap<string, BankEntry>;
  categories: BankCategory[];
}

const short = (text: string) => (text.length > 60 ? `${clip(text, 57)}…` : text);

/** The questions on the sheet, in asking order, optionally under part headings. */
export default function SheetList({ sheet, view, bank, categories }: Props) {
  const titles = new Map(categories.map((c) => [c.id, c.title]));
  // After a move or removal, focus goes to the control the reader would expect to be on.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);

  const rows = view.rows;
  const total = rows.length;
  const move = (key: string, to: number, control: 'up' | 'down') => {
    const row = rows.find((r) => r.key === key)!;
    const at = moveTo(key, to, partFinder(bank));
    // Move buttons are aria-disabled at the ends rather than disabled, so focus can stay on them.
    focusNext.current = controlId(key, control);
    announce(`Moved “${short(row.text)}” to position ${at + 1} of ${total}.`);
  };
  const remove = (key: string) => {
    const index = rows.findIndex((r) => r.key === key);
    const neighbour = rows[index + 1] ?? rows[index - 1];
    focusNext.current = neighbour ? controlId(neighbour.key, 'remove') : 'sheet-heading';
    removeItem(key, short(rows[index]!.text));
  };
  const drag = (key: string) => ({
    start: (k: string) => setDragging(k),
    over: (k: string) => dragging && setOver(k),
    drop: () => {
      const to = rows.findIndex((r) => r.key === key);
      if (dragging && dragging !== key) move(dragging, to, 'up');
      setDragging(null);
      setOver(null);
    },
    end: () => {
      setDragging(null);
      setOver(null);
    },
    target: over === key && dragging !== null && dragging !== key,
  });

  if (total === 0) {
    return (
      <div class="card mt-4 p-4">
        <p class="font-semibold">Your sheet is empty.</p>
        <p class="mt-1">Start from a starter sheet above, add questions from the bank, or write your own below.</p>
      </div>
    );
  }

  const renderRows = (from: number, to: number) =>
    rows.slice(from, to).map((row, i) => {
      const index = from + i;
      const samePart = (other: number) => !sheet.grouped || rows[other]?.part === row.part;
      return (
        <SheetRow
          key={row.key}
          row={row}
          index={index}
          canUp={index > 0 && samePart(index - 1)}
          canDown={index < total - 1 && samePart(index + 1)}
          categoryTitle={row.bank && titles.get(row.bank.category)}
          onMove={move}
          onRemove={remove}
          onEdited={(k) => (focusNext.current = controlId(k, 'edit'))}
          drag={drag(row.key)}
        />
      );
    });

  if (!sheet.grouped) return <ol class="mt-4 list-decimal pl-7">{renderRows(0, total)}</ol>;
  let start = 0;
  return (
    <div class="mt-4">
      {partOrder.map((part) => {
        const count = rows.filter((r) => r.part === part).length;
        const from = start;
        start += count;
        if (count === 0) return null;
        return (
          <section key={part} aria-labelledby={`group-${part}`}>
            <h3 id={`group-${part}`} class="mt-4 text-lg font-bold">
              {partLabels[part]}
            </h3>
            <ol class="list-decimal pl-7" start={from + 1}>
              {renderRows(from, from + count)}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
