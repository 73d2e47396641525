import type { BankEntry } from '../../lib/bank.ts';
import { isCustom } from '../../lib/sheet/sheet';
import type { Incoming } from './incoming.ts';
import Dialog from '../kit/Dialog.tsx';
import DroppedList from './DroppedList.tsx';

interface Props {
  incoming: Incoming | null;
  bank: ReadonlyMap<string, BankEntry>;
  /** The reader's answer: use it instead, add it to theirs, or keep theirs as it is. */
  onChoose: (choice: 'replace' | 'merge' | 'keep') => void;
  fallbackFocus: () => HTMLElement | null;
}

/** Asks what to do with a sheet that arrived by link when the reader already has one. */
export default function IncomingDialog({ incoming, bank, onChoose, fallbackFocus }: Props) {
  if (!incoming) return null;
  return (
    <Dialog id="incoming" title={`Open ${incoming.what}?`} onClose={() => onChoose('keep')} fallbackFocus={fallbackFocus}>
      <form method="dialog" class="flex flex-col gap-3">
        <p>
          It has {incoming.items.length} question{incoming.items.length === 1 ? '' : 's'}. Your own sheet is safe: choose what to do with
          it.
        </p>
        <ol
          class="card max-h-[40vh] list-decimal overflow-y-auto py-2 pl-10 pr-3"
          aria-label={`Questions in ${incoming.what}`}
          // eslint-disable-next-line jsx-a11y-x/no-noninteractive-tabindex -- the list scrolls, and a keyboard user can only scroll what can take focus (axe: scrollable-region-focusable).
          tabIndex={0}
        >
          {incoming.items.map((item) => (
            <li key={isCustom(item) ? item.key : item.id}>{isCustom(item) ? item.text : bank.get(item.id)?.text}</li>
          ))}
        </ol>
        <DroppedList dropped={incoming.dropped} cut={incoming.cut} />
        <div class="flex flex-wrap gap-2">
          <button type="button" class="btn btn-primary" onClick={() => onChoose('replace')}>
            Use it instead of my sheet
          </button>
          <button type="button" class="btn" onClick={() => onChoose('merge')}>
            Add its questions to my sheet
          </button>
          <button type="submit" class="btn" value="keep">
            Keep my sheet as it is
          </button>
        </div>
      </form>
    </Dialog>
  );
}
