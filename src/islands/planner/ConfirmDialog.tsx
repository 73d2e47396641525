import Dialog from '../kit/Dialog.tsx';

interface Props {
  id: string;
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before something destructive; Cancel comes first in focus order, so Enter alone is safe. */
export default function ConfirmDialog({ id, title, message, confirmLabel, onConfirm, onCancel }: Props) {
  return (
    <Dialog id={id} title={title} onClose={onCancel}>
      <p class="wrap-anywhere">{message}</p>
      <div class="flex flex-wrap gap-2">
        <button type="button" class="btn" autofocus onClick={onCancel}>
          Cancel
        </button>
        <button type="button" class="btn btn-primary" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
