import { useStore } from '@nanostores/preact';
import { SHEET_BACKUP_KEY } from '../lib/saved-sheet';
import { $sheetUnreadable } from '../stores/sheet';
import DroppedList from './DroppedList';
import { download } from './download';

/** A message about something the builder did on the reader's behalf. */
export interface Notice {
  title: string;
  dropped?: string[];
  cut?: number;
}

interface Props {
  notice: Notice | null;
  onDismiss: () => void;
}

function downloadBackup() {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(SHEET_BACKUP_KEY);
  } catch {}
  download('unreadable-question-sheet.txt', raw ?? '', 'text/plain');
}

/** Messages above the builder: what a link brought, and a saved sheet that could not be read. */
export default function Notices({ notice, onDismiss }: Props) {
  const unreadable = useStore($sheetUnreadable);
  if (!notice && !unreadable) return null;
  return (
    <div class="mb-6 flex flex-col gap-3">
      {unreadable && (
        <div class="card border-l-4 p-4">
          <p class="font-semibold">Part of your saved sheet could not be read.</p>
          <p class="mt-1">
            We kept a copy of it in this browser, so nothing is lost. You can download the copy to look at it or send it to whoever
            helps you.
          </p>
          <div class="mt-2 flex flex-wrap gap-2">
            <button type="button" class="btn" onClick={downloadBackup}>
              Download the unreadable copy
            </button>
            <button type="button" class="btn" onClick={() => $sheetUnreadable.set(false)}>
              Dismiss
            </button>
          </div>
        </div>
      )}
      {notice && (
        <div class="card border-l-4 p-4">
          <p class="font-semibold">{notice.title}</p>
          <DroppedList dropped={notice.dropped ?? []} cut={notice.cut ?? 0} />
          <button type="button" class="btn mt-2" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
