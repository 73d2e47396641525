import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import Field, { inputClass } from '../kit/planner/Field.tsx';
import { $readOnly } from '../../stores/planner/persistence.ts';

interface Props {
  id: string;
  label: string;
  value: string;
  onSave: (value: string) => void;
  rows?: number;
  /** Larger text, for notes typed during the conversation. */
  large?: boolean;
}

/** Milliseconds of quiet typing before a save; pagehide and leaving the box save at once. */
const SAVE_DELAY = 400;

/**
 * A text box that saves as the reader types. Saving waits for a pause, but a pending save is
 * written at once when the box loses focus or the page is hidden or unloaded, so a reload right
 * after typing keeps every word.
 */
export default function SavedText({ id, label, value, onSave, rows = 4, large = false }: Props) {
  const readOnly = useStore($readOnly);
  const [text, setText] = useState(value);
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const save = useRef(onSave);
  save.current = onSave;
  const flush = () => {
    clearTimeout(timer.current);
    if (pending.current === null) return;
    const next = pending.current;
    pending.current = null;
    save.current(next);
  };
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flush);
      flush();
    };
  }, []);
  // Follow changes from another tab, unless the reader is in the middle of typing here.
  useEffect(() => {
    if (pending.current === null) setText(value);
  }, [value]);
  return (
    <Field id={id} label={label}>
      <textarea
        id={id}
        class={`${inputClass} ${large ? 'text-lg leading-relaxed' : ''}`}
        rows={rows}
        maxLength={20000}
        readOnly={readOnly}
        value={text}
        onInput={(e) => {
          setText(e.currentTarget.value);
          pending.current = e.currentTarget.value;
          clearTimeout(timer.current);
          timer.current = setTimeout(flush, SAVE_DELAY);
        }}
        onBlur={flush}
      />
    </Field>
  );
}
