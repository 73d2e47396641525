import { useRef, useState } from 'preact/hooks';
import type { Conversation } from '../../schemas/planner';
import { saveNote } from '../../stores/companion';
import SavedText from './SavedText';
import TalkClock from './TalkClock';
import { idPart } from '../../lib/dom-id';

interface Props {
  conversation: Conversation;
}

/** Conversation mode: the questions in large text, one at a time or as a list, with a notes box for each. */
export default function TalkMode({ conversation: c }: Props) {
  const [layout, setLayout] = useState<'one' | 'list'>('one');
  const [index, setIndex] = useState(0);
  const questionRef = useRef<HTMLHeadingElement>(null);
  const total = c.questions.length;
  const at = Math.min(index, total - 1);
  const go = (to: number) => {
    setIndex(to);
    // Move focus to the new question so a screen reader reads it and Tab reaches its notes next.
    requestAnimationFrame(() => questionRef.current?.focus());
  };
  const notes = (q: Conversation['questions'][number], n: number) => (
    <SavedText
      key={q.key}
      id={`note-${idPart(q.key)}`}
      label={`Notes on question ${n}`}
      value={q.notes}
      rows={5}
      large

      onSave={(value) => saveNote(c.id, q.key, value)}
    />
  );
  const current = c.questions[at];
  return (
    <div class="flex flex-col gap-4">
      <TalkClock conversationId={c.id} minutes={c.minutes ?? 30} />
      <fieldset class="flex flex-wrap gap-4">
        <legend class="mb-1 font-semibold">Show the questions</legend>
        {(
          [
            ['one', 'One at a time'],
            ['list', 'All as a list'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} class="flex items-center gap-2">
            <input type="radio" name="talk-layout" value={value} checked={layout === value} onChange={() => setLayout(value)} />
            {label}
          </label>
        ))}
      </fieldset>
      {layout === 'one' && current ? (
        <section aria-label="Current question" class="flex flex-col gap-3">
          <p class="muted">
            Question {at + 1} of {total}
          </p>
          <h3 ref={questionRef} tabIndex={-1} class="text-2xl leading-snug font-bold sm:text-3xl">
            {current.text}
          </h3>
          {notes(current, at + 1)}
          <div class="flex flex-wrap gap-2">
            <button type="button" class="btn" disabled={at === 0} onClick={() => go(at - 1)}>
              Previous question
            </button>
            <button type="button" class="btn btn-primary" disabled={at === total - 1} onClick={() => go(at + 1)}>
              Next question
            </button>
          </div>
        </section>
      ) : (
        <ol class="flex flex-col gap-6">
          {c.questions.map((q, i) => (
            <li key={q.key} class="flex flex-col gap-2">
              <h3 class="text-xl leading-snug font-bold sm:text-2xl">
                {i + 1}. {q.text}
              </h3>
              {notes(q, i + 1)}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
