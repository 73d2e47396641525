import { useState } from 'preact/hooks';
import { partLabels } from '../../lib/labels.ts';
import { checkAdvice } from '../../lib/sheet/checks';
import type { SheetRow as Row } from '../../lib/sheet/view';
import CustomQuestionForm from './CustomQuestionForm.tsx';
import { controlId, rowId } from './row-ids.ts';

interface Props {
  row: Row;
  /** Position in asking order. */
  index: number;
  /** Whether it can move up or down (grouped, a question stays inside its part). */
  canUp: boolean;
  canDown: boolean;
  /** Category titles by id, for the line under a bank question. */
  categoryTitle: string | undefined;
  onMove: (key: string, to: number, control: 'up' | 'down') => void;
  onRemove: (key: string) => void;
  onEdited: (key: string) => void;
  drag: {
    start: (key: string) => void;
    over: (key: string) => void;
    drop: () => void;
    end: () => void;
    /** True while another question is dragged over this one. */
    target: boolean;
  };
}

/** One question on the sheet, with its notes and the controls to move, edit or remove it. */
export default function SheetRow({ row, index, canUp, canDown, categoryTitle, onMove, onRemove, onEdited, drag }: Props) {
  const [editing, setEditing] = useState(false);
  const textId = controlId(row.key, 'text');
  const custom = 'text' in row.item ? row.item : null;
  return (
    <li
      id={rowId(row.key)}
      class={`break-inside-avoid border-b border-[var(--line)] py-3 ${drag.target ? 'border-t-4 border-t-[var(--focus)]' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        drag.over(row.key);
      }}
      onDrop={(e) => {
        e.preventDefault();
        drag.drop();
      }}
    >
      <div class="flex items-start gap-2">
        {/* Mouse-only handle: the Move buttons do the same from the keyboard. */}
        <span
          draggable
          aria-hidden="true"
          title="Drag to reorder"
          class="cursor-grab select-none px-1 text-lg leading-6 text-[var(--muted)]"
          onDragStart={(e) => {
            e.dataTransfer?.setData('text/plain', row.key);
            if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
            const li = document.getElementById(rowId(row.key));
            if (li) e.dataTransfer?.setDragImage(li, 10, 10);
            drag.start(row.key);
          }}
          onDragEnd={drag.end}
        >
          ⠿
        </span>
        <div class="min-w-0 flex-1">
          {editing && custom ? (
            <CustomQuestionForm
              editing={custom}
              onDone={() => {
                setEditing(false);
                onEdited(row.key);
              }}
            />
          ) : (
            <p id={textId} class="font-medium wrap-anywhere">
              {row.text}
            </p>
          )}
          <p class="muted text-sm">
            {partLabels[row.part]} · {custom ? 'Your own question' : (categoryTitle ?? 'No longer in the handbook')}
            {row.bank?.needsResearch && ' · Do your research first'}
            {row.bank?.sensitive && ' · Sensitive: ask gently'}
          </p>
          {row.checks.length > 0 && (
            <ul class="mt-2 flex flex-col gap-1 text-sm">
              {row.checks.map((check) => (
                <li key={check} class="border-l-4 border-[var(--muted)] pl-2">
                  <strong>Tip:</strong> {checkAdvice[check]}
                </li>
              ))}
            </ul>
          )}
          {!editing && (
            <div class="mt-2 flex flex-wrap gap-1">
              <button
                type="button"
                id={controlId(row.key, 'up')}
                class="btn text-sm aria-disabled:cursor-not-allowed aria-disabled:border-dashed"
                aria-describedby={textId}
                aria-disabled={canUp ? undefined : 'true'}
                onClick={() => canUp && onMove(row.key, index - 1, 'up')}
              >
                <span aria-hidden="true">↑</span> Move up
              </button>
              <button
                type="button"
                id={controlId(row.key, 'down')}
                class="btn text-sm aria-disabled:cursor-not-allowed aria-disabled:border-dashed"
                aria-describedby={textId}
                aria-disabled={canDown ? undefined : 'true'}
                onClick={() => canDown && onMove(row.key, index + 1, 'down')}
              >
                <span aria-hidden="true">↓</span> Move down
              </button>
              {custom && (
                <button
                  type="button"
                  id={controlId(row.key, 'edit')}
                  class="btn text-sm"
                  aria-describedby={textId}
                  onClick={() => setEditing(true)}
                >
                  Edit
                </button>
              )}
              <button
                type="button"
                id={controlId(row.key, 'remove')}
                class="btn text-sm"
                aria-describedby={textId}
                onClick={() => onRemove(row.key)}
              >
                Remove
              </button>
            </div>
          )}
        </div>
      </div>
    </li>
  );
}
