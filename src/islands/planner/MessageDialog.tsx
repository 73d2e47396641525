import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { fillTemplate, messageText, valuesFor, type MessageTemplate } from '../../lib/planner/on-demand/template-fill.ts';
import { $planner } from '../../stores/planner/persistence.ts';
import { closeDialog } from '../../stores/planner/ui.ts';
import { copyText } from '../../lib/clipboard.ts';
import Field, { inputClass } from '../kit/planner/Field.tsx';
import Dialog from '../kit/Dialog.tsx';

interface Props {
  templates: MessageTemplate[];
  conversationId: string;
  templateId: string;
}

/** The matching handbook template, filled with the person's details, ready to copy. */
export default function MessageDialog({ templates, conversationId, templateId }: Props) {
  const data = useStore($planner);
  const conversation = data.conversations.find((c) => c.id === conversationId);
  const person = conversation && data.people.find((p) => p.id === conversation.personId);
  const [chosen, setChosen] = useState(templateId);
  const [status, setStatus] = useState('');
  const template = templates.find((t) => t.id === chosen);
  const filled = template && person ? fillTemplate(template, valuesFor(data, person, conversation)) : null;
  const [text, setText] = useState(filled ? messageText(filled) : '');

  if (!person) {
    return (
      <Dialog id="message" title="Conversation not found" onClose={closeDialog}>
        <p>This conversation is no longer in the planner.</p>
      </Dialog>
    );
  }
  const choose = (id: string) => {
    setChosen(id);
    const t = templates.find((x) => x.id === id);
    setText(t ? messageText(fillTemplate(t, valuesFor(data, person, conversation))) : '');
    setStatus('');
  };

  return (
    <Dialog id="message" title={`Message to ${person.name}`} onClose={closeDialog}>
      <Field id="message-template" label="Template">
        <select id="message-template" class={inputClass} value={template ? chosen : ''} onChange={(e) => choose(e.currentTarget.value)}>
          {!template && <option value="">Choose a template</option>}
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
        </select>
      </Field>
      {!template && <p role="status">The handbook does not have a template for this yet. Choose another one above, or write your own.</p>}
      {filled && filled.missing.length > 0 && (
        <p class="text-sm">
          <strong>Fill in before sending:</strong> {filled.missing.map((m) => `[${m}]`).join(', ')}.
          {filled.missing.includes('Your name') && ' Add your name under “My target” and it is filled in for you.'}
        </p>
      )}
      <Field id="message-text" label="Message (you can edit it here before copying)">
        <textarea
          id="message-text"
          class={`${inputClass} font-mono text-sm`}
          rows={12}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </Field>
      {template?.maxLength && (
        <p class="text-sm" aria-live="polite">
          {text.length} of at most {template.maxLength} characters{text.length > template.maxLength ? ' — ⚠ too long' : ''}.
        </p>
      )}
      <div class="flex flex-wrap items-center gap-2">
        <button
          type="button"
          class="btn btn-primary"
          onClick={async () =>
            setStatus(
              (await copyText(text, document.getElementById('message-text') as HTMLTextAreaElement | null))
                ? 'Copied to the clipboard.'
                : 'Copying was blocked: the text is selected, press Ctrl+C (or ⌘C) to copy it.',
            )
          }
        >
          Copy message
        </button>
        <p role="status" class="text-sm">
          {status}
        </p>
      </div>
    </Dialog>
  );
}
