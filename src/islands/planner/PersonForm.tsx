import { useStore } from '@nanostores/preact';
import { useMemo, useState } from 'preact/hooks';
import type { PersonFields } from '../../lib/planner/ops.ts';
import { limits } from '../../lib/planner/values.ts';
import { safeHref } from '../../lib/planner/safe-link.ts';
import type { Person } from '../../schemas/planner';
import Field, { inputClass } from '../kit/planner/Field.tsx';
import { clip } from '../../lib/clip';
import { $readOnly } from '../../stores/planner/persistence.ts';

interface Props {
  initial: PersonFields;
  /** The person being edited, so they cannot refer themselves. */
  selfId: string | null;
  people: Person[];
  onSave: (fields: PersonFields) => void;
  onCancel: () => void;
}

/** Tags as typed: comma-separated, trimmed, without repeats, within the stored limits. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((t) => clip(t.trim(), limits.tag))
        .filter(Boolean),
    ),
  ].slice(0, limits.tags);
}

/** The fields of a person. The draft lives here, so nothing typed is lost until Save or Cancel. */
export default function PersonForm({ initial, selfId, people, onSave, onCancel }: Props) {
  const readOnly = useStore($readOnly);
  const [draft, setDraft] = useState({ ...initial, tags: initial.tags.join(', ') });
  const [error, setError] = useState('');
  // One collator for the whole sort: localeCompare builds one per call, slow for 1,000 names.
  const others = useMemo(() => {
    const { compare } = new Intl.Collator();
    return people.filter((p) => p.id !== selfId).sort((a, b) => compare(a.name, b.name));
  }, [people, selfId]);
  const set = (key: keyof typeof draft) => (e: Event) => setDraft({ ...draft, [key]: (e.currentTarget as HTMLInputElement).value });
  const referrerKnown = draft.referredBy !== null && others.some((p) => p.id === draft.referredBy);
  const unsafeLink = draft.profileUrl.trim() !== '' && safeHref(draft.profileUrl) === null;

  const submit = (e: Event) => {
    e.preventDefault();
    if (!draft.name.trim()) {
      setError('Enter a name: it is the only thing the planner needs.');
      (e.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>('#person-name')?.focus();
      return;
    }
    // Tags left as they were are kept as they were: an imported tag may itself hold a comma.
    const tags = draft.tags === initial.tags.join(', ') ? initial.tags : parseTags(draft.tags);
    onSave({ ...draft, name: draft.name.trim(), tags });
  };

  return (
    <form class="flex flex-col gap-3" onSubmit={submit} noValidate>
      <fieldset disabled={readOnly} class="contents">
        <legend class="sr-only">Person details</legend>
        <Field id="person-name" label="Name (required)">
          <input
            id="person-name"
            type="text"
            autofocus
            class={inputClass}
            value={draft.name}
            onInput={set('name')}
            maxLength={limits.short}
            required
            autocomplete="off"
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'person-name-error' : undefined}
          />
        </Field>
        {error && (
          <p id="person-name-error" role="alert" class="font-semibold">
            ⚠ {error}
          </p>
        )}
        <div class="grid gap-3 sm:grid-cols-2">
          <Field id="person-role" label="Role">
            <input
              id="person-role"
              type="text"
              class={inputClass}
              value={draft.role}
              onInput={set('role')}
              maxLength={limits.short}
              autocomplete="off"
            />
          </Field>
          <Field id="person-org" label="Organization">
            <input
              id="person-org"
              type="text"
              class={inputClass}
              value={draft.organisation}
              onInput={set('organisation')}
              maxLength={limits.short}
              autocomplete="off"
            />
          </Field>
        </div>
        <Field id="person-referrer" label="Referred by">
          <select
            id="person-referrer"
            class={inputClass}
            value={referrerKnown ? draft.referredBy! : ''}
            onChange={(e) => setDraft({ ...draft, referredBy: e.currentTarget.value || null })}
          >
            <option value="">No one in the planner</option>
            {others.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="person-how" label="How you know them">
          <textarea
            id="person-how"
            class={inputClass}
            rows={2}
            value={draft.howKnown}
            onInput={set('howKnown')}
            maxLength={limits.medium}
          />
        </Field>
        <div class="grid gap-3 sm:grid-cols-2">
          <Field id="person-email" label="Email">
            <input
              id="person-email"
              type="email"
              class={inputClass}
              value={draft.email}
              onInput={set('email')}
              maxLength={limits.short}
              autocomplete="off"
            />
          </Field>
          <Field id="person-phone" label="Phone">
            <input
              id="person-phone"
              type="tel"
              class={inputClass}
              value={draft.phone}
              onInput={set('phone')}
              maxLength={limits.short}
              autocomplete="off"
            />
          </Field>
        </div>
        <Field
          id="person-link"
          label="Profile link"
          hint={unsafeLink ? 'Only web addresses starting with http:// or https:// become links; this one is kept as text.' : undefined}
        >
          <input
            id="person-link"
            type="url"
            class={inputClass}
            value={draft.profileUrl}
            onInput={set('profileUrl')}
            maxLength={limits.medium}
            autocomplete="off"
            aria-describedby={unsafeLink ? 'person-link-hint' : undefined}
          />
        </Field>
        <Field id="person-tags" label="Tags" hint="Separate tags with commas, such as: health, research">
          <input
            id="person-tags"
            type="text"
            class={inputClass}
            value={draft.tags}
            onInput={set('tags')}
            aria-describedby="person-tags-hint"
            autocomplete="off"
          />
        </Field>
        <Field id="person-notes" label="Notes">
          <textarea id="person-notes" class={inputClass} rows={3} value={draft.notes} onInput={set('notes')} maxLength={limits.long} />
        </Field>
      </fieldset>
      <div class="flex flex-wrap gap-2">
        <button type="submit" class="btn btn-primary" disabled={readOnly}>
          Save person
        </button>
        <button type="button" class="btn" onClick={onCancel}>
          {readOnly ? 'Close' : 'Cancel'}
        </button>
      </div>
    </form>
  );
}
