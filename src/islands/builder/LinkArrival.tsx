// Loaded only when the address carries a shared sheet or a starter-sheet link, so the decoder,
// the dialog and their messages cost nothing on an ordinary visit.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { BankEntry } from '../../lib/bank.ts';
import type { Preset } from '../../lib/sheet/presets';
import { decodeSheetLink } from '../../lib/sheet/link';
import type { QuestionAliases } from '../../lib/bank.ts';
import { $sheet, dismissSheetUndo, loadItems, newKey } from '../../stores/sheet.ts';
import DroppedList from './DroppedList.tsx';
import IncomingDialog from './IncomingDialog.tsx';
import type { Incoming } from './incoming.ts';

interface Props {
  /** The address fragment that arrived (already cleared from the address bar). */
  fragment: string;
  bank: ReadonlyMap<string, BankEntry>;
  /** Old ids of merged questions: a link made before a merge opens the kept question. */
  aliases: QuestionAliases;
  presets: Preset[];
  /** The reader dismissed the message. */
  onDone: () => void;
  /** Called once the link's sheet is in, or once nothing more will come of it. */
  onTaken: () => void;
}

interface Message {
  title: string;
  dropped?: string[];
  cut?: number;
}

const focusSheet = () => document.getElementById('sheet-heading');

/** Reads what a link brought and takes it in: at once into an empty sheet, else by asking first. */
export default function LinkArrival({ fragment, bank, aliases, presets, onDone, onTaken }: Props) {
  const [offer, setOffer] = useState<Incoming | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  // The dialog reports its close after a choice was made too; only the first answer counts.
  const pending = useRef<Incoming | null>(null);

  useEffect(() => {
    const content = decodeSheetLink(fragment, new Set(bank.keys()), newKey, aliases);
    let incoming: Incoming;
    if (content.kind === 'none') return onDone();
    if (content.kind === 'unsupported') {
      setMessage({ title: `This link uses a newer format (${content.version}) than this handbook reads. Your sheet is unchanged.` });
      return;
    }
    if (content.kind === 'preset') {
      const preset = presets.find((p) => p.id === content.id);
      if (!preset) {
        setMessage({
          title:
            'The link names a starter sheet this handbook does not have. Your sheet is unchanged; the starter sheets are listed below.',
        });
        return;
      }
      incoming = {
        what: `the starter sheet “${preset.title}”`,
        items: preset.questions.map((id) => ({ id })),
        minutes: preset.minutes,
        grouped: false,
        dropped: [],
        cut: 0,
      };
    } else {
      incoming = { what: 'the shared sheet', ...content.sheet, dropped: content.dropped, cut: content.cut };
    }
    if ($sheet.get().items.length === 0) {
      loadItems(incoming.items, 'replace', incoming.what, { minutes: incoming.minutes, grouped: incoming.grouped });
      dismissSheetUndo();
      const n = incoming.items.length;
      setMessage({
        title: `Your sheet was empty, so it now holds ${incoming.what} (${n} question${n === 1 ? '' : 's'}).`,
        dropped: incoming.dropped,
        cut: incoming.cut,
      });
    } else {
      pending.current = incoming;
      setOffer(incoming);
    }
  }, [fragment]);

  // Runs after the effect above: taken in, or turned into a question the dialog is asking.
  useEffect(() => {
    if (!pending.current) onTaken();
  });

  const choose = (choice: 'replace' | 'merge' | 'keep') => {
    const taken = pending.current;
    pending.current = null;
    setOffer(null);
    if (!taken) return;
    if (choice === 'keep')
      setMessage({ title: `You kept your sheet. ${taken.what[0]!.toUpperCase()}${taken.what.slice(1)} was not opened.` });
    else {
      loadItems(taken.items, choice, taken.what, { minutes: taken.minutes, grouped: taken.grouped });
      if (taken.dropped.length || taken.cut) setMessage({ title: `About ${taken.what}:`, dropped: taken.dropped, cut: taken.cut });
      else onDone();
    }
  };

  return (
    <>
      {message && (
        <div class="card mb-6 border-l-4 p-4 wrap-anywhere">
          <p class="font-semibold">{message.title}</p>
          <DroppedList dropped={message.dropped ?? []} cut={message.cut ?? 0} />
          <button
            type="button"
            class="btn mt-2"
            onClick={() => {
              focusSheet()?.focus();
              onDone();
            }}
          >
            Dismiss
          </button>
        </div>
      )}
      <IncomingDialog incoming={offer} bank={bank} onChoose={choose} fallbackFocus={focusSheet} />
    </>
  );
}
