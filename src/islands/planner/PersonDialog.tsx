import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { blankPerson as blank, type PersonFields } from '../../lib/planner/ops.ts';
import { addConversation, addPerson, deletePerson, savePerson } from '../../stores/planner/planner.ts';
import { $planner, $readOnly } from '../../stores/planner/persistence.ts';
import { closeDialog } from '../../stores/planner/ui.ts';
import ConfirmDialog from './ConfirmDialog';
import Dialog from '../kit/Dialog.tsx';
import PersonConversations from './PersonConversations';
import PersonForm from './PersonForm';

interface Props {
  /** The person to edit, or null to add someone. */
  id: string | null;
}

function close() {
  // A #person-<id> link opened this; forget it so a reload does not open the dialog again.
  if (location.hash.startsWith('#person-')) history.replaceState(null, '', location.pathname + location.search);
  closeDialog();
}

/** Adds or edits a person, lists their conversations, and deletes them (with confirmation). */
export default function PersonDialog({ id }: Props) {
  const readOnly = useStore($readOnly);
  const data = useStore($planner);
  const person = id ? data.people.find((p) => p.id === id) : undefined;
  // The version the form started from, to tell the reader if another tab changed it meanwhile.
  const [base] = useState(person?.updatedAt ?? '');
  const [confirming, setConfirming] = useState(false);

  if (id && !person) {
    return (
      <Dialog id="person" title="Person not found" onClose={close}>
        <p>This person is not in the planner (they may have been deleted).</p>
      </Dialog>
    );
  }
  const initial: PersonFields = person ? { ...blank, ...person } : blank;
  const onSave = (fields: PersonFields) => {
    if (person) savePerson(person.id, fields, base);
    else addPerson(fields);
    close();
  };

  return (
    <Dialog id="person" title={person ? person.name : 'Add a person'} onClose={close}>
      <PersonForm initial={initial} selfId={id} people={data.people} onSave={onSave} onCancel={close} />
      {person && (
        <>
          <PersonConversations personId={person.id} conversations={data.conversations.filter((c) => c.personId === person.id)} />
          {!readOnly && (
            <div class="flex flex-wrap gap-2 border-t border-[var(--line)] pt-3">
              <button type="button" class="btn" onClick={() => addConversation(person.id)}>
                Add another conversation
              </button>
              <button type="button" class="btn" onClick={() => setConfirming(true)}>
                Delete {person.name}…
              </button>
            </div>
          )}
        </>
      )}
      {confirming && person && (
        <ConfirmDialog
          id="delete-person"
          title={`Delete ${person.name}?`}
          message={`${person.name} and their conversations will be removed from the planner. You can undo this straight after.`}
          confirmLabel="Delete"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            deletePerson(person.id);
            close();
          }}
        />
      )}
    </Dialog>
  );
}
