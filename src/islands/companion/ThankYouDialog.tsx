import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { formatDate } from '../../lib/planner/dates.ts';
import type { MessageTemplate } from '../../lib/planner/on-demand/template-fill.ts';
import { messageText } from '../../lib/planner/on-demand/template-fill.ts';
import { fillThankYou, mailtoLink, noteChoices } from '../../lib/companion/thank-you.ts';
import type { Conversation, Person, PlannerData } from '../../schemas/planner';
import { markThanked } from '../../stores/companion';
import { copyText } from '../../lib/clipboard.ts';
import Field, { inputClass } from '../kit/planner/Field.tsx';
import Dialog from '../kit/Dialog.tsx';
import { $readOnly } from '../../stores/planner/persistence.ts';

interface Props {
  template: MessageTemplate;
  data: PlannerData;
  conversation: Conversation;
  person: Person;
  onClose: () => void;
}

/** The thank-you template filled with their name and the notes the reader picks, to copy or open in the mail program. */
export default function ThankYouDialog({ template, data, conversation: c, person, onClose }: Props) {
  const readOnly = useStore($readOnly);
  const choices = noteChoices(c);
  const [chosen, setChosen] = useState<string[]>(choices.slice(0, 1).map((x) => x.id));
  const fill = (ids: string[]) =>
    messageText(
      fillThankYou(
        template,
        data,
        person,
        c,
        choices.filter((x) => ids.includes(x.id)).map((x) => x.text),
      ),
    );
  const [text, setText] = useState(() => fill(chosen));
  const [status, setStatus] = useState('');
  const toggle = (id: string) => {
    const next = chosen.includes(id) ? chosen.filter((x) => x !== id) : [...chosen, id];
    setChosen(next);
    setText(fill(next));
  };
  const filled = fillThankYou(
    template,
    data,
    person,
    c,
    choices.filter((x) => chosen.includes(x.id)).map((x) => x.text),
  );
  // The mailto body is what the reader sees in the box, minus the "Subject:" line it starts with.
  const body =
    filled.subject && text.startsWith(`Subject: ${filled.subject}`) ? text.slice(`Subject: ${filled.subject}`.length).trimStart() : text;
  const copy = async () =>
    setStatus(
      (await copyText(text, document.getElementById('thanks-text') as HTMLTextAreaElement | null))
        ? 'Copied to the clipboard.'
        : 'Copying was blocked: the text is selected, press Ctrl+C (or ⌘C) to copy it.',
    );
  return (
    <Dialog id="thanks" title={`Thank-you note to ${person.name}`} onClose={onClose}>
      {choices.length > 0 ? (
        <fieldset class="flex flex-col gap-1">
          <legend class="mb-1 font-semibold">What you learned, to mention (choose one or two)</legend>
          {choices.map((choice) => (
            <label key={choice.id} class="flex items-start gap-2">
              <input type="checkbox" class="mt-1" checked={chosen.includes(choice.id)} onChange={() => toggle(choice.id)} />
              <span>{choice.text}</span>
            </label>
          ))}
        </fieldset>
      ) : (
        <p>Write your notes or “What I learned” first, and you can pick from them here.</p>
      )}
      {filled.missing.length > 0 && (
        <p class="text-sm">
          <strong>Fill in before sending:</strong> {filled.missing.map((m) => `[${m}]`).join(', ')}.
        </p>
      )}
      <Field id="thanks-text" label="Message (you can edit it here)">
        <textarea
          id="thanks-text"
          class={`${inputClass} font-mono text-sm`}
          rows={12}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </Field>
      <div class="flex flex-wrap items-center gap-2">
        <button type="button" class="btn btn-primary" onClick={copy}>
          Copy the note
        </button>
        <a class="btn" href={mailtoLink(person.email, filled.subject ?? '', body)}>
          Open in my mail program{person.email ? '' : ' (add their email address to the person to fill it in)'}
        </a>
        {!readOnly && !c.thankedOn && (
          <button
            type="button"
            class="btn"
            onClick={() => {
              markThanked(c.id);
              setStatus('Marked the thank-you as sent.');
            }}
          >
            I sent it: mark as thanked
          </button>
        )}
      </div>
      <p role="status" class="text-sm">
        {c.thankedOn ? `Thank-you sent ${formatDate(c.thankedOn)}. ` : ''}
        {status}
      </p>
    </Dialog>
  );
}
