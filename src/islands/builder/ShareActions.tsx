import { useRef, useState } from 'preact/hooks';
import { canShare, copyText } from '../../lib/clipboard.ts';
import { loadQr } from '../../lib/qr.ts';
import type { Sheet } from '../../lib/sheet/sheet';
import { sheetToMarkdown, sheetToText, type ExportSheet } from '../../lib/sheet/export';
import { announce, clearSheet, setCompact, $pocketCard } from '../../stores/sheet.ts';
import { download } from '../kit/download.ts';
import { focusSheet } from './focus-sheet.ts';

interface Props {
  sheet: Sheet;
  exported: ExportSheet;
}

/** Links longer than this may be cut by some mail and chat apps. */
const LONG_LINK = 2000;

/** Print, share and export the sheet, and clear it. */
export default function ShareActions({ sheet, exported }: Props) {
  const [message, setMessage] = useState('');
  const [manual, setManual] = useState<{ label: string; text: string } | null>(null);
  const manualRef = useRef<HTMLTextAreaElement>(null);
  const empty = exported.questions.length === 0;

  const copy = async (label: string, text: string) => {
    if (await copyText(text)) {
      setManual(null);
      setMessage(`${label} copied.`);
      announce(`${label} copied to the clipboard.`);
    } else {
      // Clipboard blocked (permissions, older browser): let the reader copy it by hand.
      setManual({ label, text });
      setMessage(`Could not copy automatically. Select the ${label.toLowerCase()} below and copy it.`);
      requestAnimationFrame(() => manualRef.current?.select());
    }
  };
  // The sheet's link goes to the system share sheet where a phone or tablet offers one.
  const shareLink = async () => {
    try {
      if (canShare()) return void (await navigator.share({ url: exported.link }), setMessage('Link shared.'));
    } catch (error) {
      // Closing the share sheet is a choice: nothing to say.
      if ((error as Error).name === 'AbortError') return;
    }
    await copy('Link', exported.link);
  };
  const print = async () => {
    await loadQr().catch(() => undefined);
    // Let the QR code render before the print snapshot is taken.
    requestAnimationFrame(() => window.print());
  };
  // The pocket card swaps the printed layout for one print only; the browser's own Print menu
  // keeps printing the full sheet.
  const printPocketCard = () => {
    const root = document.documentElement;
    $pocketCard.set(true);
    // Its code loads on the first request: print once the card is on the page.
    const ready = () => {
      if (!document.querySelector('[data-pocket-card]')) return void requestAnimationFrame(ready);
      root.dataset.print = 'pocket';
      addEventListener('afterprint', () => delete root.dataset.print, { once: true });
      requestAnimationFrame(() => window.print());
    };
    ready();
  };

  return (
    <section aria-labelledby="share-heading" class="mt-6">
      <h3 id="share-heading" class="font-bold">
        Print, share and save
      </h3>
      {empty ? (
        <p class="muted mt-1">Add questions to print, share or save your sheet.</p>
      ) : (
        <>
          <div class="mt-2 flex flex-wrap gap-2">
            <button type="button" class="btn btn-primary" onClick={print}>
              Print sheet
            </button>
            <button type="button" class="btn" onClick={printPocketCard}>
              Print pocket card
            </button>
            <button type="button" class="btn" onClick={shareLink}>
              {canShare() ? 'Share link' : 'Copy link'}
            </button>
            <button type="button" class="btn" onClick={() => copy('Text', sheetToText(exported))}>
              Copy as text
            </button>
            <button type="button" class="btn" onClick={() => copy('Markdown', sheetToMarkdown(exported))}>
              Copy as Markdown
            </button>
            <button type="button" class="btn" onClick={() => download('my-questions.txt', sheetToText(exported), 'text/plain')}>
              Download text
            </button>
            <button type="button" class="btn" onClick={() => download('my-questions.md', sheetToMarkdown(exported), 'text/markdown')}>
              Download Markdown
            </button>
          </div>
          <label class="mt-3 flex items-center gap-2">
            <input type="checkbox" class="h-4 w-4" checked={sheet.compact} onChange={(e) => setCompact(e.currentTarget.checked)} />
            Compact print: questions only, two columns, one page
          </label>
          {exported.link.length > LONG_LINK && (
            <p class="mt-2 text-sm">
              <span aria-hidden="true">⚠ </span>This link is {exported.link.length} characters long; some mail and chat apps cut long links.
              Shorter or fewer questions of your own make it shorter.
            </p>
          )}
          <p class="mt-2 text-sm" aria-live="polite">
            {message}
          </p>
          {manual && (
            <label class="mt-2 flex flex-col gap-1 text-sm">
              {manual.label} to copy
              <textarea
                ref={manualRef}
                readOnly
                rows={4}
                value={manual.text}
                class="rounded-md border border-[var(--muted)] bg-[var(--page)] p-2 font-mono"
              />
            </label>
          )}
          <button
            type="button"
            class="btn mt-4"
            onClick={() => {
              clearSheet();
              focusSheet();
            }}
          >
            Clear sheet
          </button>
        </>
      )}
    </section>
  );
}
