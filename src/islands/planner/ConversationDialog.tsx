import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { formatLabels, statusLabels } from '../../lib/planner/labels.ts';
import type { ConversationFields } from '../../lib/planner/ops.ts';
import { formats, limits, statuses } from '../../lib/planner/values.ts';
import type { Conversation } from '../../schemas/planner';
import { deleteConversation, saveConversation } from '../../stores/planner/planner.ts';
import { $planner, $readOnly } from '../../stores/planner/persistence.ts';
import { closeDialog } from '../../stores/planner/ui.ts';
import ConfirmDialog from './ConfirmDialog';
import Field, { inputClass } from '../kit/planner/Field.tsx';
import Dialog from '../kit/Dialog.tsx';

interface Props {
  id: string;
  /** Open on the scheduling fields and mark the conversation scheduled on save. */
  schedule: boolean;
}

type Dates = 'askedOn' | 'nudgedOn' | 'confirmedOn' | 'doneOn' | 'thankedOn' | 'lastUpdateOn';
const dateFields: [Dates, string][] = [
  ['askedOn', 'Asked on'],
  ['nudgedOn', 'Followed up on'],
  ['confirmedOn', 'Confirmed on'],
  ['doneOn', 'Done on'],
  ['thankedOn', 'Thank-you sent on'],
  ['lastUpdateOn', 'Last update sent on'],
];

function fieldsOf(c: Conversation): ConversationFields {
  const { id: _id, personId: _p, createdAt: _c, updatedAt: _u, ...fields } = c;
  return fields;
}

/** Schedules a conversation, or edits every field of it (to correct a date, say). */
export default function ConversationDialog({ id, schedule }: Props) {
  const readOnly = useStore($readOnly);
  const data = useStore($planner);
  const conversation = data.conversations.find((c) => c.id === id);
  const person = conversation && data.people.find((p) => p.id === conversation.personId);
  const [base] = useState(conversation?.updatedAt);
  const [draft, setDraft] = useState<ConversationFields | null>(conversation ? fieldsOf(conversation) : null);
  const [error, setError] = useState('');
  const [confirming, setConfirming] = useState(false);

  if (!conversation || !person || !draft) {
    return (
      <Dialog id="conversation" title="Conversation not found" onClose={closeDialog}>
        <p>This conversation is no longer in the planner.</p>
      </Dialog>
    );
  }
  const set = <K extends keyof ConversationFields>(key: K, value: ConversationFields[K]) => setDraft({ ...draft, [key]: value });
  const dateInput = (key: Dates | 'scheduledDate', label: string) => (
    <Field id={`conv-${key}`} label={label} key={key}>
      <input
        id={`conv-${key}`}
        type="date"
        autofocus={schedule && key === 'scheduledDate'}
        class={inputClass}
        value={draft[key] ?? ''}
        onInput={(e) => set(key, e.currentTarget.value || null)}
      />
    </Field>
  );
  const submit = (e: Event) => {
    e.preventDefault();
    if (schedule && !draft.scheduledDate) {
      setError('Choose the date of the conversation.');
      document.getElementById('conv-scheduledDate')?.focus();
      return;
    }
    saveConversation(id, schedule ? { ...draft, status: 'scheduled', confirmedOn: null } : draft, base);
    closeDialog();
  };

  return (
    <Dialog
      id="conversation"
      title={`${schedule ? 'Schedule the conversation' : 'Conversation'} with ${person.name}`}
      onClose={closeDialog}
    >
      <form class="flex flex-col gap-3" onSubmit={submit} noValidate>
        <fieldset disabled={readOnly} class="contents">
          <legend class="sr-only">Conversation details</legend>
          {!schedule && (
            <Field id="conv-status" label="Status">
              <select
                id="conv-status"
                autofocus
                class={inputClass}
                value={draft.status}
                onChange={(e) => set('status', e.currentTarget.value as Conversation['status'])}
              >
                {statuses.map((s) => (
                  <option key={s} value={s}>
                    {statusLabels[s]}
                  </option>
                ))}
              </select>
            </Field>
          )}
          <div class="grid gap-3 sm:grid-cols-2">
            {dateInput('scheduledDate', 'Date of the conversation')}
            <Field id="conv-time" label="Start time">
              <input
                id="conv-time"
                type="time"
                class={inputClass}
                value={draft.scheduledTime ?? ''}
                onInput={(e) => set('scheduledTime', e.currentTarget.value || null)}
              />
            </Field>
            <Field id="conv-format" label="Format">
              <select
                id="conv-format"
                class={inputClass}
                value={draft.format ?? ''}
                onChange={(e) => set('format', (e.currentTarget.value || null) as Conversation['format'])}
              >
                <option value="">Not decided</option>
                {formats.map((f) => (
                  <option key={f} value={f}>
                    {formatLabels[f]}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="conv-place" label="Place or call link">
              <input
                id="conv-place"
                type="text"
                class={inputClass}
                value={draft.place}
                onInput={(e) => set('place', e.currentTarget.value)}
                maxLength={limits.medium}
                autocomplete="off"
              />
            </Field>
          </div>
          {error && (
            <p role="alert" class="font-semibold">
              ⚠ {error}
            </p>
          )}
          {!schedule && (
            <>
              <div class="grid gap-3 sm:grid-cols-2">{dateFields.map(([key, label]) => dateInput(key, label))}</div>
              <Field id="conv-notes" label="Notes">
                <textarea
                  id="conv-notes"
                  class={inputClass}
                  rows={3}
                  value={draft.notes}
                  onInput={(e) => set('notes', e.currentTarget.value)}
                  maxLength={limits.long}
                />
              </Field>
            </>
          )}
        </fieldset>
        <div class="flex flex-wrap gap-2">
          <button type="submit" class="btn btn-primary" disabled={readOnly}>
            {schedule ? 'Save the date' : 'Save conversation'}
          </button>
          <button type="button" class="btn" onClick={closeDialog}>
            {readOnly ? 'Close' : 'Cancel'}
          </button>
          {!readOnly && !schedule && (
            <button type="button" class="btn ml-auto" onClick={() => setConfirming(true)}>
              Delete conversation…
            </button>
          )}
        </div>
      </form>
      {confirming && (
        <ConfirmDialog
          id="delete-conversation"
          title="Delete this conversation?"
          message={`The conversation with ${person.name} will be removed. ${person.name} stays in the planner. You can undo this straight after.`}
          confirmLabel="Delete"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            deleteConversation(id);
            closeDialog();
          }}
        />
      )}
    </Dialog>
  );
}
