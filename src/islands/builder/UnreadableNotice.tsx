import { useStore } from '@nanostores/preact';
import { SHEET_BACKUP_KEY } from '../../lib/storage-keys.ts';
import { $sheetUnreadable } from '../../stores/sheet.ts';
import { download } from '../kit/download.ts';

function downloadBackup() {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(SHEET_BACKUP_KEY);
  } catch {}
  download('unreadable-question-sheet.txt', raw ?? '', 'text/plain');
}

/** Tells the reader that part of their saved sheet could not be read, and that a copy was kept. */
export default function UnreadableNotice() {
  const unreadable = useStore($sheetUnreadable);
  if (!unreadable) return null;
  return (
    <div class="card mb-6 border-l-4 p-4">
      <p class="font-semibold">Part of your saved sheet could not be read.</p>
      <p class="mt-1">
        We kept a copy of it in this browser, so nothing is lost. You can download the copy to look at it or send it to whoever helps you.
      </p>
      <div class="mt-2 flex flex-wrap gap-2">
        <button type="button" class="btn" onClick={downloadBackup}>
          Download the unreadable copy
        </button>
        <button
          type="button"
          class="btn"
          onClick={() => {
            $sheetUnreadable.set(false);
            document.getElementById('sheet-heading')?.focus();
          }}
        >
          Dismiss
        </button>
      </div>
    </div>
  );
}
