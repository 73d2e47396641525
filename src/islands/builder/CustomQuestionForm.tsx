import { useEffect, useRef, useState } from 'preact/hooks';
import { partLabels } from '../../lib/labels.ts';
import { MAX_TEXT, partOrder, type CustomItem } from '../../lib/sheet/sheet';
import type { Part } from '../../schemas/question.ts';
import { addCustom, announce, editCustom } from '../../stores/sheet.ts';

interface Props {
  /** The question being edited; without it the form adds a new one. */
  editing?: CustomItem;
  /** Called after a save or cancel while editing. */
  onDone?: () => void;
}

/** Writes a new question or edits one of the reader's own. */
export default function CustomQuestionForm({ editing, onDone }: Props) {
  const [text, setText] = useState(editing?.text ?? '');
  const [part, setPart] = useState<Part>(editing?.part ?? 'core');
  const [error, setError] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const id = editing ? `edit-${editing.key.replace(/[^a-zA-Z0-9_-]/g, '_')}` : 'custom';
  useEffect(() => {
    if (editing) input.current?.focus();
  }, []);

  const submit = (e: Event) => {
    e.preventDefault();
    const result = editing ? editCustom(editing.key, text, part) : addCustom(text, part);
    const ok = 'added' in result ? result.added : result.saved;
    if (!ok) {
      setError('Write a question first.');
      input.current?.focus();
      return;
    }
    setError('');
    const cutNote = result.cut ? ` It was shortened to ${MAX_TEXT} characters.` : '';
    announce(`${editing ? 'Saved your changes.' : 'Added your question to the sheet.'}${cutNote}`);
    if (editing) onDone?.();
    else {
      setText('');
      input.current?.focus();
    }
  };

  return (
    <form
      onSubmit={submit}
      class={editing ? 'flex flex-col gap-2' : 'card mt-6 flex flex-col gap-2 p-4'}
      aria-label={editing ? 'Edit your question' : undefined}
    >
      {!editing && <h3 class="font-bold">Write your own question</h3>}
      <label for={`${id}-text`} class={editing ? 'sr-only' : 'text-sm'}>
        {editing ? 'Your question' : 'Your question (one line, up to 300 characters)'}
      </label>
      <input
        ref={input}
        id={`${id}-text`}
        type="text"
        maxLength={MAX_TEXT}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        class="w-full rounded-md border border-[var(--muted)] bg-[var(--page)] px-3 py-2"
      />
      {error && (
        <p id={`${id}-error`} class="text-sm font-semibold">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
      <div class="flex flex-wrap items-end gap-2">
        <label class="flex flex-col text-sm">
          Part of the conversation
          <select
            value={part}
            onChange={(e) => setPart(e.currentTarget.value as Part)}
            class="rounded-md border border-[var(--muted)] bg-[var(--page)] px-2 py-1.5 text-base"
          >
            {partOrder.map((p) => (
              <option key={p} value={p}>
                {partLabels[p]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" class="btn btn-primary">
          {editing ? 'Save' : 'Add my question'}
        </button>
        {editing && (
          <button type="button" class="btn" onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
