import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  /** Id prefix: the heading that names the dialog is `${id}-title`. */
  id: string;
  title: string;
  /** Called however the dialog closes (its Close button, Escape, a form with method="dialog"). */
  onClose: () => void;
  /** Where focus goes on close when the control that opened the dialog is gone, or nothing opened it (it opened on arrival). */
  fallbackFocus?: () => HTMLElement | null;
  children: ComponentChildren;
}

/**
 * A native modal dialog, open while it is rendered: showModal gives focus trapping, Escape and the
 * inert background for free. Closing puts focus back on the control that opened it, or on
 * `fallbackFocus` when that control is gone. A long body scrolls inside the dialog.
 */
export default function Dialog({ id, title, onClose, fallbackFocus, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current!;
    const active = document.activeElement;
    const opener = active instanceof HTMLElement && active !== document.body ? active : null;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      (opener?.isConnected ? opener : fallbackFocus?.())?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      class="m-auto mt-[5vh] max-h-[90vh] w-[min(44rem,calc(100vw-1.5rem))] overflow-y-auto rounded-xl border border-[var(--line)] bg-[var(--page)] p-0 text-[var(--ink)] backdrop:bg-black/50"
    >
      <div class="flex flex-col gap-4 p-5 wrap-anywhere">
        <div class="flex items-start justify-between gap-3">
          <h2 id={`${id}-title`} class="text-xl font-bold">
            {title}
          </h2>
          <button type="button" class="btn shrink-0" onClick={() => ref.current?.close()}>
            Close
          </button>
        </div>
        {children}
      </div>
    </dialog>
  );
}
