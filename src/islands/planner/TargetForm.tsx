import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { limits } from '../../lib/planner/values.ts';
import type { Profile } from '../../schemas/planner';
import { saveProfile } from '../../stores/planner/planner.ts';
import { $planner, $readOnly } from '../../stores/planner/persistence.ts';
import Field, { inputClass } from '../kit/planner/Field.tsx';
import TargetPrint from './TargetPrint';
import { clip } from '../../lib/clip';

type Lists = 'fields' | 'interests' | 'strengths' | 'values';
const lists: [Lists, string, string][] = [
  ['fields', 'Fields or roles you are exploring', 'One per line, such as: hospital pharmacy'],
  ['interests', 'Interests', 'What you enjoy or are curious about, one per line'],
  ['strengths', 'Strengths', 'What you are good at, one per line'],
  ['values', 'Values', 'What matters to you in work, one per line'],
];

type Draft = { myName: string } & Record<Lists, string>;
const toDraft = (p: Profile): Draft => ({
  myName: p.myName,
  fields: p.fields.join('\n'),
  interests: p.interests.join('\n'),
  strengths: p.strengths.join('\n'),
  values: p.values.join('\n'),
});
const toLines = (text: string, max: number) =>
  text
    .split('\n')
    .map((l) => clip(l.trim(), max))
    .filter(Boolean)
    .slice(0, limits.list);

function printTarget() {
  document.documentElement.dataset.print = 'target';
  addEventListener('afterprint', () => delete document.documentElement.dataset.print, { once: true });
  print();
}

/** The reader's own target and self-assessment (the handbook's first step), saved as they type. Planner gives it its heading. */
export default function TargetForm() {
  const readOnly = useStore($readOnly);
  const profile = useStore($planner).profile;
  const [draft, setDraft] = useState(() => toDraft(profile));
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const dirty = useRef(false);

  // Take changes from another tab, unless the reader is typing here.
  useEffect(() => {
    if (!dirty.current) setDraft(toDraft(profile));
  }, [profile]);

  const flush = (next: Draft) => {
    clearTimeout(timer.current);
    dirty.current = false;
    saveProfile({
      myName: clip(next.myName.trim(), limits.short),
      fields: toLines(next.fields, limits.short),
      interests: toLines(next.interests, limits.medium),
      strengths: toLines(next.strengths, limits.medium),
      values: toLines(next.values, limits.medium),
    });
  };
  const edit = (key: keyof Draft) => (e: Event) => {
    const next = { ...draft, [key]: (e.currentTarget as HTMLInputElement).value };
    setDraft(next);
    dirty.current = true;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => flush(next), 600);
  };
  const onBlur = () => dirty.current && flush(draft);

  return (
    <div class="flex flex-col gap-3">
      <button type="button" class="btn no-print self-start" onClick={printTarget}>
        Print my target
      </button>
      <p class="muted print:hidden">It is saved as you type.</p>
      {/* Not a form: it saves as the reader types, so there is nothing to submit. */}
      <div class="flex flex-col gap-3 print:hidden">
        <fieldset disabled={readOnly} class="contents">
          <legend class="sr-only">Your target and self-assessment</legend>
          <Field id="target-name" label="Your name" hint="Used to sign the messages the planner fills in.">
            <input
              id="target-name"
              type="text"
              class={inputClass}
              value={draft.myName}
              onInput={edit('myName')}
              onBlur={onBlur}
              maxLength={limits.short}
              autocomplete="name"
              aria-describedby="target-name-hint"
            />
          </Field>
          <div class="grid gap-3 md:grid-cols-2">
            {lists.map(([key, label, hint]) => (
              <Field key={key} id={`target-${key}`} label={label} hint={hint}>
                <textarea
                  id={`target-${key}`}
                  class={inputClass}
                  rows={4}
                  value={draft[key]}
                  onInput={edit(key)}
                  onBlur={onBlur}
                  aria-describedby={`target-${key}-hint`}
                />
              </Field>
            ))}
          </div>
        </fieldset>
      </div>
      <TargetPrint profile={profile} lists={lists.map(([key, label]) => [label, profile[key]])} />
    </div>
  );
}
