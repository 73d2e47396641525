import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  open: boolean;
  /** Called however the dialog closes (button, Escape). */
  onClose: () => void;
  /** Id of the dialog's heading. */
  labelledBy: string;
  /** Where focus goes on close when nothing on the page opened the dialog (it opened on arrival). */
  fallbackFocus: () => HTMLElement | null;
  children: ComponentChildren;
}

/** A native modal dialog: showModal traps focus; closing puts focus back where it came from. */
export default function Dialog({ open, onClose, labelledBy, fallbackFocus, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      (opener?.isConnected ? opener : fallbackFocus())?.focus();
    };
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={labelledBy}
      onClose={onClose}
      class="m-auto w-[min(40rem,calc(100vw-1.5rem))] rounded-xl border border-[var(--line)] bg-[var(--page)] p-0 text-[var(--ink)] backdrop:bg-black/50"
    >
      {open && children}
    </dialog>
  );
}
