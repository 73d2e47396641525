import { useState } from 'preact/hooks';
import type { Person } from '../../schemas/planner';
import { addSuggestedPerson } from '../../stores/companion';
import Field, { inputClass } from '../kit/planner/Field.tsx';

interface Props {
  referrer: Person;
}

/** Adds someone the person suggested to the planner in one step, already referred by them. */
export default function SuggestForm({ referrer }: Props) {
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [status, setStatus] = useState('');
  const submit = (e: Event) => {
    e.preventDefault();
    if (!addSuggestedPerson(referrer.id, { name, role, organisation, howKnown: '' })) {
      setStatus('Type a name first.');
      return;
    }
    setStatus(`Added ${name.trim()} to the planner, referred by ${referrer.name}.`);
    setName('');
    setRole('');
    setOrganisation('');
  };
  return (
    <form class="card flex flex-col gap-3 p-3" onSubmit={submit} aria-labelledby="suggest-title">
      <h4 id="suggest-title" class="font-bold">
        Add someone they suggested
      </h4>
      <div class="grid gap-3 sm:grid-cols-3">
        <Field id="suggest-name" label="Name (required)">
          <input
            id="suggest-name"
            class={inputClass}
            maxLength={200}
            required
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </Field>
        <Field id="suggest-role" label="Role">
          <input id="suggest-role" class={inputClass} maxLength={200} value={role} onInput={(e) => setRole(e.currentTarget.value)} />
        </Field>
        <Field id="suggest-organisation" label="Organization">
          <input
            id="suggest-organisation"
            class={inputClass}
            maxLength={200}
            value={organisation}
            onInput={(e) => setOrganisation(e.currentTarget.value)}
          />
        </Field>
      </div>
      <div class="flex flex-wrap items-center gap-3">
        <button type="submit" class="btn btn-primary">
          Add to the planner
        </button>
        <p role="status" class="text-sm">
          {status}
        </p>
      </div>
    </form>
  );
}
