import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  /** Id prefix for the heading that names the dialog. */
  id: string;
  title: string;
  onClose: () => void;
  children: ComponentChildren;
}

/**
 * A native modal dialog: showModal gives focus trapping, Escape and the inert background for
 * free, and the browser returns focus to the control that opened it.
 */
export default function Modal({ id, title, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current!;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
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
