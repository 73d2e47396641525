import type { BankEntry } from '../../lib/bank.ts';
import { partLabels } from '../../lib/labels.ts';
import { $sheet, announce, toggleQuestion } from '../../stores/sheet.ts';
import { memo } from '../kit/memo.ts';

interface Props {
  question: BankEntry;
  added: boolean;
  /** Filtered out: kept in the page, hidden, so clearing a filter does not rebuild the bank. */
  hidden: boolean;
}

/** One bank question with its add or remove button; "On your sheet" is said in words, not colour. */
function BankRow({ question, added, hidden }: Props) {
  const textId = `bank-q-${question.id}`;
  const toggle = () => {
    const nowAdded = toggleQuestion(question.id);
    // Read after the change, so the row needs no props that change with every other row.
    const n = $sheet.get().items.length;
    announce(`${nowAdded ? 'Added to' : 'Removed from'} your sheet. It has ${n} question${n === 1 ? '' : 's'}.`);
  };
  return (
    <li
      hidden={hidden}
      class={`flex flex-wrap items-start justify-between gap-2 border-b border-[var(--line)] py-3 sm:flex-nowrap ${added ? 'border-l-4 border-l-[var(--link)] pl-3' : ''}`}
    >
      <div class="min-w-0">
        <p id={textId}>{question.text}</p>
        <p class="muted text-sm">
          {partLabels[question.part]}
          {question.sensitive && ' · Sensitive: ask gently, later on'}
          {question.needsResearch && ' · Do your research first'}
        </p>
      </div>
      <div class="flex shrink-0 flex-col items-end gap-1">
        <button type="button" class="btn text-sm" aria-describedby={textId} onClick={toggle}>
          <span aria-hidden="true">{added ? '−' : '+'}</span>
          {added ? 'Remove from my sheet' : 'Add to my sheet'}
        </button>
        {added && (
          <span class="text-sm font-semibold">
            <span aria-hidden="true">✓ </span>On your sheet
          </span>
        )}
      </div>
    </li>
  );
}

export default memo(BankRow);
